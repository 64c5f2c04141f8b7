/**
 * Save without the reader, for the popup's Save, the save shortcut and "Save page to Lectern":
 * the same checks as opening the reader (pages the browser keeps off-limits, PDFs and other
 * files), then the save script (entrypoints/save-page) injected into the tab that activeTab
 * just granted. Its answer comes from a web page's tab, so it is checked before it is believed.
 */
import { browser, type Browser } from 'wxt/browser';
import { parseOutcome, type PageSaveOutcome } from '../quick-save/outcome';
import { refusedWebPageHint, unreadableReason, unreadableType } from './readable';

const SAVE_SCRIPT = '/save-page.js';

const forbidden = (reason: string): PageSaveOutcome => ({
  kind: 'forbidden',
  message: `Lectern can't read this page. ${reason}`,
});

export async function savePage(tab: Browser.tabs.Tab | undefined): Promise<PageSaveOutcome> {
  if (!tab?.id) return { kind: 'failed', message: 'There is no tab to save.' };
  const url = tab.url ?? tab.pendingUrl;
  const reason = unreadableReason(url);
  if (reason && !(url ?? '').startsWith('file:')) return forbidden(reason);
  try {
    const [probe] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => document.contentType,
    });
    const typeReason = unreadableType(typeof probe?.result === 'string' ? probe.result : undefined);
    if (typeReason) return forbidden(typeReason);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return forbidden(`The browser did not let it in (${detail}).${refusedWebPageHint(url)}`);
  }
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      files: [SAVE_SCRIPT],
    });
    return parseOutcome(result?.result);
  } catch (error) {
    return { kind: 'failed', message: `Not saved: ${(error as Error).message}` };
  }
}
