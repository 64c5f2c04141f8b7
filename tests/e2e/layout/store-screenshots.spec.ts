/**
 * The add-on stores' screenshots, 1280×800, in artifacts/store/: the reader overlay on a news
 * page, the library, a saved copy, and the saved copy in the dark theme. (The toolbar popup's is
 * taken by the popup's own spec.) Each is checked for what it must show before it is written.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, type LoadedExtension } from '../harness/chromium-extension';
import { openLibrary, rows } from '../harness/library-page';
import { corpusArticles, resetLibrary, saveThroughBackground } from '../harness/library-seed';
import { openOverlay, openSavedCopy, storeSettings } from '../harness/reading-helpers';
import { SEED_PATH } from '../harness/seed';
import { startServer, type PageServer } from '../harness/server';

const STORE = resolve(import.meta.dirname, '../../../artifacts/store');
const SIZE = { width: 1280, height: 800 };
let extension: LoadedExtension;
let server: PageServer;

test.beforeAll(async () => {
  mkdirSync(STORE, { recursive: true });
  extension = await launchWithExtension();
  server = await startServer();
});
test.afterAll(async () => {
  await extension?.context.close();
  await server?.close();
});

/** The PNG's own width and height, read from its header. */
async function shoot(page: Page, name: string): Promise<void> {
  const png = await page.screenshot({ path: `${STORE}/${name}.png` });
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SIZE.width, SIZE.height]);
}

test('store screenshots at 1280×800: overlay, library, saved copy, dark theme', async () => {
  const home = await extension.context.newPage();
  await home.goto(extension.url('/options.html'));
  await resetLibrary(home);
  await storeSettings(extension.worker, { theme: 'light' });

  const url = `${server.origin}${SEED_PATH}`;
  const page = await extension.context.newPage();
  await page.setViewportSize(SIZE);
  const overlay = await openOverlay(extension, page, url);
  await page.keyboard.press('s');
  await expect(overlay.getByRole('button', { name: 'Saved ✓' })).toBeVisible();
  await shoot(page, 'overlay');
  await page.close();

  await saveThroughBackground(home, corpusArticles(24));
  const library = await openLibrary(extension);
  await library.setViewportSize(SIZE);
  await expect(rows(library)).not.toHaveCount(0);
  await expect(library.locator('.lectern-library-size')).toHaveText(/^25 articles · /);
  await shoot(library, 'library');
  await library.close();

  const reader = await openSavedCopy(extension, url, url);
  await reader.setViewportSize(SIZE);
  await expect(reader.locator('.lectern-title')).toBeVisible();
  await shoot(reader, 'saved-copy');
  await storeSettings(extension.worker, { theme: 'dark' });
  await expect(reader.locator('.lectern-reader-page')).toHaveAttribute('data-theme', 'dark');
  await shoot(reader, 'saved-copy-dark');
  await storeSettings(extension.worker, { theme: 'light' });
  await Promise.all([reader.close(), home.close()]);
});
