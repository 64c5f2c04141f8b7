/**
 * The whole read-and-save loop in real Chromium: open the seed page, open the reader the way the
 * toolbar does, check what the reader shows (article there, promo gone), save, find it in the
 * library, read the saved copy with the page server stopped, delete it.
 */
import { expect, test, type Page } from '@playwright/test';
import { clickToolbar, launchWithExtension, type LoadedExtension } from '../harness/chromium-extension';
import { collapse, SCREENSHOTS, SEED_PATH, seedExpected } from '../harness/seed';
import { startServer, type PageServer } from '../harness/server';

let extension: LoadedExtension;
let server: PageServer;

test.beforeAll(async () => {
  extension = await launchWithExtension();
});
test.afterAll(async () => {
  await extension?.context.close();
  await server?.close().catch(() => undefined);
});

async function openReader(page: Page, url: string) {
  await page.goto(url);
  await clickToolbar(extension.worker, page.url());
  return page.locator('lectern-reader');
}

test('reads the seed page clean, saves it, and reads the saved copy offline', async () => {
  server = await startServer();
  const page = await extension.context.newPage();
  await page.goto(`${server.origin}${SEED_PATH}`);
  await page.locator('a.article__author').focus();
  await page.evaluate(() => window.scrollTo(0, 400));
  const scrollBefore = await page.evaluate(() => window.scrollY);
  expect(scrollBefore).toBeGreaterThan(0);

  await clickToolbar(extension.worker, page.url());
  const overlay = page.locator('lectern-reader');
  const body = overlay.locator('.lectern-body');
  await expect(body).toContainText(seedExpected.paragraphs[0]!.slice(0, 60));
  await expect(overlay.locator('.lectern-title')).toHaveText(seedExpected.title);
  await expect(overlay.locator('.lectern-site')).toHaveText(seedExpected.siteName);
  await expect(overlay.locator('.lectern-byline')).toHaveText(seedExpected.byline);
  await expect(overlay.locator('.lectern-reading-time')).toHaveText(/\d+ min read/);

  const text = collapse(await overlay.locator('.lectern-article').textContent());
  for (const paragraph of seedExpected.paragraphs) expect(text).toContain(collapse(paragraph));
  expect(text).toContain(seedExpected.leadImageCaption);
  for (const promo of seedExpected.mustNotContain) expect(text).not.toContain(promo);
  await page.screenshot({ path: `${SCREENSHOTS}/chromium-overlay.png` });

  // The cleanup says what it removed, and a removed block can be put back.
  await overlay.getByRole('button', { name: /Removed \d+ block/ }).click();
  await expect(overlay.locator('.lectern-removed')).toContainText('Sign up to read this article');
  const signUp = overlay.locator('.lectern-removed-list li', { hasText: 'Sign up to read this article' });
  await signUp.getByRole('button', { name: 'Restore' }).click();
  await expect(overlay.locator('.lectern-body')).toContainText('Sign up to read this article');
  await signUp.getByRole('button', { name: 'Remove again' }).click();
  await expect(overlay.locator('.lectern-body')).not.toContainText('Sign up to read this article');

  await overlay.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(overlay.getByRole('button', { name: 'Saved ✓' })).toBeVisible();

  // Escape closes the panel still open, then the reader, and leaves the page as it was.
  await page.keyboard.press('Escape');
  await expect(overlay.locator('.lectern-removed')).toHaveCount(0);
  await expect(overlay.locator('.lectern-body')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('article__author');
  expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('');

  // Saving the same URL again updates the entry rather than adding a second one.
  await clickToolbar(extension.worker, page.url());
  await expect(overlay.getByRole('button', { name: 'Saved ✓' })).toBeVisible();
  await overlay.getByRole('button', { name: 'Saved ✓' }).click();
  await expect(overlay.getByRole('status')).toHaveText('Updated in your library');

  const library = await extension.context.newPage();
  await library.goto(extension.url('/library.html'));
  const items = library.locator('.lectern-library-item');
  await expect(items).toHaveCount(1);
  await expect(items.first().locator('.title')).toHaveText(seedExpected.title);
  await expect(items.first().locator('.site')).toHaveText(seedExpected.siteName);
  await expect(items.first().locator('.minutes')).toHaveText(/\d+ min read/);
  await expect(items.first().locator('.saved')).toContainText('Saved');
  await library.screenshot({ path: `${SCREENSHOTS}/chromium-library.png` });

  // Offline: the page server is gone; the saved copy still opens.
  await server.close();
  const [reader] = await Promise.all([
    extension.context.waitForEvent('page'),
    items.first().locator('.title').click(),
  ]);
  await reader.waitForLoadState();
  expect(reader.url()).toMatch(/\/reader\.html\?id=/);
  await expect(reader.locator('.lectern-title')).toHaveText(seedExpected.title);
  const savedText = collapse(await reader.locator('.lectern-article').textContent());
  for (const paragraph of seedExpected.paragraphs) expect(savedText).toContain(collapse(paragraph));
  for (const promo of seedExpected.mustNotContain) expect(savedText).not.toContain(promo);
  // A picture that cannot load offline folds away instead of leaving an empty box; its caption stays.
  await expect(reader.locator('.lectern-body figure img').first()).toBeHidden();
  const caption = seedExpected.leadImageCaption ?? '(the seed names no lead caption)';
  await expect(reader.locator('.lectern-body figcaption').first()).toContainText(caption);
  await expect(reader.locator('.lectern-body figcaption').first()).toBeVisible();
  await reader.screenshot({ path: `${SCREENSHOTS}/chromium-reader.png`, fullPage: false });
  // The saved copy keeps the removed blocks: one can still be put back, offline.
  await reader.getByRole('button', { name: /Removed \d+ block/ }).click();
  await reader
    .locator('.lectern-removed-list li', { hasText: 'Sign up to read this article' })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(reader.locator('.lectern-body')).toContainText('Sign up to read this article');
  await reader.close();

  await library.reload();
  await library.getByRole('button', { name: /^Delete/ }).click();
  await expect(library.locator('.lectern-library-item')).toHaveCount(0);
  await expect(library.getByText('Your library is empty')).toBeVisible();
  await expect(library.getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.close();
  await library.close();
});

test('a page with no article says so', async () => {
  server = await startServer();
  const page = await extension.context.newPage();
  const overlay = await openReader(page, `${server.origin}/fixtures/pages/not-an-article.html`);
  await expect(overlay.getByRole('alert')).toContainText('No article found on this page');
  await page.screenshot({ path: `${SCREENSHOTS}/chromium-no-article.png` });
  await page.close();
  await server.close();
});

test('a story Readability finds only on its retry opens whole', async () => {
  // The story's box has a name Readability takes for page furniture: its first attempt finds too
  // little and it tries again on the page as it was (rebuilt for the retry, readability.ts).
  server = await startServer();
  const page = await extension.context.newPage();
  const overlay = await openReader(page, `${server.origin}/fixtures/pages/short-brief.html`);
  const body = overlay.locator('.lectern-body');
  await expect(body).toContainText('The ferry to Inchholm will sail again on Monday');
  await expect(body).toContainText('Islanders had relied on a fishing boat');
  await expect(overlay.locator('.lectern-title')).toHaveText('Ferry service to Inchholm resumes on Monday');
  await expect(body).not.toContainText('Harbour Gazette');
  await page.close();
  await server.close();
});

test('the header shows the byline and the date apart, and the body does not repeat them', async () => {
  // The page's byline line glues the name to the date (textContent "Carrie ArnoldNovember 15,
  // 2019"); the body repeats a view count, and a gallery counter stands under the picture.
  server = await startServer();
  const page = await extension.context.newPage();
  const overlay = await openReader(page, `${server.origin}/fixtures/pages/glued-byline.html`);
  await expect(overlay.locator('.lectern-body')).toContainText('Otters were gone from the upper valley');
  await expect(overlay.locator('.lectern-byline')).toHaveText('Carrie Arnold');
  await expect(overlay.locator('.lectern-meta time')).toHaveAttribute('datetime', '2019-11-15T12:00:00Z');
  await expect(overlay.locator('.lectern-meta time')).toHaveText(/2019/);
  const body = overlay.locator('.lectern-body');
  await expect(body).toContainText('Photo: Valley Naturalist');
  for (const echo of ['1.204', 'views', 'Image 1 of 4', 'November 15'])
    await expect(body).not.toContainText(echo);
  await page.screenshot({ path: `${SCREENSHOTS}/chromium-header-apart.png` });
  await page.close();
  await server.close();
});

test("an article Lectern is unsure of says so and offers the page's whole main section", async () => {
  server = await startServer();
  const page = await extension.context.newPage();
  const overlay = await openReader(page, `${server.origin}/fixtures/pages/split-story.html`);
  const body = overlay.locator('.lectern-body');
  await expect(body).toContainText('Single fares on the harbour ferry will rise by forty pence');
  await expect(overlay.getByRole('note')).toContainText('may be incomplete');
  await expect(body).not.toContainText('What happens to the night boats');

  await overlay.getByRole('button', { name: "Show the page's whole main section" }).click();
  await expect(body).toContainText('What happens to the night boats');
  await expect(body).toContainText('Single fares on the harbour ferry');
  await expect(body).not.toContainText('Privacy');
  await expect(body.locator('script, [onclick]')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENSHOTS}/chromium-fallback.png` });

  await overlay.getByRole('button', { name: 'Show the cleaned article' }).click();
  await expect(body).not.toContainText('What happens to the night boats');
  await page.close();
  await server.close();
});

test('the toolbar button on a browser page opens the library with the reason', async () => {
  const page = await extension.context.newPage();
  await page.goto('chrome://version/');
  const [library] = await Promise.all([
    extension.context.waitForEvent('page'),
    clickToolbar(extension.worker, 'chrome://version/'),
  ]);
  await library.waitForLoadState();
  await expect(library.getByRole('alert')).toContainText("Lectern can't read this page");
  await library.close();
  await page.close();
});
