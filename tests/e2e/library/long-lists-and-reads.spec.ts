/**
 * The library and the reader page at length, in real Chromium: a virtual list of thousands of
 * articles, and the reader page remembering where you were in a long read.
 */
import { expect, test, type Page } from '@playwright/test';
import { launchWithExtension, type LoadedExtension } from '../harness/chromium-extension';
import { count, openLibrary, rows, special } from '../harness/library-page';
import { bulkLibrary, corpusArticles, resetLibrary, saveThroughBackground } from '../harness/library-seed';

let extension: LoadedExtension;
let home: Page;

test.beforeAll(async () => {
  extension = await launchWithExtension();
  home = await extension.context.newPage();
  await home.goto(extension.url('/options.html'));
});
test.afterAll(async () => {
  await extension?.context.close();
});

test('a long list is virtual: 3,000 articles, a few rows in the page, every row reachable', async () => {
  await resetLibrary(home);
  await bulkLibrary(home, 3000);
  const page = await openLibrary(extension);
  await expect(page.locator('.lectern-list-status')).toHaveText('3,000 articles');
  expect(await page.locator('.lectern-library-item').count()).toBeLessThan(40);
  await rows(page)
    .nth(0)
    .click({ position: { x: 300, y: 40 } });
  await page.keyboard.press('End');
  await expect(page.locator('.lectern-library-item[data-index="2999"]')).toBeFocused();
  await expect(page.locator('.lectern-library-item[data-index="2999"] .title')).not.toBeEmpty();
  expect(await page.locator('.lectern-library-item').count()).toBeLessThan(40);

  await page.getByRole('searchbox').fill('facebook');
  await expect(page.locator('.lectern-list-status')).toHaveText(/^\d+ results for “facebook”$/);
  expect(await rows(page).first().locator('mark').count()).toBeGreaterThan(0);
  await page.close();
});

test('the reader page remembers where you were, shows it, and marks the article read at the end', async () => {
  await resetLibrary(home);
  const paragraphs = corpusArticles(6).flatMap((article) =>
    (article.text.match(/[^.]+\./g) ?? []).slice(0, 40),
  );
  const long = special('A very long read', paragraphs.join(' '), {
    html: paragraphs.map((sentence) => `<p>${sentence}</p>`).join('\n'),
    readingMinutes: 30,
  });
  await saveThroughBackground(home, [long]);
  const library = await openLibrary(extension);
  const href = await rows(library).first().locator('.title').getAttribute('href');

  const reader = await extension.context.newPage();
  await reader.goto(extension.url(href!));
  await reader.locator('.lectern-article').waitFor();
  const fraction = () =>
    reader.evaluate(() => window.scrollY / (document.documentElement.scrollHeight - window.innerHeight));
  expect(
    await reader.evaluate(() => document.documentElement.scrollHeight / window.innerHeight),
  ).toBeGreaterThan(5);
  await reader.evaluate(() =>
    window.scrollTo(0, 0.5 * (document.documentElement.scrollHeight - window.innerHeight)),
  );
  const left = await fraction();
  await reader.waitForTimeout(700);
  await reader.reload();
  await reader.locator('.lectern-article').waitFor();
  await expect.poll(fraction).toBeGreaterThan(left - 0.03);
  expect(await fraction()).toBeLessThan(left + 0.03);
  const bar = reader.locator('.lectern-progress');
  const scale = async () =>
    Number((await bar.evaluate((node) => getComputedStyle(node).transform)).split(/[(,]/)[1]);
  await expect.poll(scale).toBeGreaterThan(left - 0.05);
  await expect(rows(library).first().locator('.state')).toHaveText(`${Math.round(left * 100)}% read`);

  await reader.keyboard.press('End');
  await expect.poll(fraction).toBeGreaterThan(0.99);
  await library.bringToFront();
  await expect(rows(library).first().locator('.state')).toHaveText('Read');
  await expect(count(library, 'Read')).toHaveText('1');
  await reader.close();
  await library.close();
});
