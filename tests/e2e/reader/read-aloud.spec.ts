/**
 * Read aloud in real Chromium (with a stand-in for the browser's speech), in the overlay and on
 * the saved copy's page, and the reader page's shortcuts, progress bar and print.
 */
import { expect, test } from '@playwright/test';
import { launchWithExtension, type LoadedExtension } from '../harness/chromium-extension';
import {
  css,
  focusedInOverlay,
  inOverlayWorld,
  openOverlay,
  openSavedCopy,
  READING_DEFAULTS,
  RICH_PATH,
  RICH_URL,
  SPEECH_STUB,
  storedSettings,
  storeSettings,
} from '../harness/reading-helpers';
import { SCREENSHOTS } from '../harness/seed';
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
test.beforeEach(async () => storeSettings(extension.worker, { ...READING_DEFAULTS, theme: 'light' }));

test('read aloud says plainly when the browser has no voices', async () => {
  const page = await extension.context.newPage();
  const overlay = await openOverlay(extension, page, `${server.origin}${RICH_PATH}`);
  await overlay.getByRole('button', { name: 'Listen' }).click();
  await expect(overlay.getByRole('region', { name: 'Read aloud' }).getByRole('status')).toContainText(
    'No speech voices are installed',
  );
  await page.screenshot({ path: `${SCREENSHOTS}/read-aloud-no-voices-overlay.png` });
  await overlay.getByRole('button', { name: 'Close read aloud' }).click();
  await expect(overlay.getByRole('region', { name: 'Read aloud' })).toHaveCount(0);
  await page.close();
});

type Spoken = { text: string; rate: number; voice: string | null };

test('read aloud in the overlay: paragraph by paragraph, highlighted, pause, speed, voice (stubbed speech)', async () => {
  const page = await extension.context.newPage();
  const overlay = await openOverlay(extension, page, `${server.origin}${RICH_PATH}`);
  await inOverlayWorld(page, SPEECH_STUB);
  const spoken = () => inOverlayWorld<Spoken[]>(page, 'window.__speech.log.spoken');
  const last = async () => (await spoken()).at(-1);
  const finish = () => inOverlayWorld(page, 'window.__speech.finish()');
  const speaking = overlay.locator('.lectern-speaking');
  const bar = overlay.getByRole('region', { name: 'Read aloud' });

  await overlay.getByRole('button', { name: 'Listen' }).click();
  await expect(bar.getByRole('combobox', { name: 'Voice' })).toHaveValue('test-en');
  await expect.poll(() => focusedInOverlay(page)).toMatch(/\|▶ Play$/);
  await page.keyboard.press('Enter');
  await expect
    .poll(last)
    .toMatchObject({ text: 'How we cut our Python test suite from 40 minutes to 6', voice: 'test-en' });
  await expect(speaking).toHaveClass(/lectern-title/);
  await finish();
  await expect.poll(async () => (await last())?.text).toMatch(/^Eighteen months ago/);
  await expect(speaking).toHaveCount(1);
  await expect(speaking).toContainText('Eighteen months ago');
  await expect(bar).toContainText(/Paragraph 2 of \d+/);
  await page.screenshot({ path: `${SCREENSHOTS}/read-aloud-overlay.png` });

  await bar.getByRole('button', { name: 'Pause' }).click();
  await expect(bar).toContainText('paused');
  await expect(speaking).toContainText('Eighteen months ago');
  const before = (await spoken()).length;
  await bar.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(async () => (await spoken()).length).toBe(before + 1);
  expect((await last())?.text).toMatch(/^Eighteen months ago/);

  await bar.getByRole('combobox', { name: 'Speed' }).selectOption('1.5');
  await expect.poll(last).toMatchObject({ rate: 1.5 });
  await expect.poll(() => storedSettings(extension.worker)).toMatchObject({ speechRate: 1.5 });
  await bar.getByRole('combobox', { name: 'Voice' }).selectOption('test-ar');
  await expect.poll(last).toMatchObject({ voice: 'test-ar' });
  await bar.getByRole('button', { name: 'Next paragraph' }).click();
  await expect
    .poll(async () => (await last())?.text)
    .toBe((await speaking.textContent())?.replace(/\s+/g, ' ').trim());
  await expect(speaking).not.toContainText('Eighteen months ago');

  await bar.getByRole('button', { name: 'Close read aloud' }).click();
  await expect(speaking).toHaveCount(0);
  expect(await focusedInOverlay(page)).toMatch(/\|Listen$/);
  await page.close();
});

test('the reader page: shortcuts, read aloud, progress bar, and a print of the article only', async () => {
  const page = await extension.context.newPage();
  const overlay = await openOverlay(extension, page, `${server.origin}${RICH_PATH}`);
  await page.keyboard.press('s');
  await expect(overlay.getByRole('button', { name: 'Saved ✓' })).toBeVisible();

  // Print with the overlay open: the page underneath is not printed, the whole article is.
  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
  expect(await css(overlay.locator('.lectern-chrome'), 'display')).toBe('none');
  expect(
    await page.evaluate(() => getComputedStyle(document.querySelector('lectern-reader')!).position),
  ).toBe('static');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(1);
  await page.emulateMedia({ media: 'screen' });
  await page.close();

  const reader = await openSavedCopy(extension, RICH_URL, `${server.origin}${RICH_PATH}`, SPEECH_STUB);
  const root = reader.locator('.lectern-root');
  await reader.keyboard.press('+');
  await expect.poll(() => css(reader.locator('.lectern-article'), 'font-size')).toBe('20px');
  await reader.keyboard.press('t');
  await expect(root).toHaveAttribute('data-theme', 'sepia');
  await reader.keyboard.press('?');
  const shortcuts = reader.getByRole('region', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts).not.toContainText('Save to your library');
  await reader.keyboard.press('Escape');
  await expect(shortcuts).toHaveCount(0);

  await reader.getByRole('button', { name: 'Listen' }).click();
  await reader.getByRole('button', { name: 'Play' }).click();
  await expect(reader.locator('.lectern-speaking')).toHaveClass(/lectern-title/);
  await reader.evaluate(() => (window as unknown as { __speech: { finish: () => void } }).__speech.finish());
  await expect(reader.locator('.lectern-speaking')).toContainText('Eighteen months ago');
  await reader.keyboard.press('Escape');
  await expect(reader.locator('.lectern-speaking')).toHaveCount(0);

  const progress = reader.locator('.lectern-progress');
  await reader.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => css(progress, 'transform')).toBe('matrix(1, 0, 0, 1, 0, 0)');

  await reader.emulateMedia({ media: 'print' });
  expect(await css(reader.locator('.lectern-chrome'), 'display')).toBe('none');
  expect(await css(reader.locator('.lectern-article'), 'color')).toBe('rgb(0, 0, 0)');
  expect(await reader.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
  await reader.close();
});
