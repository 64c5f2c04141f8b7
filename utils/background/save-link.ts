/**
 * "Save link to Lectern": the link goes into the library at once (a link entry) and into the
 * import queue, which fetches its page once Lectern may reach that site. The permission is asked
 * for first, inside the menu click: browsers show the prompt only during a user's gesture.
 * Declining keeps the link; the options page's import panel can allow fetching later.
 */
import { browser } from 'wxt/browser';
import { openQueueDb } from '../fetch-queue/store';
import { originPattern } from '../fetch-queue/origin-pattern';
import { announceChange } from '../library/changes';
import { openLibraryDb } from '../library/db/open';
import { upkeep } from '../library/upkeep';
import { addLink, webAddress, type LinkOutcome } from '../quick-save/save-link';
import { showBadge } from './badge';
import { controlImportQueue } from './import-queue';

export function saveLinkFromMenu(
  link: { url: string; title?: string | null },
  tabId: number | undefined,
): Promise<LinkOutcome> {
  const url = webAddress(link.url);
  // Synchronously, before any await: the click's user gesture ends with this call stack.
  const permission = url
    ? browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false)
    : Promise.resolve(false);
  return (async () => {
    let outcome: LinkOutcome;
    try {
      const [library, queue] = await Promise.all([openLibraryDb(), openQueueDb()]);
      outcome = await addLink(library, queue, link);
      if (outcome.kind === 'added') {
        announceChange();
        void upkeep(library);
      }
    } catch (error) {
      outcome = { kind: 'invalid', message: `The link was not saved: ${(error as Error).message}` };
    }
    if (tabId !== undefined) await showBadge(tabId, linkBadge(outcome)).catch(() => undefined);
    if (outcome.kind === 'added') {
      await permission;
      await controlImportQueue('start');
    }
    return outcome;
  })();
}

function linkBadge(outcome: LinkOutcome): { ok: boolean; message: string } {
  if (outcome.kind === 'added') return { ok: true, message: 'Link saved: its page is being fetched' };
  if (outcome.kind === 'existing') return { ok: true, message: 'That link is already in your library' };
  return { ok: false, message: outcome.message };
}
