/**
 * The overlay and the saved copy's page share one shell (components/reader/useReaderShell.ts):
 * Escape closes the innermost thing open, and a change the reader can't store says so. The two
 * readers had drifted: Escape with a panel open closed the whole overlay, and a restored block
 * the reader page failed to store was shown as kept.
 */
import { expect, test } from '@playwright/test';
import { launchWithExtension, type LoadedExtension } from '../harness/chromium-extension';
import { openOverlay, openSavedCopy } from '../harness/reading-helpers';
import { SEED_PATH } from '../harness/seed';
import { startServer, type PageServer } from '../harness/server';

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

test('overlay: Escape with the settings panel open closes the panel only; the next Escape closes the reader', async () => {
  const page = await extension.context.newPage();
  const overlay = await openOverlay(extension, page, `${server.origin}${SEED_PATH}`);
  const settingsButton = overlay.getByRole('button', { name: 'Reading settings' });
  await settingsButton.click();
  await expect(overlay.locator('.lectern-settings')).toBeVisible();

  // Focus is on the "Aa" button, outside the panel.
  await page.keyboard.press('Escape');
  await expect(overlay.locator('.lectern-settings')).toHaveCount(0);
  await expect(settingsButton).toHaveAttribute('aria-expanded', 'false');
  await expect(overlay.locator('.lectern-body')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
  await page.close();
});

test('reader page: Escape closes the open panel and the page stays', async () => {
  const page = await extension.context.newPage();
  const overlay = await openOverlay(extension, page, `${server.origin}${SEED_PATH}`);
  await page.keyboard.press('s');
  await expect(overlay.getByRole('button', { name: 'Saved ✓' })).toBeVisible();
  await page.close();

  const reader = await openSavedCopy(
    extension,
    `${server.origin}${SEED_PATH}`,
    `${server.origin}${SEED_PATH}`,
  );
  const settingsButton = reader.getByRole('button', { name: 'Reading settings' });
  await settingsButton.click();
  await expect(reader.locator('.lectern-settings')).toBeVisible();
  await reader.keyboard.press('Escape');
  await expect(reader.locator('.lectern-settings')).toHaveCount(0);
  await expect(settingsButton).toHaveAttribute('aria-expanded', 'false');
  await expect(reader.locator('.lectern-body')).toBeVisible();
  await reader.close();
});

test('reader page: a restored block that cannot be stored says so', async () => {
  const page = await extension.context.newPage();
  const overlay = await openOverlay(extension, page, `${server.origin}${SEED_PATH}`);
  await page.keyboard.press('s');
  await expect(overlay.getByRole('button', { name: /Saved ✓/ })).toBeVisible();
  await page.close();

  const reader = await openSavedCopy(
    extension,
    `${server.origin}${SEED_PATH}`,
    `${server.origin}${SEED_PATH}`,
  );
  // The disk fills up after the page opened: every write to the library fails from now on.
  await reader.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
  });
  await reader.getByRole('button', { name: /Removed \d+ block/ }).click();
  const signUp = reader.locator('.lectern-removed-list li', { hasText: 'Sign up to read this article' });
  await signUp.getByRole('button', { name: 'Restore' }).click();
  await expect(reader.getByRole('alert')).toHaveText('Not saved: The disk is full.');
  await reader.close();
});
