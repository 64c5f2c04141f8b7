/**
 * Import benchmark in real Chromium with the e2e build (LECTERN_E2E=1 npx wxt build first): a
 * 10,000-row Pocket export chosen on the options page, the time until all entries are in the
 * library, the time to list them all, then the fetch queue's pages per second against pages on
 * 127.0.0.1 (one host: politeness spaces requests, 150 ms apart in the test build).
 *
 *   npx tsx scripts/bench-import-browser.ts [--rows 10000 --pages 60]
 */
import { launchWithExtension } from '../tests/e2e/harness/chromium-extension';
import { startServer } from '../tests/e2e/harness/server';
import { pocketCsv } from './bench-import';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const ROWS = arg('rows', 10_000);
const PAGES = arg('pages', 60);

const server = await startServer();
const extension = await launchWithExtension();
try {
  const options = await extension.context.newPage();
  await options.goto(extension.url('/options.html'));
  const input = options.locator('.lectern-import input[type="file"]');

  // Links to a port nothing listens on (the test build may fetch 127.0.0.1): only the write counts.
  const csv = pocketCsv(ROWS, (row) => `http://127.0.0.1:9/articles/${row}`);
  await input.setInputFiles({ name: 'part_000000.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  let started = Date.now();
  await options.getByText(`${ROWS.toLocaleString('en')} links found`).waitFor({ timeout: 120_000 });
  const parseMs = Date.now() - started;
  started = Date.now();
  await options.getByRole('button', { name: /^Import/ }).click();
  await options.getByText(`Added ${ROWS.toLocaleString('en')} links`).waitFor({ timeout: 300_000 });
  const importMs = Date.now() - started;
  await options.locator('.lectern-import-progress').getByRole('button', { name: 'Pause' }).click();

  const listMs = await options.evaluate(async () => {
    const begin = performance.now();
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('lectern');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    // What the library's list does: newest first through the savedAt index, records only.
    const rows = await new Promise<number>((done, fail) => {
      let count = 0;
      const request = db
        .transaction('articles')
        .objectStore('articles')
        .index('by-savedAt')
        .openCursor(null, 'prev');
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return done(count);
        count++;
        cursor.continue();
      };
      request.onerror = () => fail(request.error);
    });
    db.close();
    if (rows < 10) throw new Error(`only ${rows} rows`);
    return performance.now() - begin;
  });
  const library = await extension.context.newPage();
  started = Date.now();
  await library.goto(extension.url('/library.html'));
  await library
    .getByText(`part ${ROWS - 1}`, { exact: false })
    .first()
    .waitFor({ timeout: 60_000 });
  const libraryMs = Date.now() - started;

  console.log(`Chromium, Pocket CSV with ${ROWS.toLocaleString('en')} rows`);
  console.log(`  read and check the file        ${parseMs} ms`);
  console.log(
    `  all entries in the library     ${importMs} ms (one transaction, with counts and search index)`,
  );
  console.log(`  list all entries (cursor)      ${listMs.toFixed(0)} ms`);
  console.log(`  library page shows the newest  ${libraryMs} ms`);

  // The queue, on a fresh profile so the 10,000 unreachable links don't share it.
  await extension.context.close();
  const fresh = await launchWithExtension();
  try {
    const page = await fresh.context.newPage();
    await page.goto(fresh.url('/options.html'));
    const pages = pocketCsv(
      PAGES,
      (row) => `${server.origin}/fixtures/import-pages/night-trains.html?copy=${row}`,
    );
    await page
      .locator('.lectern-import input[type="file"]')
      .setInputFiles({ name: 'pages.csv', mimeType: 'text/csv', buffer: Buffer.from(pages) });
    await page.getByRole('button', { name: /^Import/ }).click();
    started = Date.now();
    await page
      .locator('.lectern-import-counts')
      .getByText(`${PAGES} of ${PAGES} pages done`)
      .waitFor({ timeout: 300_000 });
    const queueMs = Date.now() - started;
    const counts = await page.locator('.lectern-import-counts').textContent();
    console.log(`Chromium fetch queue, ${PAGES} pages on one host (fetch, offscreen extract, save)`);
    console.log(`  ${(PAGES / (queueMs / 1000)).toFixed(1)} pages/s; ${counts}`);
    console.log(`  ${(queueMs / PAGES - 150).toFixed(0)} ms per page beyond the 150 ms politeness gap`);
  } finally {
    await fresh.context.close();
  }
} finally {
  await extension.context.close().catch(() => undefined);
  await server.close();
}
