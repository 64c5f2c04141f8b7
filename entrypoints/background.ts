import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatch } from '@/utils/background/handlers';
import { registerImportQueue } from '@/utils/background/import-queue';
import { openLibrary, openReader } from '@/utils/background/open-reader';
import { registerContextMenus, MENU_OPEN_LIBRARY, MENU_READ_PAGE } from '@/utils/background/menus';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener((tab) => void openReader(tab));

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command === 'open-library') return openLibrary();
    if (command === 'open-reader') {
      const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      await openReader(target);
    }
  });

  browser.runtime.onInstalled.addListener(() => void registerContextMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_READ_PAGE) void openReader(tab);
    if (info.menuItemId === MENU_OPEN_LIBRARY) void openLibrary();
  });

  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender));
  // Imported links still waiting for their pages: carry on after a restart or a worker stop.
  registerImportQueue();

  if (import.meta.env.LECTERN_E2E === '1') {
    // Test build only: e2e tests call the toolbar's own handler, as a click would.
    Object.assign(globalThis, { lecternTest: { openReader, openLibrary } });
  }
});
