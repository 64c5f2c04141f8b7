/**
 * The library page in real Chromium: search as you type (prefixes, folded
 * accents, body words, highlights), filters with counts, sorts, tags, bulk actions, delete with
 * undo, the keyboard, and screenshots with ~50 articles. A list of thousands and the reading
 * position: long-lists-and-reads.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type LoadedExtension } from '../harness/chromium-extension';
import { count, openLibrary, rows, special, view } from '../harness/library-page';
import { corpusArticles, resetLibrary, saveThroughBackground } from '../harness/library-seed';
import { runAxe } from '../harness/reading-helpers';
import { SCREENSHOTS } from '../harness/seed';

let extension: LoadedExtension;
let home: Page;

const CAFE = special('Un café à Montréal', 'La crème brûlée était parfaite, et le service aussi.', {
  byline: 'Zoë Brûlé',
  siteName: 'Le Journal',
});
const QUOKKA = special(
  'Island wildlife report',
  'Rangers counted more quokkas than ever on the island this spring.',
);

test.beforeAll(async () => {
  extension = await launchWithExtension();
  home = await extension.context.newPage();
  await home.goto(extension.url('/options.html'));
});
test.afterAll(async () => {
  await extension?.context.close();
});

async function seed(count = 48): Promise<void> {
  await resetLibrary(home);
  await saveThroughBackground(home, [...corpusArticles(count), CAFE, QUOKKA]);
}

test('search as you type: prefixes, folded accents, words in the body, highlighted matches', async () => {
  await seed();
  const page = await openLibrary(extension);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  await expect(search).toBeFocused();

  await page.keyboard.type('cafe', { delay: 40 });
  await expect(page.locator('.lectern-list-status')).toHaveText('1 result for “cafe”');
  await expect(rows(page).first().locator('.title mark')).toHaveText('café');

  await search.fill('');
  await page.keyboard.type('BRULEE', { delay: 40 });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().locator('.title')).toHaveText(CAFE.title);

  // A word only in the body: the row says why it matched, with the word marked.
  await search.fill('quokk');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().locator('.snippet mark')).toHaveText('quokkas');

  // Every word must match; one that matches nothing empties the list.
  await search.fill('island zzqxv');
  await expect(page.getByText('Nothing here')).toBeVisible();
  await search.fill('');
  await expect(page.locator('.lectern-list-status')).toHaveText('50 articles');
  await page.close();
});

test('filters with counts, sites, sorts, and the reading state marks', async () => {
  await seed();
  const page = await openLibrary(extension);
  await expect(count(page, 'All')).toHaveText('50');
  await expect(count(page, 'Unread')).toHaveText('50');

  const first = rows(page).nth(0);
  const firstTitle = await first.locator('.title').textContent();
  await first.getByRole('button', { name: 'Read' }).click();
  await expect(count(page, 'Read')).toHaveText('1');
  await expect(count(page, 'Unread')).toHaveText('49');
  await rows(page).nth(1).getByRole('button', { name: 'Favourite' }).click();
  await rows(page).nth(2).getByRole('button', { name: 'Favourite' }).click();
  await rows(page).nth(3).getByRole('button', { name: 'Archived' }).click();
  await expect(count(page, 'Favourites')).toHaveText('2');
  await expect(count(page, 'Archived')).toHaveText('1');

  await view(page, 'Favourites').click();
  await expect(rows(page)).toHaveCount(2);
  await view(page, 'Read').click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().locator('.title')).toHaveText(firstTitle!);
  await expect(rows(page).first().locator('.state')).toHaveText('Read');

  await view(page, 'All').click();
  await page.getByRole('combobox', { name: 'Site' }).selectOption({ label: 'Le Journal (1)' });
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Site' }).selectOption('');

  // Rows on screen are in order (polled: the list re-renders after the choice).
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/^[^\p{L}\p{N}]+/u, '');
  const inOrder = async (field: string, key: (text: string) => string | number, dir = 1) => {
    const values = (await rows(page).locator(field).allTextContents()).map(key);
    return (
      values.length > 5 &&
      values.every(
        (value, index) =>
          index === 0 || values[index - 1]! <= value === dir > 0 || values[index - 1] === value,
      )
    );
  };
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('title');
  await expect.poll(() => inOrder('.title', fold)).toBe(true);
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('minutes');
  await expect.poll(() => inOrder('.minutes', (text) => parseInt(text, 10))).toBe(true);
  await page.getByRole('button', { name: /^Order:/ }).click();
  await expect.poll(() => inOrder('.minutes', (text) => parseInt(text, 10), -1)).toBe(true);
  await page.close();
});

test('tags: add with suggestions, filter, rename, find by tag, delete', async () => {
  await seed();
  const page = await openLibrary(extension);
  await rows(page).nth(0).getByRole('button', { name: 'Tags' }).click();
  await page.getByRole('combobox', { name: 'Add a tag' }).fill('Long  Reads');
  await page.keyboard.press('Enter');
  await expect(page.locator('.lectern-tag-editor .tag')).toHaveText(['long reads×']);
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(rows(page).nth(0).locator('.tags')).toHaveText('long reads');

  await rows(page).nth(1).getByRole('button', { name: 'Tags' }).click();
  await page.getByRole('combobox', { name: 'Add a tag' }).fill('lo');
  await expect(page.locator('#lectern-tag-suggestions option[value="long reads"]')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Add a tag' }).fill('long reads');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');

  await page.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'long reads (2)' });
  await expect(rows(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Rename tag' }).click();
  await page.getByRole('textbox', { name: /Rename/ }).fill('Essays');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Tag' })).toHaveValue('essays');
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).locator('.tags').first()).toHaveText('essays');

  await page.getByRole('searchbox').fill('essays');
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).first().locator('.tags mark')).toHaveText('essays');
  await page.getByRole('searchbox').fill('');

  await page.getByRole('button', { name: 'Delete tag' }).click();
  await expect(page.getByRole('combobox', { name: 'Tag' })).toHaveValue('');
  await expect(page.locator('.lectern-library-item .tag')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Tag' }).locator('option')).toHaveCount(1);
  await page.close();
});

test('keyboard, bulk actions, and delete with undo', async () => {
  await seed();
  const page = await openLibrary(extension);
  await rows(page)
    .nth(0)
    .click({ position: { x: 200, y: 60 } });
  await expect(rows(page).nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).nth(1)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.locator('.lectern-row-select:checked')).toHaveCount(3);
  await expect(page.locator('.lectern-bulk-bar .count')).toHaveText('3 selected');

  await page.getByRole('button', { name: 'Mark read' }).click();
  await expect(count(page, 'Read')).toHaveText('3');
  await page.getByRole('button', { name: 'Favourite', exact: true }).first().click();
  await expect(count(page, 'Favourites')).toHaveText('3');

  await page.locator('.lectern-bulk-bar').getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.lectern-toast')).toContainText('Deleted 3 articles');
  await expect(count(page, 'All')).toHaveText('47');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(count(page, 'All')).toHaveText('50');
  await expect(count(page, 'Favourites')).toHaveText('3');

  // Delete on the focused row, Undo; Enter opens the saved copy.
  await rows(page)
    .nth(0)
    .click({ position: { x: 200, y: 60 } });
  const title = await rows(page).nth(0).locator('.title').textContent();
  await page.keyboard.press('Delete');
  await expect(page.locator('.lectern-toast')).toContainText(`Deleted “${title}”`);
  await expect(rows(page).nth(0).locator('.title')).not.toHaveText(title!);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows(page).nth(0).locator('.title')).toHaveText(title!);
  await rows(page)
    .nth(0)
    .click({ position: { x: 200, y: 60 } });
  const [reader] = await Promise.all([extension.context.waitForEvent('page'), page.keyboard.press('Enter')]);
  await expect(reader.locator('.lectern-title')).toHaveText(title!);
  await reader.close();

  // Escape on the list goes back to search; / from anywhere too.
  await rows(page)
    .nth(0)
    .click({ position: { x: 200, y: 60 } });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.close();
});

/** Axe findings a person would hit: serious or critical. */
async function seriousAxe(page: Page) {
  const { violations } = await runAxe(page);
  return violations.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');
}

test('screenshots and axe: the library page with 50 articles, listed and searched', async () => {
  await seed();
  const page = await openLibrary(extension);
  const ids = await rows(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
  expect(ids.length).toBeGreaterThan(4);
  await rows(page).nth(1).getByRole('button', { name: 'Favourite' }).click();
  await rows(page).nth(2).getByRole('button', { name: 'Read' }).click();
  await rows(page).nth(0).hover();
  await rows(page).nth(0).getByRole('button', { name: 'Tags' }).click();
  await page.getByRole('combobox', { name: 'Add a tag' }).fill('weekend');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SCREENSHOTS}/library-page-marked.png` });
  expect(await seriousAxe(page)).toEqual([]);
  await page.getByRole('searchbox').fill('face');
  await expect(page.locator('.lectern-list-status')).toHaveText(/results? for “face”/);
  // Rows that match in the body say where, a moment after the results.
  await expect(rows(page).nth(2).locator('.snippet mark').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/library-page-search.png` });
  await page.close();

  const tab = await openLibrary(extension);
  await tab.setViewportSize({ width: 1280, height: 800 });
  await tab.screenshot({ path: `${SCREENSHOTS}/library-full-page.png` });
  await tab.getByRole('searchbox').fill('cafe');
  await expect(rows(tab)).toHaveCount(1);
  await tab.getByRole('searchbox').fill('the');
  await expect(tab.locator('.lectern-list-status')).toHaveText(/results for “the”/);
  await rows(tab).nth(0).locator('.lectern-row-select').check();
  await rows(tab).nth(2).locator('.lectern-row-select').check();
  await tab.screenshot({ path: `${SCREENSHOTS}/library-full-page-search.png` });
  expect(await seriousAxe(tab)).toEqual([]);
  await tab.close();
});
