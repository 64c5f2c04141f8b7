/**
 * Pages that are not a plain article get a clear answer in real Chromium: a PDF tab (by its
 * address or only by its type), an article inside a frame of the same site or of another one,
 * and a page that keeps changing, or moves to another article, while the reader is open.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  clickToolbar,
  launchWithExtension,
  libraryCounts,
  type LoadedExtension,
} from './harness/chromium-extension';
import { SCREENSHOTS } from './harness/seed';
import { startServer, type PageServer } from './harness/server';

let extension: LoadedExtension;
let server: PageServer;

test.beforeAll(async () => {
  [extension, server] = await Promise.all([launchWithExtension(), startServer()]);
});
test.afterAll(async () => {
  await extension?.context.close();
  await server?.close();
});

const PDF_NOTICE =
  "Lectern can't read this page. This tab shows a PDF document: Lectern reads web pages, and can't read PDFs yet.";
const FRAMED_TITLE = 'The Lock Keepers of the Old Canal';

async function openReader(page: Page) {
  await clickToolbar(extension.worker, page.url());
  return page.locator('lectern-reader');
}

/** Clicks the toolbar on a tab Lectern can't read: the library opens in a new tab. */
async function libraryOpenedFrom(page: Page) {
  const [library] = await Promise.all([
    extension.context.waitForEvent('page'),
    clickToolbar(extension.worker, page.url()),
  ]);
  await library.waitForLoadState();
  return library;
}

for (const [name, path] of [
  ['an address ending in .pdf', '/fixtures/pages/quarterly-report.pdf'],
  ['an address that only its type says is a PDF', '/document/quarterly-report'],
] as const) {
  test(`a PDF tab (${name}) opens the library saying PDFs can't be read yet`, async () => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}${path}`);
    const library = await libraryOpenedFrom(page);
    await expect(library.getByRole('alert')).toHaveText(PDF_NOTICE);
    // Nothing was put over the PDF viewer: no empty reader.
    await expect(page.locator('lectern-reader')).toHaveCount(0);
    if (path.startsWith('/document/'))
      await library.screenshot({ path: `${SCREENSHOTS}/chromium-pdf-notice.png` });
    await library.close();
    await page.close();
  });
}

test('an article in a frame of the same site is read from the frame and saved with its address', async () => {
  const page = await extension.context.newPage();
  await page.goto(`${server.origin}/fixtures/pages/frame-same-origin.html`);
  const overlay = await openReader(page);
  await expect(overlay.locator('.lectern-body')).toContainText('Henrik Olsen walks the towpath');
  await expect(overlay.getByRole('heading', { name: FRAMED_TITLE })).toBeVisible();
  await expect(overlay.getByText('Canal Weekly')).toHaveCount(0);
  await overlay.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(overlay.getByRole('button', { name: 'Saved ✓' })).toBeVisible();

  const library = await extension.context.newPage();
  await library.goto(extension.url('/library.html'));
  const saved = await library.evaluate(
    (title) =>
      new Promise<string | undefined>((done) => {
        const open = indexedDB.open('lectern');
        open.onsuccess = () => {
          const all = open.result.transaction('articles').objectStore('articles').getAll();
          all.onsuccess = () => {
            done((all.result as { title: string; url: string }[]).find((a) => a.title === title)?.url);
            open.result.close();
          };
        };
      }),
    FRAMED_TITLE,
  );
  expect(saved).toBe(`${server.origin}/fixtures/pages/framed-article.html`);
  await library.close();
  await page.close();
});

test('an article in a frame of another site: the reader says so and opens it in a tab to read', async () => {
  const page = await extension.context.newPage();
  await page.goto(`${server.origin}/fixtures/pages/frame-cross-origin.html`);
  const framedUrl = `http://localhost:${server.port}/fixtures/pages/framed-article.html`;
  await expect(page.frameLocator('iframe').getByRole('heading', { name: FRAMED_TITLE })).toBeVisible();
  const overlay = await openReader(page);
  const alert = overlay.getByRole('alert');
  await expect(alert).toContainText(
    `No article found on this page. Its main part is a frame from localhost:${server.port}, which Lectern can't read from here`,
  );
  const link = overlay.getByRole('link', { name: 'Open the framed page in a new tab' });
  await expect(link).toHaveAttribute('href', framedUrl);
  await page.screenshot({ path: `${SCREENSHOTS}/chromium-foreign-frame.png` });

  const [framed] = await Promise.all([extension.context.waitForEvent('page'), link.click()]);
  await framed.waitForLoadState();
  // The article in a tab of its own, where a toolbar click can read it (the test build's host
  // permission, which stands in for activeTab, covers 127.0.0.1 only, so the test stops here).
  expect(framed.url()).toBe(framedUrl);
  await expect(framed.getByRole('heading', { name: FRAMED_TITLE })).toBeVisible();
  await framed.close();
  await page.close();
});

test('a page changing while read: the reader keeps its snapshot, and reads the new article when reopened', async () => {
  const page = await extension.context.newPage();
  const before = (await libraryCountsIn()).articles;
  await page.goto(`${server.origin}/fixtures/pages/changing-article.html`);
  // Let the page's live updates start before the reader opens.
  await expect(page.getByText('Live update 2:')).toBeAttached();
  const overlay = await openReader(page);
  const body = overlay.locator('.lectern-body');
  await expect(body).toContainText('overnight ferry between the two northern lake towns');
  const snapshot = await body.innerText();

  // The page keeps adding updates, then moves to another article at another address.
  await expect(page.getByText('Live update 8:')).toBeAttached();
  expect(await body.innerText()).toBe(snapshot);
  await page.evaluate(() => (window as unknown as { goToSecond: () => void }).goToSecond());
  await expect(page).toHaveURL(/\?story=orchard-frost$/);
  await page.waitForTimeout(300);
  expect(await body.innerText()).toBe(snapshot);
  await expect(overlay.getByText('Apricot', { exact: false })).toHaveCount(0);

  // Save stores the snapshot that is shown, under the address it was read at.
  await overlay.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(overlay.getByRole('button', { name: 'Saved ✓' })).toBeVisible();

  // The toolbar closes the reader; the next click reads the page as it is now.
  await openReader(page);
  await expect(page.locator('lectern-reader')).toHaveCount(0);
  const again = await openReader(page);
  await expect(again.locator('.lectern-body')).toContainText('lit hundreds of small fires');
  await expect(again.getByRole('heading', { name: 'Frost Threatens the Apricot Orchards' })).toBeVisible();
  await expect(again.locator('.lectern-body')).not.toContainText('northern lake towns');
  // Not the saved ferry story: this one is new.
  await expect(again.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  await again.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(again.getByRole('button', { name: 'Saved ✓' })).toBeVisible();
  expect((await libraryCountsIn()).articles).toBe(before + 2);
  await page.close();
});

test('a page script that removes the reader leaves the page usable, and the next click opens it again', async () => {
  const page = await extension.context.newPage();
  await page.goto(`${server.origin}/fixtures/pages/changing-article.html`);
  const overlay = await openReader(page);
  await expect(overlay.locator('.lectern-body')).toContainText('northern lake towns');
  expect(await page.evaluate(() => document.body.inert)).toBe(true);
  // The page sees the reader's host element (not inside it: its shadow root is closed in
  // production) and takes it away, as a script rewriting the document would.
  await page.evaluate(() => document.querySelector('lectern-reader')?.remove());
  await expect.poll(() => page.evaluate(() => document.body.inert)).toBe(false);
  expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('');
  // One click, and the reader is back (the click does not spend itself closing a reader no one sees).
  const again = await openReader(page);
  await expect(again.locator('.lectern-body')).toContainText('northern lake towns');
  await page.close();
});

async function libraryCountsIn() {
  const library = await extension.context.newPage();
  await library.goto(extension.url('/library.html'));
  const counts = await libraryCounts(library);
  await library.close();
  return counts;
}
