/**
 * Offline images in Firefox ESR: the MV2 event page fetches the pictures after a save (the
 * Chromium spec covers the options switch; here it is set in storage directly), and the saved
 * copy shows them from blob: URLs with the page server stopped.
 */
import { expect, test } from '@playwright/test';
import {
  clickToolbar,
  launchFirefoxWithExtension,
  newExtensionPage,
  overlayButton,
  waitUntil,
  type LoadedFirefoxExtension,
} from '../harness/firefox-extension';
import { SCREENSHOTS } from '../harness/seed';
import { startServer, type PageServer } from '../harness/server';

const PAGE_PATH = '/fixtures/pages/offline-images-article.html';
const POLL = { polling: 100, timeout: 20_000 };

let extension: LoadedFirefoxExtension;
let server: PageServer | undefined;

test.beforeAll(async () => {
  extension = await launchFirefoxWithExtension();
});
test.afterAll(async () => {
  await extension?.close();
  await server?.close().catch(() => undefined);
});

test('Firefox keeps the pictures of a saved article and shows them offline', async () => {
  server = await startServer();
  const { browser } = extension;
  const toolbar = await newExtensionPage(browser, extension.url('/library.html'));
  await toolbar.evaluate(async () => {
    type Local = { set: (items: Record<string, unknown>) => Promise<void> };
    await (globalThis as unknown as { browser: { storage: { local: Local } } }).browser.storage.local.set({
      offlineImages: true,
    });
  });

  const page = await browser.newPage();
  const pageUrl = `${server.origin}${PAGE_PATH}`;
  await page.goto(pageUrl);
  expect(await clickToolbar(toolbar, pageUrl)).toEqual({ ok: true });
  await page.bringToFront();
  await (await overlayButton(page, /^Save$/)).click();
  await overlayButton(page, /^Saved ✓$/);

  // The pictures arrive in their own transaction after the save: read what IndexedDB holds.
  const stored = await waitUntil(
    toolbar,
    async (articleUrl) => {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('lectern');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const all = <T>(store: string, index: string, key: string) =>
        new Promise<T[]>((done) => {
          const request = db.transaction(store).objectStore(store).index(index).getAll(key);
          request.onsuccess = () => done(request.result as T[]);
        });
      const [meta] = await all<{ id: string; bytes: number }>('articles', 'by-url', articleUrl);
      const images = meta ? await all<{ url: string; bytes: number }>('images', 'by-article', meta.id) : [];
      db.close();
      return images.length === 2 ? { id: meta!.id, bytes: meta!.bytes, images } : false;
    },
    POLL,
    pageUrl,
  );
  const { id, bytes, images } = (await stored.jsonValue()) as {
    id: string;
    bytes: number;
    images: { url: string; bytes: number }[];
  };
  expect(images.map((image) => image.url.split('/').pop())).toEqual(['chart.png', 'harbour-400.jpg']);
  expect(images.map((image) => image.bytes)).toEqual([23_078, 29_120]);
  expect(bytes).toBeGreaterThan(23_078 + 29_120);

  await server.close();
  server = undefined;
  const reader = await newExtensionPage(browser, extension.url(`/reader.html?id=${encodeURIComponent(id)}`));
  await waitUntil(
    reader,
    () => {
      const shown = Array.from(document.querySelectorAll<HTMLImageElement>('.lectern-body img'));
      return shown.length === 3 && shown[0]!.naturalWidth === 640 && shown[1]!.naturalWidth === 1200;
    },
    POLL,
  );
  const shown = await reader.$$eval('.lectern-body img', (nodes) =>
    (nodes as HTMLImageElement[]).map((image) => ({
      blob: image.src.startsWith('blob:'),
      width: image.naturalWidth,
    })),
  );
  expect(shown).toEqual([
    { blob: true, width: 640 },
    { blob: true, width: 1200 },
    { blob: false, width: 0 },
  ]);
  expect(await reader.$eval('.lectern-size', (element) => element.textContent)).toBe(
    `${Math.round(bytes / 1024)} KB`,
  );
  await reader.screenshot({ path: `${SCREENSHOTS}/firefox-offline-images.png` });
  await Promise.all([reader.close(), page.close(), toolbar.close()]);
});
