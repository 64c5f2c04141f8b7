/**
 * The popup in Chromium e2e tests. No browser lets a test click its toolbar button, so the test
 * build's popup takes `popup.html?tab=<id>` (components/popup/popup-options.ts) and is opened in a
 * tab of its own, at the popup's size, against the tab that shows the page under test. The
 * popup's own code, messages and the background's handlers are the real ones; what a real click
 * adds (the activeTab grant, the browser sizing the popup) is stood in for by the test build's
 * host permission for 127.0.0.1, and checked once through chrome.action.openPopup() (popup.spec).
 */
import type { Page } from '@playwright/test';
import { launchWithExtension, type LoadedExtension } from '../harness/chromium-extension';
import { resetLibrary } from '../harness/library-seed';
import { startServer, type PageServer } from '../harness/server';

/** What a Chromium popup spec's serial tests share: the browser, the page server, a library tab. */
export interface PopupSuite {
  extension: LoadedExtension;
  server: PageServer;
  admin: Page;
}

/** Starts the page server and a browser with the built extension, with a library tab kept open. */
export async function startPopupSuite(): Promise<PopupSuite> {
  const server = await startServer();
  const extension = await launchWithExtension();
  const admin = await extension.context.newPage();
  await admin.goto(extension.url('/library.html'));
  return { extension, server, admin };
}

/** Before each test: an empty library, and no tab open but the library's. */
export async function resetPopupSuite({ extension, admin }: PopupSuite): Promise<void> {
  await resetLibrary(admin);
  for (const page of extension.context.pages()) if (page !== admin) await page.close();
}

export async function closePopupSuite({ extension, server }: PopupSuite): Promise<void> {
  await extension.context.close();
  await server.close();
}

export const POPUP_SIZE = { width: 400, height: 600 };
export const NARROW_SIZE = { width: 300, height: 600 };

/** The id of the tab showing `url` (the background's view of it). */
export async function tabIdOf(extension: LoadedExtension, url: string): Promise<number> {
  const id = await extension.worker.evaluate(async (wanted) => {
    const api = (
      globalThis as unknown as {
        chrome: { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } };
      }
    ).chrome;
    const tabs = await api.tabs.query({});
    // Browser pages (chrome://) hide their URL from an extension without "tabs": the page was
    // just brought to the front, so it is the active tab.
    const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs.find((tab) => tab.url === wanted)?.id ?? (active?.url ? null : (active?.id ?? null));
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens a page in a tab, and the popup against that tab at the popup's size. */
export async function openPopupOver(
  extension: LoadedExtension,
  pageUrl: string,
  size = POPUP_SIZE,
): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await extension.context.newPage();
  await page.goto(pageUrl);
  return { page, ...(await popupFor(extension, page, size)) };
}

async function popupFor(
  extension: LoadedExtension,
  page: Page,
  size = POPUP_SIZE,
): Promise<{ popup: Page; tabId: number }> {
  await page.bringToFront();
  const tabId = await tabIdOf(extension, page.url());
  const popup = await extension.context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(extension.url(`/popup.html?tab=${tabId}`));
  return { popup, tabId };
}

/** What the background's test hook reports for the toolbar button on a tab. */
export function badgeOf(extension: LoadedExtension, tabId: number): Promise<{ text: string; title: string }> {
  return extension.worker.evaluate(async (id) => {
    const test = (
      globalThis as unknown as {
        lecternTest: {
          badgeText: (id: number) => Promise<string>;
          badgeTitle: (id: number) => Promise<string>;
        };
      }
    ).lecternTest;
    return { text: await test.badgeText(id), title: await test.badgeTitle(id) };
  }, tabId);
}

/** Runs the background's own command handler, as the browser does for a keyboard shortcut. */
export function runCommand(extension: LoadedExtension, command: string, tabId: number): Promise<unknown> {
  return extension.worker.evaluate(
    async ([name, id]) => {
      const api = globalThis as unknown as {
        chrome: { tabs: { get: (id: number) => Promise<unknown> } };
        lecternTest: { onCommand: (command: string, tab: unknown) => Promise<unknown> };
      };
      return api.lecternTest.onCommand(name, await api.chrome.tabs.get(id));
    },
    [command, tabId] as const,
  );
}

/** Runs the background's own context-menu handler, as the browser does for a menu click. */
export function clickMenu(
  extension: LoadedExtension,
  info: { menuItemId: string; linkUrl?: string; pageUrl?: string },
  tabId: number,
): Promise<unknown> {
  return extension.worker.evaluate(
    async ([clicked, id]) => {
      const api = globalThis as unknown as {
        chrome: { tabs: { get: (id: number) => Promise<unknown> } };
        lecternTest: { onMenuClick: (info: unknown, tab: unknown) => Promise<unknown> };
      };
      return api.lecternTest.onMenuClick(clicked, await api.chrome.tabs.get(id));
    },
    [info, tabId] as const,
  );
}

interface Entry {
  id: string;
  url: string;
  title: string;
  kind: string;
  archived: boolean;
  favorite: boolean;
  readAt: number | null;
}

/** The library's list records, straight from IndexedDB (any extension page shares it). */
export function libraryEntries(page: Page): Promise<Entry[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('lectern');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = await new Promise<Entry[]>((done, fail) => {
      const request = db.transaction('articles').objectStore('articles').getAll();
      request.onsuccess = () => done(request.result as Entry[]);
      request.onerror = () => fail(request.error);
    });
    db.close();
    return all;
  });
}
