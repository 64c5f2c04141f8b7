/**
 * Offline images in real Chromium: the options switch asks for host access (refused: it stays
 * off), a page with pictures is saved through the overlay, its raster pictures are stored (SVG
 * is not), and with the page server stopped the saved copy shows them from blob: URLs. The
 * library and the reader page say how much space the article takes.
 *
 * Headless Chromium can't show the permission prompt, so the options page gets a stand-in for the
 * user's answer (permissions.request resolving true or false). The background's own check is
 * real: the test build holds host access to 127.0.0.1, where the pictures are.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type LoadedExtension } from '../harness/chromium-extension';
import { openOverlay } from '../harness/reading-helpers';
import { SCREENSHOTS } from '../harness/seed';
import { startServer, type PageServer } from '../harness/server';

const PAGE_PATH = '/fixtures/pages/offline-images-article.html';
const PICTURES = ['offline-images/chart.png', 'offline-images/harbour-400.jpg'];

let extension: LoadedExtension;
let server: PageServer;

test.beforeAll(async () => {
  extension = await launchWithExtension();
  server = await startServer();
});
test.afterAll(async () => {
  await extension?.context.close();
  await server?.close();
});

/** The options page, with the browser's permission prompt answered `answer` in advance. */
async function optionsPage(answer: boolean): Promise<Page> {
  const page = await extension.context.newPage();
  await page.addInitScript((granted) => {
    const chrome = (globalThis as unknown as { chrome: { permissions: { request: unknown } } }).chrome;
    chrome.permissions.request = async () => granted;
  }, answer);
  await page.goto(extension.url('/options.html'));
  return page;
}

/** The switch as stored (storage.local), read in the background. */
function offlineSetting(): Promise<unknown> {
  return extension.worker.evaluate(async () => {
    type Local = { get: (key: string) => Promise<Record<string, unknown>> };
    const chrome = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
    return (await chrome.storage.local.get('offlineImages')).offlineImages;
  });
}

const storageUsage = (page: Page) =>
  page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

/** What IndexedDB holds for the article at `url`: its size and its pictures. */
function storedFor(page: Page, url: string) {
  return page.evaluate(async (articleUrl) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('lectern');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const get = <T>(store: string, query: IDBValidKey | IDBKeyRange, index?: string) =>
      new Promise<T>((done, fail) => {
        const source = db.transaction(store).objectStore(store);
        const request = (index ? source.index(index) : source).getAll(query);
        request.onsuccess = () => done(request.result as T);
        request.onerror = () => fail(request.error);
      });
    const [meta] = await get<{ id: string; bytes: number }[]>('articles', articleUrl, 'by-url');
    const images = meta
      ? await get<{ url: string; bytes: number; type: string; blob: Blob }[]>('images', meta.id, 'by-article')
      : [];
    db.close();
    return {
      id: meta?.id ?? null,
      bytes: meta?.bytes ?? 0,
      images: images.map(({ url, bytes, type, blob }) => ({ url, bytes, type, blobSize: blob.size })),
    };
  }, url);
}

test('refused host access leaves the switch off and says so', async () => {
  const options = await optionsPage(false);
  const toggle = options.getByRole('checkbox', { name: 'Keep images for offline reading' });
  await expect(toggle).toBeEnabled();
  await toggle.click();
  await expect(options.getByText('Lectern was not given access to sites')).toBeVisible();
  await expect(toggle).not.toBeChecked();
  expect(await offlineSetting()).toBeUndefined();
  await options.close();
});

test('pictures saved with the article are shown by the saved copy with the server stopped', async () => {
  const options = await optionsPage(true);
  await expect(options.getByText('nothing else is read or sent')).toBeVisible();
  const toggle = options.getByRole('checkbox', { name: 'Keep images for offline reading' });
  await toggle.click();
  await expect(
    options.getByText('Images of the articles you save from now on are kept offline.'),
  ).toBeVisible();
  await expect(toggle).toBeChecked();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await options
    .locator('.lectern-offline-images')
    .screenshot({ path: `${SCREENSHOTS}/chromium-offline-images-option.png` });
  expect(await offlineSetting()).toBe(true);

  const pageUrl = `${server.origin}${PAGE_PATH}`;
  const page = await extension.context.newPage();
  const overlay = await openOverlay(extension, page, pageUrl);
  await expect(overlay.locator('.lectern-body img')).toHaveCount(3);
  const usedBefore = await storageUsage(options);
  const started = Date.now();
  await overlay.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(overlay.getByRole('button', { name: 'Saved ✓' })).toBeVisible();
  const savedMs = Date.now() - started;

  // The pictures follow the save in their own transaction.
  await expect
    .poll(async () => (await storedFor(options, pageUrl)).images.length, { timeout: 20_000 })
    .toBe(2);
  const imagesMs = Date.now() - started;
  const stored = await storedFor(options, pageUrl);
  const srcs = PICTURES.map((path) => `${server.origin}/fixtures/pages/${path}`);
  expect(stored.images.map(({ url, type }) => [url, type])).toEqual([
    [srcs[0], 'image/png'],
    [srcs[1], 'image/jpeg'],
  ]);
  const pictureBytes = stored.images.reduce((sum, image) => sum + image.bytes, 0);
  for (const image of stored.images) expect(image.blobSize).toBe(image.bytes);
  // The srcset's 1200w candidate was downloaded for the 400w src; the SVG was refused.
  expect(server.requests).toContain('/fixtures/pages/offline-images/harbour.jpg');
  expect(stored.images[1]!.bytes).toBeGreaterThan(20_000);
  expect(stored.bytes).toBeGreaterThan(pictureBytes);
  // "Storage used" (the browser's estimate) counts the blobs too.
  const usedAfter = await storageUsage(options);
  expect(usedAfter - usedBefore).toBeGreaterThanOrEqual(pictureBytes);
  console.log(
    `offline images: save answered in ${savedMs} ms, pictures stored after ${imagesMs} ms; ` +
      `article ${stored.bytes} bytes of which pictures ${pictureBytes} (${stored.images.map((image) => image.bytes).join(' + ')}); ` +
      `storage used ${usedBefore} -> ${usedAfter} bytes`,
  );
  await page.close();

  await server.close();
  const reader = await extension.context.newPage();
  const offline: string[] = [];
  reader.on('requestfailed', (request) => offline.push(request.url()));
  await reader.goto(extension.url(`/reader.html?id=${encodeURIComponent(stored.id!)}`));
  const images = reader.locator('.lectern-body img');
  await expect(images).toHaveCount(3);
  const shown = () =>
    images.evaluateAll((nodes) =>
      (nodes as HTMLImageElement[]).map((image) => ({
        alt: image.alt,
        blob: image.src.startsWith('blob:'),
        srcset: image.hasAttribute('srcset'),
        width: image.naturalWidth,
        hidden: image.hidden,
      })),
    );
  await expect.poll(async () => (await shown()).map((image) => image.width)).toEqual([640, 1200, 0]);
  expect(await shown()).toEqual([
    { alt: 'Chart of water levels at the quay', blob: true, srcset: false, width: 640, hidden: false },
    { alt: 'The floating harbour at high tide', blob: true, srcset: false, width: 1200, hidden: false },
    // Not stored (SVG): it keeps its network address, fails offline and collapses.
    { alt: 'Diagram of a pontoon on its guide pile', blob: false, srcset: false, width: 0, hidden: true },
  ]);
  expect(offline.filter((url) => url.endsWith('.png') || url.endsWith('.jpg'))).toEqual([]);
  await expect(reader.locator('.lectern-article-header .lectern-size')).toHaveText(/^\d+ KB$/);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await reader.screenshot({ path: `${SCREENSHOTS}/chromium-offline-images-top.png` });
  await reader.locator('.lectern-body figure').nth(1).scrollIntoViewIfNeeded();
  await reader.screenshot({ path: `${SCREENSHOTS}/chromium-offline-images.png` });
  await reader.close();

  const library = await extension.context.newPage();
  await library.goto(extension.url('/library.html'));
  const row = library.locator('.lectern-library-item', { hasText: 'The harbour that learned to float' });
  await expect(row.locator('.size')).toHaveText(`${Math.round(stored.bytes / 1024)} KB`);
  await expect(library.locator('.lectern-library-size')).toHaveText(/ · \d+(\.\d)? (KB|MB)$/);
  await library.screenshot({ path: `${SCREENSHOTS}/chromium-offline-images-library.png` });
  await library.close();
  await options.close();
});
