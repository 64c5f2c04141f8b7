/**
 * The same read-and-save loop as reader/chromium.spec.ts, in Debian's Firefox ESR (driven with
 * puppeteer-core over WebDriver BiDi): open the seed page, open the reader the way the toolbar
 * does, check what the reader shows, save, find it in the library, read the saved copy with the
 * page server stopped, delete it.
 */
import { expect, test } from '@playwright/test';
import {
  clickToolbar,
  launchFirefoxWithExtension,
  newExtensionPage,
  openExtensionPage,
  overlayButton,
  overlayText,
  POLL,
  waitForOverlayText,
  waitUntil,
  type LoadedFirefoxExtension,
} from '../harness/firefox-extension';
import { collapse, SCREENSHOTS, SEED_PATH, seedExpected } from '../harness/seed';
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

test('reads the seed page clean, saves it, and reads the saved copy offline', async () => {
  server = await startServer();
  const { browser } = extension;
  // The extension page that plays the toolbar (it asks the background to run openReader).
  const toolbar = await newExtensionPage(browser, extension.url('/library.html'));

  const page = await browser.newPage();
  const pageUrl = `${server.origin}${SEED_PATH}`;
  await page.goto(pageUrl);
  await page.focus('a.article__author');
  await page.evaluate(() => window.scrollTo(0, 400));
  const scrollBefore = await page.evaluate(() => window.scrollY);
  expect(scrollBefore).toBeGreaterThan(0);

  expect(await clickToolbar(toolbar, pageUrl)).toEqual({ ok: true });
  await page.bringToFront();
  await waitForOverlayText(
    page,
    '.lectern-body',
    new RegExp(escapeRegExp(seedExpected.paragraphs[0]!.slice(0, 60))),
  );
  expect(await overlayText(page, '.lectern-title')).toBe(seedExpected.title);
  expect(await overlayText(page, '.lectern-site')).toBe(seedExpected.siteName);
  expect(await overlayText(page, '.lectern-byline')).toBe(seedExpected.byline);
  expect(await overlayText(page, '.lectern-reading-time')).toMatch(/\d+ min read/);

  const text = collapse(await overlayText(page, '.lectern-article'));
  for (const paragraph of seedExpected.paragraphs) expect(text).toContain(collapse(paragraph));
  expect(text).toContain(seedExpected.leadImageCaption);
  for (const promo of seedExpected.mustNotContain) expect(text).not.toContain(promo);
  await page.screenshot({ path: `${SCREENSHOTS}/firefox-overlay.png` });

  // The cleanup says what it removed, and a removed block can be put back.
  await (await overlayButton(page, /^Removed \d+ blocks?$/)).click();
  await waitForOverlayText(page, '.lectern-removed', /Sign up to read this article/);

  await (await overlayButton(page, /^Save$/)).click();
  await overlayButton(page, /^Saved ✓$/);

  // Escape closes the panel still open (the reader stays), then the reader, and leaves the page
  // as it was.
  await page.keyboard.press('Escape');
  await waitUntil(
    page,
    () => !document.querySelector('lectern-reader')?.shadowRoot?.querySelector('.lectern-removed'),
    POLL,
  );
  expect(await overlayText(page, '.lectern-title')).toBe(seedExpected.title);
  await page.keyboard.press('Escape');
  await waitUntil(page, () => !document.querySelector('lectern-reader'), POLL);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('article__author');
  expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('');

  // Saving the same URL again updates the entry rather than adding a second one.
  expect(await clickToolbar(toolbar, pageUrl)).toEqual({ ok: true });
  await page.bringToFront();
  await (await overlayButton(page, /^Saved ✓$/)).click();
  await waitForOverlayText(page, '[role="status"]', /^Updated in your library$/);

  const library = await newExtensionPage(browser, extension.url('/library.html'));
  await library.waitForSelector('.lectern-library-item, .lectern-empty', POLL);
  const items = await library.$$eval('.lectern-library-item', (elements) =>
    elements.map((item) => ({
      title: item.querySelector('.title')?.textContent,
      href: item.querySelector('a.title')?.getAttribute('href'),
      site: item.querySelector('.site')?.textContent,
      minutes: item.querySelector('.minutes')?.textContent,
      saved: item.querySelector('.saved')?.textContent,
    })),
  );
  expect(items).toHaveLength(1);
  const [item] = items;
  expect(item!.title).toBe(seedExpected.title);
  expect(item!.site).toBe(seedExpected.siteName);
  expect(item!.minutes).toMatch(/\d+ min read/);
  expect(item!.saved).toContain('Saved');
  expect(item!.href).toMatch(/^\/reader\.html\?id=/);
  await library.screenshot({ path: `${SCREENSHOTS}/firefox-library.png` });

  // Offline: the page server is gone; the saved copy still opens.
  await server.close();
  server = undefined;
  const reader = await newExtensionPage(browser, extension.url(item!.href!));
  await waitUntil(
    reader,
    (title) => document.querySelector('.lectern-title')?.textContent === title,
    POLL,
    seedExpected.title,
  );
  const savedText = collapse(await reader.$eval('.lectern-article', (element) => element.textContent));
  for (const paragraph of seedExpected.paragraphs) expect(savedText).toContain(collapse(paragraph));
  for (const promo of seedExpected.mustNotContain) expect(savedText).not.toContain(promo);
  // A picture that cannot load offline folds away instead of leaving an empty box (Firefox keeps
  // the box of a broken image's width and height).
  await waitUntil(
    reader,
    () => {
      const image = document.querySelector('.lectern-body figure img');
      return !!image && image.getBoundingClientRect().height === 0;
    },
    POLL,
  );
  await reader.screenshot({ path: `${SCREENSHOTS}/firefox-reader.png` });
  await reader.close();

  await openExtensionPage(library, extension.url('/library.html'));
  const deleteButton = await library.waitForSelector('.lectern-library-item .lectern-delete', POLL);
  await deleteButton!.click();
  await waitUntil(
    library,
    () =>
      !document.querySelector('.lectern-library-item') &&
      document.querySelector('.lectern-empty h2')?.textContent === 'Your library is empty',
    POLL,
  );
  await waitUntil(
    library,
    () =>
      Array.from(document.querySelectorAll('.lectern-toast button')).some(
        (button) => button.textContent === 'Undo',
      ),
    POLL,
  );
  await Promise.all([page.close(), library.close(), toolbar.close()]);
});

test('a page with no article says so', async () => {
  server = await startServer();
  const toolbar = await newExtensionPage(extension.browser, extension.url('/library.html'));
  const page = await extension.browser.newPage();
  const pageUrl = `${server.origin}/fixtures/pages/not-an-article.html`;
  await page.goto(pageUrl);
  expect(await clickToolbar(toolbar, pageUrl)).toEqual({ ok: true });
  await page.bringToFront();
  await waitForOverlayText(page, '[role="alert"]', /No article found on this page/);
  await page.screenshot({ path: `${SCREENSHOTS}/firefox-no-article.png` });
  await Promise.all([page.close(), toolbar.close()]);
  await server.close();
  server = undefined;
});

/**
 * One extension page plays the toolbar for the tests below: every fresh tab navigated to an
 * extension page is a chance for Firefox's remote agent to lose the navigation.
 */
let sharedToolbar: Awaited<ReturnType<typeof extension.browser.newPage>> | undefined;

/** Opens `path` from the test server in a tab and clicks the toolbar on it. */
async function readerOn(path: string) {
  server ??= await startServer();
  if (!sharedToolbar) {
    sharedToolbar = await newExtensionPage(extension.browser, extension.url('/library.html'));
  }
  const toolbar = sharedToolbar;
  const page = await extension.browser.newPage();
  const pageUrl = `${server.origin}${path}`;
  await page.goto(pageUrl);
  const opened = await clickToolbar(toolbar, pageUrl);
  await page.bringToFront();
  return { page, toolbar, opened, origin: server.origin, port: server.port };
}

test('a story Readability finds only on its retry opens whole', async () => {
  // Readability's first attempt drops the story's box; its retry runs on the rebuilt page.
  const { page, opened } = await readerOn('/fixtures/pages/short-brief.html');
  expect(opened).toEqual({ ok: true });
  await waitForOverlayText(page, '.lectern-body', /The ferry to Inchholm will sail again on Monday/);
  expect(await overlayText(page, '.lectern-body')).toContain('Islanders had relied on a fishing boat');
  expect(await overlayText(page, '.lectern-title')).toBe('Ferry service to Inchholm resumes on Monday');
  await page.close();
});

test('the header shows the byline and the date apart, and the body does not repeat them', async () => {
  const { page, opened } = await readerOn('/fixtures/pages/glued-byline.html');
  expect(opened).toEqual({ ok: true });
  await waitForOverlayText(page, '.lectern-body', /Otters were gone from the upper valley/);
  expect(await overlayText(page, '.lectern-byline')).toBe('Carrie Arnold');
  expect(await overlayText(page, '.lectern-meta time')).toMatch(/2019/);
  const body = (await overlayText(page, '.lectern-body')) ?? '';
  expect(body).toContain('Photo: Valley Naturalist');
  for (const echo of ['1.204', 'views', 'Image 1 of 4', 'November 15']) expect(body).not.toContain(echo);
  await page.screenshot({ path: `${SCREENSHOTS}/firefox-header-apart.png` });
  await page.close();
});

test('an article in a frame of the same site is read from the frame', async () => {
  const { page, opened } = await readerOn('/fixtures/pages/frame-same-origin.html');
  expect(opened).toEqual({ ok: true });
  await waitForOverlayText(page, '.lectern-body', /Henrik Olsen walks the towpath/);
  expect(await overlayText(page, 'h1')).toBe('The Lock Keepers of the Old Canal');
  await page.close();
});

test('an article in a frame of another site: the reader says so and links to it', async () => {
  const { page, port } = await readerOn('/fixtures/pages/frame-cross-origin.html');
  await waitForOverlayText(
    page,
    '[role="alert"]',
    new RegExp(`a frame from localhost:${port}, which Lectern can't read`),
  );
  const href = await page.evaluate(
    () =>
      document
        .querySelector('lectern-reader')
        ?.shadowRoot?.querySelector('[role="alert"] a')
        ?.getAttribute('href') ?? null,
  );
  expect(href).toBe(`http://localhost:${port}/fixtures/pages/framed-article.html`);
  await page.close();
});

test('a PDF tab opens the library with the reason, known by address or guessed from the refusal', async () => {
  // A .pdf address is known before anything is injected; at another address Firefox's pdf.js
  // viewer refuses extensions, and that refusal is all Lectern learns.
  for (const [path, reason] of [
    [
      '/fixtures/pages/quarterly-report.pdf',
      /^This tab shows a PDF document: Lectern reads web pages, and can't read PDFs yet\.$/,
    ],
    [
      '/document/quarterly-report',
      /did not let it in .* If this tab shows a PDF or another file in the browser's own viewer: Lectern can't read those yet\.$/,
    ],
  ] as const) {
    const { page, opened } = await readerOn(path);
    expect(opened).toMatchObject({ ok: false, error: expect.stringMatching(reason) });
    expect(await page.evaluate(() => document.querySelector('lectern-reader') === null)).toBe(true);
    await page.close();
  }
});

test('a page changing while read: the reader keeps its snapshot, and reads the new article when reopened', async () => {
  const { page, toolbar, origin } = await readerOn('/fixtures/pages/changing-article.html');
  await waitForOverlayText(page, '.lectern-body', /northern lake towns/);
  const snapshot = await overlayText(page, '.lectern-body');
  await page.evaluate(() => (window as unknown as { goToSecond: () => void }).goToSecond());
  await waitUntil(page, () => location.search === '?story=orchard-frost', POLL);
  await new Promise((done) => setTimeout(done, 300));
  expect(await overlayText(page, '.lectern-body')).toBe(snapshot);

  const url = `${origin}/fixtures/pages/changing-article.html?story=orchard-frost`;
  expect(await clickToolbar(toolbar, url)).toEqual({ ok: true });
  await waitUntil(page, () => !document.querySelector('lectern-reader'), POLL);
  expect(await clickToolbar(toolbar, url)).toEqual({ ok: true });
  await waitForOverlayText(page, '.lectern-body', /lit hundreds of small fires/);
  expect(await overlayText(page, 'h1')).toBe('Frost Threatens the Apricot Orchards');
  await page.close();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
