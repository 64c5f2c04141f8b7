import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { saveWithBadge } from '@/utils/background/badge';
import { dispatch } from '@/utils/background/handlers';
import { registerImportQueue } from '@/utils/background/import-queue';
import { openLibrary, openReader } from '@/utils/background/open-reader';
import { savePage } from '@/utils/background/save-page';
import { saveLinkFromMenu } from '@/utils/background/save-link';
import {
  registerContextMenus,
  MENU_OPEN_LIBRARY,
  MENU_READ_PAGE,
  MENU_SAVE_LINK,
  MENU_SAVE_PAGE,
} from '@/utils/background/menus';

export default defineBackground(() => {
  // The toolbar button opens the popup (entrypoints/popup): action.onClicked no longer fires.
  // Reading and saving without it: the shortcuts and the context menus.
  const savePageWithBadge = (tab: Parameters<typeof savePage>[0]) =>
    tab?.id === undefined ? savePage(tab) : saveWithBadge(tab.id, () => savePage(tab));

  const onCommand = async (command: string, tab?: Browser.tabs.Tab) => {
    if (command === 'open-library') return openLibrary();
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (command === 'open-reader') await openReader(target);
    if (command === 'save-page') await savePageWithBadge(target);
  };
  browser.commands.onCommand.addListener(onCommand);

  const onMenuClick = (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId === MENU_READ_PAGE) return openReader(tab);
    if (info.menuItemId === MENU_SAVE_PAGE) return savePageWithBadge(tab);
    // Firefox names the link's text; Chrome does not.
    const linkText = (info as { linkText?: string }).linkText;
    if (info.menuItemId === MENU_SAVE_LINK && info.linkUrl)
      return saveLinkFromMenu({ url: info.linkUrl, title: linkText }, tab?.id);
    if (info.menuItemId === MENU_OPEN_LIBRARY) return openLibrary();
  };
  browser.runtime.onInstalled.addListener(() => void registerContextMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));

  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender));
  // Imported links still waiting for their pages: carry on after a restart or a worker stop.
  registerImportQueue();

  if (import.meta.env.LECTERN_E2E === '1') {
    // Test build only: e2e tests call the handlers the shortcuts and menus call, as they would.
    Object.assign(globalThis, {
      lecternTest: {
        openReader,
        openLibrary,
        onCommand,
        onMenuClick,
        badgeText: (tabId: number) => (browser.action ?? browser.browserAction).getBadgeText({ tabId }),
        badgeTitle: (tabId: number) => (browser.action ?? browser.browserAction).getTitle({ tabId }),
      },
    });
  }
});
