/**
 * What a saved copy tells the web, in real Chromium. The bugs: a saved copy loaded its pictures
 * from the publisher every time it was opened, sending the extension page as the referrer, and
 * there was no way to keep saved copies fully offline. Now its pictures go out with no referrer,
 * and with "Load pictures from the web in saved copies" off it shows only the pictures kept
 * offline and makes no request at all (counted at the test server).
 */
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type LoadedExtension } from './harness/chromium-extension';
import { openOverlay, openSavedCopy } from './harness/reading-helpers';
import { startServer, type PageServer } from './harness/server';

const PAGE_PATH = '/fixtures/pages/offline-images-article.html';
const PICTURE = /\/offline-images\/(chart\.png|harbour)/;

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

const setRemotePictures = (allowed: boolean) =>
  extension.worker.evaluate(async (value) => {
    type Local = { set: (items: Record<string, unknown>) => Promise<void> };
    const chrome = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
    await chrome.storage.local.set({ remotePictures: value });
  }, allowed);

/** The picture requests the server saw since `from`. */
const pictureRequests = (from: number) => server.log.slice(from).filter((entry) => PICTURE.test(entry.path));

async function settle(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
}

test('a saved copy requests its pictures with no referrer, and none at all when the setting is off', async () => {
  const pageUrl = `${server.origin}${PAGE_PATH}`;
  const live = await extension.context.newPage();
  const overlay = await openOverlay(extension, live, pageUrl);
  await overlay.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(overlay.getByRole('button', { name: 'Saved ✓' })).toBeVisible();
  await live.close();

  // On (the default): the pictures load, and the site is not told which article was read.
  let from = server.log.length;
  let reader = await openSavedCopy(extension, pageUrl, pageUrl);
  await expect(reader.locator('.lectern-article img').first()).toBeVisible();
  await settle(reader);
  const requested = pictureRequests(from);
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.map((entry) => entry.referer)).toEqual(requested.map(() => undefined));
  await reader.close();

  // Off: the options page says what it does; the saved copy shows no picture and asks for none.
  const options = await extension.context.newPage();
  await options.goto(extension.url('/options.html'));
  const toggle = options.getByRole('checkbox', { name: 'Load pictures from the web in saved copies' });
  await expect(toggle).toBeChecked();
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await options.close();

  from = server.log.length;
  reader = await openSavedCopy(extension, pageUrl, pageUrl);
  await expect(reader.locator('.lectern-article')).toContainText('The floating harbour at high tide');
  await settle(reader);
  expect(await reader.locator('.lectern-article img, .lectern-article source').count()).toBe(0);
  expect(pictureRequests(from)).toEqual([]);
  await reader.close();

  await setRemotePictures(true);
});
