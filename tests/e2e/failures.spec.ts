/**
 * Failures keep data: a save cut off by the service worker stopping leaves no half article,
 * ten tabs saving at once all land, and the library survives the browser restarting.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  clickToolbar,
  launchWithExtension,
  libraryCounts,
  stopServiceWorker,
} from './harness/chromium-extension';
import { SEED_PATH } from './harness/seed';
import { startServer } from './harness/server';

/** A big article (about 2 MB of body) so a save takes long enough to be cut off. */
function bigArticle(index: number) {
  const paragraph = `<p>${'Water authority engineers described the pipe replacement schedule in detail. '.repeat(40)}</p>`;
  const html = paragraph.repeat(700);
  return {
    url: `https://news.example.com/big/${index}`,
    title: `Big story ${index}`,
    byline: null,
    siteName: 'Example News',
    publishedTime: null,
    lang: 'en',
    dir: null,
    excerpt: null,
    leadImage: null,
    html,
    text: html.replace(/<[^>]+>/g, ' '),
    wordCount: 300_000,
    readingMinutes: 1200,
  };
}

/** The URLs of the articles in the library that have their body (a whole saved article). */
async function wholeArticleUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('lectern');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((done, fail) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => done(request.result as T[]);
        request.onerror = () => fail(request.error);
      });
    const articles = await all<{ id: string; url: string }>('articles');
    const bodies = new Set((await all<{ id: string }>('bodies')).map((body) => body.id));
    db.close();
    return articles.filter((article) => bodies.has(article.id)).map((article) => article.url);
  });
}

test('a save cut off by the service worker stopping never leaves half an article', async () => {
  const extension = await launchWithExtension();
  const page = await extension.context.newPage();
  await page.goto(extension.url('/library.html'));
  let stopped = 0;
  const cutOff: string[] = [];
  const acknowledged: string[] = [];
  for (let round = 0; round < 12; round++) {
    // The article is handed to the page first, so the save starts the moment it is fired; the
    // worker is then stopped a little later each round, cutting saves off before, during and
    // after the write.
    const article = bigArticle(round);
    await page.evaluate((article) => {
      (globalThis as unknown as { article: unknown }).article = article;
    }, article);
    await page.evaluate(() => {
      const scope = globalThis as unknown as {
        article: unknown;
        save: Promise<unknown>;
        chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } };
      };
      scope.save = scope.chrome.runtime
        .sendMessage({ type: 'article/save', article: scope.article, removed: [], restoredIds: [] })
        .catch(() => 'cut off');
    });
    await page.waitForTimeout(round * 15);
    if (await stopServiceWorker(page)) stopped++;
    const result = await page.evaluate(() => (globalThis as unknown as { save: Promise<unknown> }).save);
    if (typeof result === 'object' && (result as { ok?: boolean } | null)?.ok === true)
      acknowledged.push(article.url);
    else cutOff.push(article.url);
    const counts = await libraryCounts(page);
    expect(
      counts.orphans,
      `round ${round}: an article without its body (or a body without its article)`,
    ).toBe(0);
    expect(counts.articles).toBe(counts.bodies);
  }
  expect(stopped).toBeGreaterThan(0);
  // The stops did cut saves off (else this test proves nothing about an interrupted save)...
  expect(cutOff.length, 'saves cut off by the worker stopping').toBeGreaterThan(0);
  // ...and every save the extension acknowledged is in the library, whole.
  const whole = await wholeArticleUrls(page);
  for (const url of acknowledged) expect(whole, `acknowledged save of ${url}`).toContain(url);
  // The worker comes back on the next message, and saving works again.
  const response = await page.evaluate(
    (article) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'article/save', article, removed: [], restoredIds: [] }),
    bigArticle(99),
  );
  expect(response).toMatchObject({ ok: true });
  expect(await wholeArticleUrls(page)).toContain(bigArticle(99).url);
  await extension.context.close();
});

test('ten tabs saving at once all land', async () => {
  const server = await startServer();
  const extension = await launchWithExtension();
  const pages = await Promise.all(Array.from({ length: 10 }, () => extension.context.newPage()));
  for (const [index, page] of pages.entries()) {
    await page.goto(`${server.origin}${SEED_PATH}?copy=${index}`);
    await clickToolbar(extension.worker, page.url());
    await expect(page.locator('lectern-reader .lectern-body')).toContainText('Sheinbaum');
  }
  await Promise.all(
    pages.map((page) =>
      page.locator('lectern-reader').getByRole('button', { name: 'Save', exact: true }).click(),
    ),
  );
  for (const page of pages)
    await expect(page.locator('lectern-reader').getByRole('button', { name: 'Saved ✓' })).toBeVisible();
  const library = await extension.context.newPage();
  await library.goto(extension.url('/library.html'));
  expect(await libraryCounts(library)).toEqual({ articles: 10, bodies: 10, orphans: 0 });
  await extension.context.close();
  await server.close();
});

test('the library survives a browser restart', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'lectern-restart-'));
  const first = await launchWithExtension(profile);
  const page = await first.context.newPage();
  await page.goto(first.url('/library.html'));
  for (const index of [1, 2, 3]) {
    const response = await page.evaluate(
      (article) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ type: 'article/save', article, removed: [], restoredIds: [] }),
      bigArticle(index),
    );
    expect(response).toMatchObject({ ok: true });
  }
  expect(await libraryCounts(page)).toEqual({ articles: 3, bodies: 3, orphans: 0 });
  await first.context.close();

  const second = await launchWithExtension(profile);
  const reopened = await second.context.newPage();
  await reopened.goto(second.url('/library.html'));
  expect(await libraryCounts(reopened)).toEqual({ articles: 3, bodies: 3, orphans: 0 });
  await expect(reopened.getByText('Big story 2').first()).toBeVisible();
  await second.context.close();
});
