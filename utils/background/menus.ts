import { browser } from 'wxt/browser';

export const MENU_READ_PAGE = 'lectern-read-page';
export const MENU_SAVE_PAGE = 'lectern-save-page';
export const MENU_SAVE_LINK = 'lectern-save-link';
export const MENU_OPEN_LIBRARY = 'lectern-open-library';

export async function registerContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_READ_PAGE,
    title: 'Read in Lectern',
    contexts: ['page', 'selection'],
  });
  browser.contextMenus.create({
    id: MENU_SAVE_PAGE,
    title: 'Save page to Lectern',
    contexts: ['page', 'selection'],
  });
  browser.contextMenus.create({
    id: MENU_SAVE_LINK,
    title: 'Save link to Lectern',
    contexts: ['link'],
    targetUrlPatterns: ['http://*/*', 'https://*/*'],
  });
  browser.contextMenus.create({
    id: MENU_OPEN_LIBRARY,
    title: 'Open Lectern library',
    contexts: [import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action'],
  });
}
