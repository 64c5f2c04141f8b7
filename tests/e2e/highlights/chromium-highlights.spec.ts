/**
 * Highlights in real Chromium: made in the overlay of a page not yet saved (which saves it), with
 * `h`, a note and a colour change; still there after a reload, in the overlay and the saved copy;
 * re-anchored when the article is saved again with changed text, and an orphan listed when its
 * passage is gone; deleted with undo. Screenshots: the toolbar, each theme.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { deleteLibraryDatabases } from '../harness/library-seed';
import { launchWithExtension, type LoadedExtension } from '../harness/chromium-extension';
import {
  openOverlay,
  openSavedCopy,
  READING_DEFAULTS,
  storeSettings,
  viewportScreenshot,
} from '../harness/reading-helpers';
import { SCREENSHOTS } from '../harness/seed';
import { startServer, type PageServer } from '../harness/server';
import { paintedText, pointOf, selectInReader } from './page-helpers';

const PATH = '/fixtures/pages/highlights-article.html';
const SHOTS = join(SCREENSHOTS, 'highlights');
let extension: LoadedExtension;
let server: PageServer;

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  extension = await launchWithExtension();
  server = await startServer();
  await storeSettings(extension.worker, { ...READING_DEFAULTS, theme: 'light' });
});
test.afterAll(async () => {
  await extension?.context.close();
  await server?.close();
});

const painted = (page: Page) => page.evaluate(paintedText);
const select = (page: Page, text: string) => page.evaluate(selectInReader, text);

test.describe.configure({ mode: 'serial' });

test('highlights made in the overlay save the article, survive a reload and a changed copy', async () => {
  const url = `${server.origin}${PATH}`;
  const page = await extension.context.newPage();
  const overlay = await openOverlay(extension, page, url);

  // The toolbar over a selection; the first highlight saves the page that was not saved.
  await select(page, 'nineteen miles out at sea');
  const toolbar = overlay.getByRole('toolbar', { name: 'Highlight the selection' });
  await expect(toolbar).toBeVisible();
  await viewportScreenshot(page, join(SHOTS, 'selection-toolbar.png'));
  await toolbar.getByRole('button', { name: 'Highlight yellow' }).click();
  await expect(overlay.locator('.lectern-status')).toHaveText('Saved to your library to keep your highlight');
  await expect.poll(async () => (await painted(page)).yellow).toEqual(['nineteen miles out at sea']);

  // `h` highlights the selection; clicking the highlight changes its colour and adds a note.
  await select(page, 'the great gale of 1899');
  await page.keyboard.press('h');
  await expect.poll(async () => (await painted(page)).yellow).toHaveLength(2);
  const gale = await page.evaluate(pointOf, 'great gale');
  await page.mouse.click(gale.x, gale.y);
  const editor = overlay.getByRole('dialog', { name: 'Highlight' });
  await editor.getByRole('button', { name: 'Highlight green' }).click();
  await editor.getByLabel('Note').fill('Three nights of oil up the tower.');
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect.poll(async () => (await painted(page)).green).toEqual(['the great gale of 1899']);
  await overlay.getByRole('button', { name: 'Add a note on this article' }).click();
  await overlay.getByLabel('Note on this article').fill('Visit in August.');
  await overlay.getByRole('button', { name: 'Save note' }).click();
  await expect(overlay.getByRole('button', { name: 'Edit the note on this article' })).toBeVisible();

  // Reload: the overlay draws them again from the library.
  await page.reload();
  const again = await openOverlay(extension, page);
  await expect
    .poll(() => painted(page))
    .toMatchObject({
      yellow: ['nineteen miles out at sea'],
      green: ['the great gale of 1899'],
      noted: ['the great gale of 1899'],
    });
  await expect(again.locator('.lectern-hl-article-note')).toHaveText('Visit in August.');

  // The saved copy: the same highlights; one more made there, kept over a reload.
  const saved = await openSavedCopy(extension, url, url);
  await expect.poll(async () => (await painted(saved)).green).toEqual(['the great gale of 1899']);
  await select(saved, 'flat shoes');
  await saved.getByRole('button', { name: 'Highlight blue' }).click();
  // Reloaded once the highlight is drawn and stored, as a reader would see it before leaving.
  await expect.poll(async () => (await painted(saved)).blue).toEqual(['flat shoes']);
  await expect.poll(async () => JSON.stringify(await storedHighlights(saved))).toContain('"flat shoes"');
  await saved.reload();
  await expect
    .poll(() => painted(saved))
    .toMatchObject({
      yellow: ['nineteen miles out at sea'],
      green: ['the great gale of 1899'],
      blue: ['flat shoes'],
    });
  for (const theme of ['light', 'sepia', 'dark'] as const) {
    await storeSettings(extension.worker, { theme });
    await expect(saved.locator('.lectern-root')).toHaveAttribute('data-theme', theme);
    await saved.evaluate(
      () => document.querySelector('#second')?.scrollIntoView() ?? window.scrollTo(0, 200),
    );
    await viewportScreenshot(saved, join(SHOTS, `highlighted-${theme}.png`));
  }
  await storeSettings(extension.worker, { theme: 'light' });

  // Delete, then undo.
  const shoes = await saved.evaluate(pointOf, 'flat shoes');
  await saved.mouse.click(shoes.x, shoes.y);
  await saved.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Delete' }).click();
  await expect.poll(async () => (await painted(saved)).blue).toEqual([]);
  await saved.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await painted(saved)).blue).toEqual(['flat shoes']);

  // The page changes: a paragraph before the highlights, and the storm's paragraph gone. Saved
  // again, the yellow highlight follows its words and the green one is listed as not found.
  await page.reload();
  await page.evaluate(() => {
    const added = document.createElement('p');
    added.textContent =
      'A new opening paragraph moves every later word of the article along by a good many characters.';
    document.querySelector('#first')!.before(added);
    document.querySelector('#third')!.remove();
  });
  const changed = await openOverlay(extension, page);
  await changed.locator('.lectern-toolbar .lectern-button.primary').click();
  await expect(changed.locator('.lectern-status')).toHaveText('Updated in your library');
  await saved.reload();
  await expect.poll(() => painted(saved)).toMatchObject({ yellow: ['nineteen miles out at sea'], green: [] });
  const aside = saved.getByRole('region', { name: 'Your notes' });
  await expect(aside.getByRole('heading')).toHaveText('1 highlight not found in this copy of the text');
  await expect(aside.locator('blockquote')).toHaveText('the great gale of 1899');
  await expect(aside.getByText('Three nights of oil up the tower.')).toBeVisible();
  await aside.scrollIntoViewIfNeeded();
  await viewportScreenshot(saved, join(SHOTS, 'orphan-listed.png'));
});

test('the Highlights view lists every highlight by article, filters, searches, and opens the saved copy at one', async () => {
  const page = await extension.context.newPage();
  await page.goto(extension.url('/library.html'));
  await page.getByRole('link', { name: 'Highlights' }).click();
  await expect(page.getByRole('heading', { name: 'Highlights', level: 1 })).toBeVisible();
  const group = page.getByRole('region', { name: 'The Lighthouse Keepers of the Outer Banks' });
  // Newest first: blue (made in the saved copy), then green, then yellow; the note on the article too.
  await expect(group.locator('.lectern-hlv-quote')).toHaveText([
    'flat shoes',
    'the great gale of 1899',
    'nineteen miles out at sea',
  ]);
  await expect(group.getByText('Visit in August.')).toBeVisible();
  await viewportScreenshot(page, join(SHOTS, 'highlights-view.png'));

  await page.getByRole('button', { name: 'Only green' }).click();
  await expect(page.locator('.lectern-hlv-quote')).toHaveText(['the great gale of 1899']);
  await page.getByRole('button', { name: 'Only green' }).click();
  await page.getByRole('searchbox', { name: 'Search highlights and notes' }).fill('oil tower');
  await expect(page.locator('.lectern-hlv-quote')).toHaveText(['the great gale of 1899']);
  await expect(page.getByRole('status')).toHaveText('1 highlight in 1 article');

  const opened = page.context().waitForEvent('page');
  await page.locator('.lectern-hlv-quote').click();
  const reader = await opened;
  await reader.locator('.lectern-body').waitFor();
  await expect.poll(async () => (await painted(reader)).blue).toEqual(['flat shoes']);

  // The library's row for the article says how many highlights it has.
  await page.goto(extension.url('/library.html'));
  await expect(page.locator('.lectern-library-item .highlights')).toHaveText('3 highlights');
});

/** Every highlight record in the library, read from the options page. */
const storedHighlights = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown[]>((done, fail) => {
        const open = indexedDB.open('lectern');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('highlights').objectStore('highlights').getAll();
          request.onsuccess = () => {
            open.result.close();
            done(request.result);
          };
        };
      }),
  );

test('highlights export as Readwise CSV and JSON-LD, and a backup restores them into an empty library unchanged', async () => {
  const options = await extension.context.newPage();
  await options.goto(extension.url('/options.html'));
  const before = await storedHighlights(options);
  expect(before).toHaveLength(4); // yellow, green (not found in the text any more), blue, the article's note
  const exportPanel = options.locator('.lectern-export');
  const download = async (name: string) => {
    const [file] = await Promise.all([
      options.waitForEvent('download'),
      exportPanel.getByRole('button', { name }).click(),
    ]);
    return readFileSync(await file.path(), 'utf8');
  };
  const csv = await download('Highlights for Readwise (.csv)');
  expect(csv.split('\r\n')[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date');
  expect(csv).toContain('the great gale of 1899,The Lighthouse Keepers of the Outer Banks,');
  const jsonLd = JSON.parse(await download('Highlights as Web Annotations (.jsonld)'));
  expect(jsonLd).toMatchObject({ type: 'AnnotationCollection', total: 4 });
  const backup = await download('Back up everything');
  expect(JSON.parse(backup).highlights).toHaveLength(4);

  await deleteLibraryDatabases(options);
  await options.reload();
  expect(await storedHighlights(options)).toEqual([]);
  await options
    .locator('.lectern-import input[type="file"]')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await options.getByRole('button', { name: 'Restore backup' }).click();
  await expect(options.locator('.lectern-import')).toContainText('4 highlights and notes back in place');
  const byId = (list: unknown[]) =>
    [...list].sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1));
  expect(byId(await storedHighlights(options))).toEqual(byId(before));
});
