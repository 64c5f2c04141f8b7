/** What the popup opens on, and (test build only) which tab it acts on. */
import type { ListFilter } from '@/utils/library/listing';

/** The popup opens on what is left to read, newest first. */
export const POPUP_FILTER: ListFilter = { view: 'unread', site: null, tag: null };

/**
 * The tab the popup acts on: the active tab of its window, as the toolbar opens it. The test
 * build (LECTERN_E2E=1) also takes `popup.html?tab=<id>`, so e2e tests can open the popup in a
 * tab of its own against a chosen page: no browser lets a test click the toolbar button.
 */
export function popupTabOverride(search: string): number | null {
  if (import.meta.env.LECTERN_E2E !== '1') return null;
  const tab = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(tab) && tab > 0 ? tab : null;
}

/**
 * Whether the popup may follow its window's width (popup.css): in Firefox, whose overflow menu
 * narrows it to about 300 px, and in a tab. Never in Chrome's popup, which starts tiny and grows
 * to its content: a width that followed the window would keep it tiny.
 */
export function fluidWidth(tabOverride: number | null): boolean {
  return import.meta.env.BROWSER === 'firefox' || tabOverride !== null;
}
