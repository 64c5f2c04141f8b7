/**
 * Pages that fit any window, in Chromium: the library from 360 px up (the side panel folds into a
 * bar above the list below 700 px; titles, snippets and search keep their room), the reader's
 * toolbar at 420 px (Save and Close on the first row, the rest in "More", which Escape closes),
 * and the saved copy's own actions (favourite, delete with Undo). Screenshots of each width in
 * artifacts/screenshots/narrow/ (looked at: see the branch's report).
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchWithExtension, type LoadedExtension } from '../harness/chromium-extension';
import { openLibrary, rows, special } from '../harness/library-page';
import { corpusArticles, resetLibrary, saveThroughBackground } from '../harness/library-seed';
import { openOverlay, openSavedCopy, runAxe, serious } from '../harness/reading-helpers';
import { SCREENSHOTS, SEED_PATH } from '../harness/seed';
import { startServer, type PageServer } from '../harness/server';

const SHOTS = `${SCREENSHOTS}/narrow`;
let extension: LoadedExtension;
let server: PageServer;
let home: Page;

/** An article without an excerpt: its row has no snippet. */
const BARE = special('A note with no excerpt at all', 'Just a few words of text here.');

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  extension = await launchWithExtension();
  server = await startServer();
  home = await extension.context.newPage();
  await home.goto(extension.url('/options.html'));
});
test.afterAll(async () => {
  await extension?.context.close();
  await server?.close();
});

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

test('the library from 360 to 1280 px: the side panel folds below 700 px, row text and search keep their room', async () => {
  await resetLibrary(home);
  await saveThroughBackground(home, [...corpusArticles(12), BARE]);
  const page = await openLibrary(extension);
  for (const width of [360, 420, 700, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expect(rows(page).first()).toBeVisible();
    // Rows take the layout's height: taller below 560 px, where the actions go under the text.
    await expect
      .poll(() =>
        rows(page)
          .first()
          .evaluate((row) => row.getBoundingClientRect().height),
      )
      .toBe(width < 560 ? 128 : 86);
    await page.screenshot({ path: `${SHOTS}/chromium-library-${width}.png` });
    const side = await box(page, '.lectern-library-side');
    const main = await box(page, '.lectern-library-main');
    if (width < 700) {
      // A bar above the list, as wide as the page, not a 230-px column beside it.
      expect(side.width).toBeGreaterThan(width - 2);
      expect(side.y + side.height).toBeLessThanOrEqual(main.y + 1);
    } else {
      expect(side.width).toBe(230);
      expect(main.x).toBeGreaterThanOrEqual(side.x + side.width - 1);
    }
    // The search field had shrunk to a 30-px square at 420 px.
    expect((await box(page, '.lectern-search')).width, `search at ${width} px`).toBeGreaterThan(240);
    const row = rows(page)
      .filter({ has: page.locator('.snippet') })
      .first();
    const title = await row.locator('.title').boundingBox();
    const snippet = await row.locator('.snippet').boundingBox();
    // Titles and snippets had vanished at 420 px (a 230-px panel and the actions beside them).
    expect(title!.width, `title at ${width} px`).toBeGreaterThan(240);
    expect(snippet!.width, `snippet at ${width} px`).toBeGreaterThan(240);
    // Nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // A row without a snippet shows its title over two lines (or sits centred), leaving no hole.
    const bare = rows(page).filter({ hasText: BARE.title });
    await expect(bare.locator('.snippet')).toHaveCount(0);
    const rowBox = (await bare.boundingBox())!;
    const textBox = (await bare.locator('.text').boundingBox())!;
    const above = textBox.y - rowBox.y;
    const below = rowBox.y + rowBox.height - (textBox.y + textBox.height);
    if (width >= 560)
      expect(Math.abs(above - below), `space round a bare row at ${width} px`).toBeLessThan(12);
  }

  // The bulk bar: one filled primary action, Delete in the destructive style.
  await page.setViewportSize({ width: 420, height: 800 });
  await rows(page).first().locator('.lectern-row-select').check();
  const bar = page.locator('.lectern-bulk-bar');
  await expect(bar.locator('.lectern-button.primary')).toHaveText('Archive');
  await expect(bar.locator('.lectern-button.danger')).toHaveText('Delete');
  const danger = await bar.locator('.danger').evaluate((element) => getComputedStyle(element).color);
  const plain = await bar
    .getByRole('button', { name: 'Mark read' })
    .evaluate((e) => getComputedStyle(e).color);
  expect(danger).not.toBe(plain);
  await page.screenshot({ path: `${SHOTS}/chromium-library-420-selected.png` });
  expect(serious((await runAxe(page)).violations), 'axe on the library at 420 px').toEqual([]);

  // The settings are one click away, and the header shows Lectern's mark.
  await expect(page.locator('.lectern-library-header img.lectern-mark')).toHaveAttribute(
    'src',
    '/icon/lectern.svg',
  );
  expect(
    await page
      .locator('.lectern-library-header img.lectern-mark')
      .evaluate((i) => (i as HTMLImageElement).naturalWidth),
  ).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/options\.html$/);
  await expect(page.locator('.lectern-options-header img.lectern-mark')).toBeVisible();
  await page.close();
});

test('the size of the library: 0 when empty, the same words in the library and the options, live in the options', async () => {
  await resetLibrary(home);
  const library = await openLibrary(extension);
  const options = await extension.context.newPage();
  await options.goto(extension.url('/options.html'));
  await expect(library.locator('.lectern-library-size')).toHaveText('0 articles · 0 B');
  await expect(options.locator('.lectern-library-size').first()).toHaveText('0 articles · 0 B');

  // A save elsewhere (the background, as the reader's Save): the options page follows by itself.
  await saveThroughBackground(home, corpusArticles(3));
  await expect(options.locator('.lectern-library-size').first()).toHaveText(/^3 articles · \d+ KB$/);
  await library.reload();
  const figure = await options.locator('.lectern-library-size').first().textContent();
  await expect(library.locator('.lectern-library-size')).toHaveText(figure!);
  // Read again: the same figure (the browser's estimate moved between runs and reloads).
  await options.reload();
  await expect(options.locator('.lectern-library-size').first()).toHaveText(figure!);
  await Promise.all([library.close(), options.close()]);
});

test('the overlay at 420 px: Save and Close on the first row, the rest under "More", which Escape closes', async () => {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 420, height: 800 });
  const overlay = await openOverlay(extension, page, `${server.origin}${SEED_PATH}`);
  const save = overlay.getByRole('button', { name: /^Save/ });
  const close = overlay.getByRole('button', { name: 'Close reader' });
  const more = overlay.getByRole('button', { name: 'More reader controls' });
  const top = async (locator: typeof save) => (await locator.boundingBox())!.y;
  expect(Math.abs((await top(save)) - (await top(close)))).toBeLessThan(2);
  expect(Math.abs((await top(more)) - (await top(close)))).toBeLessThan(2);
  // The other tools are not on the toolbar itself.
  await expect(overlay.getByRole('button', { name: 'Library' })).toHaveCount(0);
  await expect(overlay.getByRole('button', { name: 'Listen' })).toHaveCount(0);

  // Keyboard: Enter opens "More" on its first item, arrows move, Escape closes it (not the reader).
  await more.focus();
  await page.keyboard.press('Enter');
  const menu = overlay.locator('.lectern-toolbar-menu');
  await expect(menu).toBeVisible();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('button').nth(1)).toBeFocused();
  await expect(menu.getByRole('button', { name: 'Library' })).toBeVisible();
  await expect(menu.getByRole('button', { name: 'Reading settings (Aa)' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/chromium-overlay-420-menu.png` });
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(more).toBeFocused();
  await expect(overlay.locator('.lectern-body')).toBeVisible();

  // An item does what it does and the list closes: the settings open under the toolbar.
  await more.click();
  await menu.getByRole('button', { name: 'Reading settings (Aa)' }).click();
  await expect(menu).toHaveCount(0);
  await expect(overlay.locator('.lectern-settings')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overlay.locator('.lectern-settings')).toHaveCount(0);
  await expect(more).toBeFocused();
  await save.click();
  await expect(overlay.getByRole('button', { name: 'Saved ✓' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/chromium-overlay-420.png` });
  await page.close();
});

test('the saved copy at 420 px: back to the library, the article’s own actions under "More", delete with Undo', async () => {
  const url = `${server.origin}${SEED_PATH}`;
  const opener = await extension.context.newPage();
  const overlay = await openOverlay(extension, opener, url);
  await opener.keyboard.press('s');
  await expect(overlay.getByRole('button', { name: 'Saved ✓' })).toBeVisible();
  await opener.close();

  const reader = await openSavedCopy(extension, url, url);
  await reader.setViewportSize({ width: 420, height: 800 });
  await expect(reader.getByRole('link', { name: '← Library' })).toBeVisible();
  const more = reader.getByRole('button', { name: 'More reader controls' });
  await reader.screenshot({ path: `${SHOTS}/chromium-saved-420.png` });

  await more.click();
  const menu = reader.locator('.lectern-toolbar-menu');
  await expect(menu.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/options.html');
  await reader.screenshot({ path: `${SHOTS}/chromium-saved-420-menu.png` });
  expect(serious((await runAxe(reader)).violations), 'axe on the saved copy with "More" open').toEqual([]);
  await menu.getByRole('button', { name: 'Favourite' }).click();
  await more.click();
  await expect(menu.getByRole('button', { name: 'Favourite' })).toHaveAttribute('aria-pressed', 'true');
  await menu.getByRole('button', { name: 'Archived' }).click();
  await more.click();
  await expect(menu.getByRole('button', { name: 'Archived' })).toHaveAttribute('aria-pressed', 'true');

  await menu.getByRole('button', { name: 'Delete' }).click();
  const toast = reader.locator('.lectern-toast');
  await expect(toast).toContainText('Deleted “');
  await expect(reader.getByRole('alert')).toContainText('not in your library any more');
  await reader.screenshot({ path: `${SHOTS}/chromium-saved-420-deleted.png` });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(reader.locator('.lectern-body')).toBeVisible();
  await more.click();
  // Back as it was: still a favourite, still archived.
  await expect(menu.getByRole('button', { name: 'Favourite' })).toHaveAttribute('aria-pressed', 'true');
  await expect(menu.getByRole('button', { name: 'Archived' })).toHaveAttribute('aria-pressed', 'true');
  await reader.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await reader.getByRole('link', { name: '← Library' }).click();
  await expect(reader).toHaveURL(/\/library\.html$/);
  await reader.close();
});
