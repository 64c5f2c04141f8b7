/**
 * Failures keep data: a save cut off by the service worker stopping leaves no half article,
 * ten tabs saving at once all land, and the library survives the browser restarting.
 */
import { expect, test } from '@playwright/test';
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

test('a save cut off by the service worker stopping never leaves half an article', async () => {
  const extension = await launchWithExtension();
  const page = await extension.context.newPage();
  await page.goto(extension.url('/library.html'));
  let stopped = 0;
  let cutOff = 0;
  for (let round = 0; round < 12; round++) {
    // Fire the save without waiting, then stop the worker a little later each round, so some
    // rounds cut it off before, during and after the write.
    const pending = page
      .evaluate(
        (article) =>
          (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } };
            }
          ).chrome.runtime.sendMessage({ type: 'article/save', article, removed: [], restoredIds: [] }),
        bigArticle(round),
      )
      .catch(() => 'cut off')
      .then((result) => {
        if (result === 'cut off' || (result as { ok?: boolean })?.ok !== true) cutOff++;
      });
    await page.waitForTimeout(round * 15);
    if (await stopServiceWorker(page)) stopped++;
    await pending;
    const counts = await libraryCounts(page);
    expect(
      counts.orphans,
      `round ${round}: an article without its body (or a body without its article)`,
    ).toBe(0);
    expect(counts.articles).toBe(counts.bodies);
  }
  expect(stopped).toBeGreaterThan(0);
  test.info().annotations.push({ type: 'saves cut off', description: `${cutOff} of 12` });
  // The worker comes back on the next message, and saving works again.
  const response = await page.evaluate(
    (article) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'article/save', article, removed: [], restoredIds: [] }),
    bigArticle(99),
  );
  expect(response).toMatchObject({ ok: true });
  await extension.context.close();
});

test('ten tabs saving at once all land, and the library survives a browser restart', async () => {
  const server = await startServer();
  const profile = mkdtempSync(join(tmpdir(), 'lectern-restart-'));
  const first = await launchWithExtension(profile);
  const pages = await Promise.all(Array.from({ length: 10 }, () => first.context.newPage()));
  for (const [index, page] of pages.entries()) {
    await page.goto(`${server.origin}${SEED_PATH}?copy=${index}`);
    await clickToolbar(first.worker, page.url());
    await expect(page.locator('lectern-reader .lectern-body')).toContainText('Sheinbaum');
  }
  await Promise.all(
    pages.map((page) =>
      page.locator('lectern-reader').getByRole('button', { name: 'Save', exact: true }).click(),
    ),
  );
  for (const page of pages)
    await expect(page.locator('lectern-reader').getByRole('button', { name: 'Saved ✓' })).toBeVisible();
  const library = await first.context.newPage();
  await library.goto(first.url('/library.html'));
  expect(await libraryCounts(library)).toEqual({ articles: 10, bodies: 10, orphans: 0 });
  await first.context.close();

  const second = await launchWithExtension(profile);
  const reopened = await second.context.newPage();
  await reopened.goto(second.url('/library.html'));
  expect(await libraryCounts(reopened)).toEqual({ articles: 10, bodies: 10, orphans: 0 });
  await expect(reopened.getByText('Mexican President Sheinbaum Again Rejects').first()).toBeVisible();
  await second.context.close();
  await server.close();
});
