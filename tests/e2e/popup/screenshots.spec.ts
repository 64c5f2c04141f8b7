/**
 * The popup as people see it, in real Chromium: at its size (400×600), narrowed to 300 px (as
 * Firefox's overflow menu narrows it; the layout is shared), and the store picture
 * (artifacts/store/popup.png, 1280×800: the popup over the page it was opened on). Each
 * screenshot also checks that nothing spills out sideways.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, type LoadedExtension } from '../harness/chromium-extension';
import { corpusArticles, resetLibrary, saveThroughBackground } from '../harness/library-seed';
import { RICH_PATH } from '../harness/reading-helpers';
import { startServer, type PageServer } from '../harness/server';
import { NARROW_SIZE, openPopupOver, POPUP_SIZE } from './popup-harness';

const ARTIFACTS = resolve(import.meta.dirname, '../../../artifacts');

let extension: LoadedExtension;
let server: PageServer;

test.beforeAll(async () => {
  mkdirSync(resolve(ARTIFACTS, 'popup'), { recursive: true });
  mkdirSync(resolve(ARTIFACTS, 'store'), { recursive: true });
  server = await startServer();
  extension = await launchWithExtension();
  const admin = await extension.context.newPage();
  await admin.goto(extension.url('/library.html'));
  await resetLibrary(admin);
  await saveThroughBackground(admin, corpusArticles(12));
  await admin.close();
});
test.afterAll(async () => {
  await extension.context.close();
  await server.close();
});

const articleUrl = () => `${server.origin}/fixtures/import-pages/night-trains.html`;
/** A styled news page, for the store picture. */
const storePageUrl = () => `${server.origin}${RICH_PATH}`;

async function settled(popup: Page): Promise<void> {
  await expect(popup.locator('.lectern-library-item:not(.placeholder)').first()).toBeVisible();
  await expect(popup.locator('.lectern-popup-page-state')).toContainText('Not in your library yet');
}

async function noSidewaysSpill(popup: Page): Promise<void> {
  const widths = await popup.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

for (const [name, size] of [
  ['400', POPUP_SIZE],
  ['300', NARROW_SIZE],
] as const) {
  test(`the popup at ${size.width}×${size.height}: this page, search and the unread list`, async () => {
    const { popup } = await openPopupOver(extension, articleUrl(), size);
    await settled(popup);
    await noSidewaysSpill(popup);
    await popup.screenshot({ path: resolve(ARTIFACTS, `popup/chromium-popup-${name}.png`) });
  });
}

test('store picture: the popup over the page it was opened on, 1280×800', async () => {
  const { page, popup } = await openPopupOver(extension, storePageUrl());
  await expect(popup.locator('.lectern-library-item:not(.placeholder)').first()).toBeVisible();
  const shot = (await popup.screenshot()).toString('base64');
  await page.setViewportSize({ width: 1280, height: 800 });
  // The popup drawn where the browser shows it: under the toolbar, at the right.
  await page.evaluate((png) => {
    const frame = document.createElement('img');
    frame.src = `data:image/png;base64,${png}`;
    frame.alt = '';
    Object.assign(frame.style, {
      position: 'fixed',
      top: '8px',
      right: '16px',
      width: '400px',
      height: '600px',
      zIndex: '2147483647',
      borderRadius: '8px',
      boxShadow: '0 8px 28px rgb(0 0 0 / 0.28), 0 0 0 1px rgb(0 0 0 / 0.12)',
    });
    document.body.append(frame);
    return new Promise((done) => frame.addEventListener('load', done, { once: true }));
  }, shot);
  await page.screenshot({ path: resolve(ARTIFACTS, 'store/popup.png') });
});
