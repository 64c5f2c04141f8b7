/**
 * Import benchmark (Node, fake-indexeddb): a 10,000-row Pocket export parsed and written to the
 * library as link entries, the time to list every entry, then the fetch queue against pages served
 * on 127.0.0.1 with the real fetch, extract() and library writes: pages per second, politely
 * (the extension's settings: 4 at a time, 1 s between requests to a host) and flat out.
 *
 *   npm run bench:import [-- --rows 10000 --pages 300]
 *
 * fake-indexeddb is slower than a browser's IndexedDB; the Chromium numbers come from
 * scripts/bench-import-browser.ts.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { parseImport } from '../utils/import';
import { fetchPage } from '../utils/fetch-queue/fetch-page';
import { importIntoLibrary } from '../utils/import/into-library';
import { parseFetchedPage, type PageDom } from '../utils/fetch-queue/parse-page';
import { DEFAULT_QUEUE_OPTIONS, ImportQueue, type QueueOptions } from '../utils/fetch-queue/runner';
import { countJobs, openQueueDb } from '../utils/fetch-queue/store';
import { listNewest } from '../utils/library/articles';
import { openLibraryDb } from '../utils/library/db/open';
import { completeLinkEntry, isWaitingLink } from '../utils/library/link-entries';
import { LibrarySearch } from '../utils/library/search/query';
import { nodeSanitizer, parseDocument } from './node-dom';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const ROWS = arg('rows', 10_000);
const PAGES = arg('pages', 300);
const HOSTS = 50;

const WORDS = 'river night train bread climate city music garden science history market ocean'.split(' ');
const word = (n: number) => WORDS[n % WORDS.length]!;

/** A Pocket export as Pocket wrote it: title,url,time_added,tags,status. */
export function pocketCsv(rows: number, urlOf: (row: number) => string): string {
  const lines = ['title,url,time_added,tags,status'];
  for (let row = 0; row < rows; row++) {
    const title = `"The ${word(row)} and the ${word(row * 7 + 3)}, part ${row}"`;
    const tags = [word(row * 3), row % 5 === 0 ? 'long read' : ''].filter(Boolean).join('|');
    lines.push(
      `${title},${urlOf(row)},${1_600_000_000 + row * 60},${tags},${row % 3 === 0 ? 'archive' : 'unread'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function time<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

async function libraryBench(): Promise<void> {
  const csv = new TextEncoder().encode(
    pocketCsv(ROWS, (row) => `https://site-${row % 400}.example.com/articles/${row}?utm_source=pocket`),
  );
  const [parsed, parseMs] = await time(() => parseImport(csv, 'part_000000.csv'));
  const library = await openLibraryDb('bench-library');
  const queue = await openQueueDb('bench-queue');
  const [summary, importMs] = await time(() => importIntoLibrary(library, queue, parsed));
  const [listed, listMs] = await time(() => listNewest(library));
  const [, firstScreenMs] = await time(() => listNewest(library, 50));
  const search = new LibrarySearch(library);
  const [found, searchMs] = await time(() => search.search('river'));
  console.log(`Pocket CSV, ${ROWS.toLocaleString('en')} rows (${(csv.length / 1e6).toFixed(1)} MB)`);
  console.log(`  parse                         ${ms(parseMs)}`);
  console.log(
    `  write ${summary.added.toLocaleString('en')} link entries + jobs  ${ms(importMs)} (one library transaction)`,
  );
  console.log(`  list all ${listed.length.toLocaleString('en')} entries          ${ms(listMs)}`);
  console.log(`  list the first 50             ${ms(firstScreenMs)}`);
  console.log(`  search "river"                ${ms(searchMs)} (${found.ids.length} hits)`);
  console.log(
    `  queue                         ${(await countJobs(queue)).pending.toLocaleString('en')} pending`,
  );
}

async function queueBench(label: string, options: QueueOptions, dbSuffix: string): Promise<void> {
  const page = readFileSync(
    resolve(import.meta.dirname, '../tests/fixtures/import-pages/river-restoration.html'),
  );
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // Many host names (for politeness), all answered by the one local server.
  const fetchImpl: typeof fetch = (input, init) =>
    fetch(String(input).replace(/^https:\/\/host-\d+\.test/, `http://127.0.0.1:${port}`), init);

  const library = await openLibraryDb(`bench-queue-library-${dbSuffix}`);
  const queueDb = await openQueueDb(`bench-queue-jobs-${dbSuffix}`);
  const csv = pocketCsv(PAGES, (row) => `https://host-${row % HOSTS}.test/story/${row}`);
  await importIntoLibrary(library, queueDb, parseImport(new TextEncoder().encode(csv), 'export.csv'));
  const dom: PageDom = { parse: parseDocument, sanitizer: nodeSanitizer() };
  const queue = new ImportQueue(
    {
      db: queueDb,
      fetchPage: (url, signal) => fetchPage(url, { signal, fetchImpl }),
      parse: async (_job, fetched) =>
        fetched ? parseFetchedPage(dom, fetched.html, fetched.finalUrl) : { ok: false, error: 'no page' },
      stillWanted: (job) => isWaitingLink(library, job.id),
      save: async (job, article, removed) =>
        void (await completeLinkEntry(library, job.id, { article, removed, restoredIds: [] })),
      mayFetch: async () => true,
    },
    options,
  );
  const [, runMs] = await time(() => queue.start());
  const counts = await countJobs(queueDb);
  server.close();
  console.log(
    `  ${label.padEnd(44)} ${(counts.done / (runMs / 1000)).toFixed(1)} pages/s (${counts.done} saved, ${counts.failed} failed, ${(runMs / 1000).toFixed(1)} s)`,
  );
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  await libraryBench();
  console.log(`Fetch queue, ${PAGES} article pages over ${HOSTS} host names, served on 127.0.0.1`);
  await queueBench('polite (4 at once, 1 s per host)', DEFAULT_QUEUE_OPTIONS, 'polite');
  await queueBench(
    'flat out (8 at once, no spacing)',
    { ...DEFAULT_QUEUE_OPTIONS, concurrency: 8, hostGapMs: 0 },
    'fast',
  );
}
