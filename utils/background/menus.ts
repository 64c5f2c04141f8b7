import { browser } from 'wxt/browser';

export const MENU_READ_PAGE = 'lectern-read-page';
export const MENU_OPEN_LIBRARY = 'lectern-open-library';

export async function registerContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_READ_PAGE,
    title: 'Read in Lectern',
    contexts: ['page', 'selection'],
  });
  browser.contextMenus.create({
    id: MENU_OPEN_LIBRARY,
    title: 'Open Lectern library',
    contexts: [import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action'],
  });
}
