import { browser, type Browser } from 'wxt/browser';
import { refusedWebPageHint, unreadableReason, unreadableType } from './readable';

/** Path of the built reader script (entrypoints/overlay), injected into the tab on demand. */
const READER_SCRIPT = '/overlay.js';

function libraryUrl(notice?: string): string {
  const url = new URL(browser.runtime.getURL('/library.html'));
  if (notice) url.searchParams.set('notice', notice);
  return url.href;
}

export async function openLibrary(notice?: string): Promise<void> {
  await browser.tabs.create({ url: libraryUrl(notice) });
}

/**
 * What the toolbar button, the shortcut and the context menu all do: inject the reader into the
 * tab (allowed by activeTab after the user's gesture). The script toggles the overlay.
 * A tab that can't be read (by its address, or the type of document it shows) opens the
 * library with the reason instead.
 */
export async function openReader(
  tab: Browser.tabs.Tab | undefined,
): Promise<{ ok: true } | { ok: false; error: string }> {
  if (!tab?.id) return { ok: false, error: 'No tab to read.' };
  const reason = unreadableReason(tab.url ?? tab.pendingUrl);
  if (reason && !(tab.url ?? '').startsWith('file:')) {
    await openLibrary(`Lectern can't read this page. ${reason}`);
    return { ok: false, error: reason };
  }
  try {
    const [probe] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: () => document.contentType,
    });
    const typeReason = unreadableType(typeof probe?.result === 'string' ? probe.result : undefined);
    if (typeReason) {
      await openLibrary(`Lectern can't read this page. ${typeReason}`);
      return { ok: false, error: typeReason };
    }
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [READER_SCRIPT] });
    return { ok: true };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const message = `Lectern can't read this page: the browser did not let it in (${detail}).${refusedWebPageHint(tab.url)}`;
    await openLibrary(message);
    return { ok: false, error: message };
  }
}
