/**
 * The reader shell in Debian's Firefox ESR (the same checks as reader/reader-shell.spec.ts in
 * Chromium): Escape with a panel open closes the panel, in the overlay and on the reader page.
 */
import { expect, test } from '@playwright/test';
import {
  clickToolbar,
  launchFirefoxWithExtension,
  newExtensionPage,
  overlayButton,
  overlayText,
  POLL,
  waitForOverlayText,
  waitUntil,
  type LoadedFirefoxExtension,
} from '../harness/firefox-extension';
import { SEED_PATH, seedExpected } from '../harness/seed';
import { startServer, type PageServer } from '../harness/server';

let extension: LoadedFirefoxExtension;
let server: PageServer | undefined;

test.beforeAll(async () => {
  extension = await launchFirefoxWithExtension();
});
test.afterAll(async () => {
  await extension?.close();
  await server?.close().catch(() => undefined);
});

test('Escape with the settings panel open closes the panel only, in the overlay and on the reader page', async () => {
  server ??= await startServer();
  const toolbar = await newExtensionPage(extension.browser, extension.url('/library.html'));
  const page = await extension.browser.newPage();
  const pageUrl = `${server.origin}${SEED_PATH}`;
  await page.goto(pageUrl);
  expect(await clickToolbar(toolbar, pageUrl)).toEqual({ ok: true });
  await page.bringToFront();
  await waitForOverlayText(page, '.lectern-title', /./);
  const settingsOpen = () =>
    !!document.querySelector('lectern-reader')?.shadowRoot?.querySelector('.lectern-settings');
  await (await overlayButton(page, /^Aa$/)).click();
  await waitUntil(page, settingsOpen, POLL);
  // Focus is on the "Aa" button, outside the panel: the panel closes, the reader stays.
  await page.keyboard.press('Escape');
  await waitUntil(
    page,
    () => !document.querySelector('lectern-reader')?.shadowRoot?.querySelector('.lectern-settings'),
    POLL,
  );
  expect(await overlayText(page, '.lectern-title')).toBe(seedExpected.title);
  // Saved for the reader page below.
  await (await overlayButton(page, /^Save$/)).click();
  await overlayButton(page, /^Saved ✓$/);
  await page.keyboard.press('Escape');
  await waitUntil(page, () => !document.querySelector('lectern-reader'), POLL);

  const id = await toolbar.evaluate(async (url) => {
    const api = (
      globalThis as unknown as {
        browser: { runtime: { sendMessage: (m: unknown) => Promise<{ id?: string }> } };
      }
    ).browser;
    return (await api.runtime.sendMessage({ type: 'article/lookup', url })).id ?? null;
  }, pageUrl);
  expect(id).toBeTruthy();
  const reader = await newExtensionPage(extension.browser, extension.url(`/reader.html?id=${id}`));
  await waitUntil(reader, () => !!document.querySelector('.lectern-title'), POLL);
  await reader.click('[data-panel-toggle="settings"]');
  await waitUntil(reader, () => !!document.querySelector('.lectern-settings'), POLL);
  await reader.keyboard.press('Escape');
  await waitUntil(reader, () => !document.querySelector('.lectern-settings'), POLL);
  expect(await reader.$eval('.lectern-title', (title) => title.textContent)).toBe(seedExpected.title);
  await Promise.all([page.close(), reader.close(), toolbar.close()]);
  await server.close();
  server = undefined;
});
