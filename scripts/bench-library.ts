/**
 * npm run bench:library — the library at 1,000, 10,000 and 100,000 articles in real Chromium,
 * against a naive library (one store of whole articles, listed by reading every record, searched
 * by scanning every record) holding the same articles, in the same run. Articles come from the
 * Readability corpus (scripts/bench/library-corpus.ts); both libraries grow from one size to the
 * next. Measured: library open to first rows painted, search latency per keystroke (a fixed list
 * of queries typed a key at a time into the real library page), save (the overlay's message to the
 * background) and delete, IndexedDB size on disk, library JS heap; and the toolbar popup (open →
 * first rows against a bare page of the same build that paints 50 rows, search, heap:
 * bench/popup-measure.ts). Prints a table with ratios to
 * the baseline; the last line is one JSON object. BENCH_SIZES=1000,10000 runs fewer sizes.
 * Then 10,000 highlights over 2,000 of the articles: the Highlights view's first rows and search
 * (scripts/bench/library-highlights.ts), printed as a line of JSON before the table.
 * Runs in about 7–10 minutes on two cores (building 100,000 articles twice takes 3–5 of them).
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  call,
  diskMB,
  heapMB,
  median,
  quantile,
  round,
  timeToMark,
  typeInLibrary,
} from './bench/library-measure';
import { measurePopup } from './bench/popup-measure';
import { benchBundle, readCorpus } from './bench/read-corpus';
import { figuresOf, printReport, type Detail, type Measured, type Result } from './bench/library-report';
import { measureHighlights } from './bench/library-highlights';

const root = resolve(import.meta.dirname, '..');
/** Sizes in growing order (each library grows from the last); BENCH_SIZES=1000 for a quick run. */
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((size) => Number.isInteger(size) && size > 0)
  .sort((a, b) => a - b);
if (!SIZES.length) throw new Error('BENCH_SIZES: a comma-separated list of article counts, e.g. 1000,10000');
const QUERIES = [
  'climate change',
  'facebook',
  'mozilla firefox',
  'health care',
  'police',
  'apple iphone',
  'music',
  'election results',
  'space',
  'données',
];
const SAMPLES = 15;
const BATCH = 5000;

const log = (message: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Every keystroke of every query, from two characters (where search starts). */
const KEYSTROKES = QUERIES.flatMap((query) =>
  [...query].map((_, index) => query.slice(0, index + 1)).filter((typed) => typed.trim().length >= 2),
);

interface Bench {
  context: BrowserContext;
  profile: string;
  libraryUrl: string;
  extensionOrigin: string;
  origin: string;
  lectern: Page;
  naive: Page;
  built: number;
}

async function launch(origin: string, lecternBundle: string, corpus: unknown): Promise<Bench> {
  // The test build: the same extension plus the popup's floor page (bench-floor.html).
  const extension = resolve(root, '.output/e2e/chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  // tsx names functions with an __name helper; functions sent to pages need it there too.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const lectern = await context.newPage();
  await lectern.goto(`chrome-extension://${id}/reader.html?id=bench`);
  await lectern.evaluate(lecternBundle);
  await call(lectern, 'lecternBench', 'load', corpus);
  const naive = await context.newPage();
  await naive.goto(`${origin}/baseline.html`);
  await call(naive, 'baselineBench', 'load', corpus);
  return {
    context,
    profile,
    libraryUrl: `chrome-extension://${id}/library.html`,
    extensionOrigin: `chrome-extension://${id}`,
    origin,
    lectern,
    naive,
    built: 0,
  };
}

/** Adds articles to both libraries up to `size`, at once (two renderers), in big transactions. */
async function grow(bench: Bench, size: number): Promise<void> {
  const started = Date.now();
  const build = async (page: Page, api: string) => {
    for (let from = bench.built; from < size; from += BATCH)
      await call(page, api, 'generate', from, Math.min(size, from + BATCH));
  };
  await Promise.all([build(bench.lectern, 'lecternBench'), build(bench.naive, 'baselineBench')]);
  bench.built = size;
  log(`${size}: both libraries built (${round((Date.now() - started) / 1000)} s)`);
  // Measured on a settled library: after writing hundreds of MB at once, the database compacts
  // its files for a while, slowing every read (no person searches during their import).
  await bench.lectern.waitForTimeout(size >= 100_000 ? 10_000 : 4_000);
}

async function measureLectern(bench: Bench, size: number): Promise<Measured> {
  const rounds = size >= 100_000 ? 5 : 7;
  const firstRows: number[] = [];
  for (let index = 0; index < rounds; index++) {
    const { ms, page } = await timeToMark(bench.context, bench.libraryUrl, 'lectern:first-rows');
    firstRows.push(ms);
    // Let it finish what it does after showing the rows, so the next open starts on a quiet
    // database, as a person's next open would.
    await page.waitForTimeout(size >= 100_000 ? 3000 : 1000);
    await page.close();
  }
  const { page: library } = await timeToMark(bench.context, bench.libraryUrl, 'lectern:first-rows');
  await library.waitForTimeout(size >= 100_000 ? 4000 : 2500); // its idle warm-up of search
  const timed = await typeInLibrary(library, KEYSTROKES);
  const search = timed.filter(Number.isFinite);
  const slowest = KEYSTROKES.map((text, index) => ({ text, ms: round(timed[index]!) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 4);
  log(`${size}: slowest keystrokes ${slowest.map(({ text, ms }) => `"${text}" ${ms} ms`).join(', ')}`);
  const libraryHeapMB = await heapMB(library);
  await library.close();
  const saves: number[] = [];
  for (let index = 0; index < SAMPLES; index++)
    saves.push(await call(bench.lectern, 'lecternBench', 'saveViaBackground', size + 1_000_000 + index));
  const deletes: number[] = [];
  for (const id of await call<string[]>(bench.lectern, 'lecternBench', 'someIds', SAMPLES))
    deletes.push(await call(bench.lectern, 'lecternBench', 'remove', id));
  return {
    firstRowsMedianMs: median(firstRows),
    searchMedianMs: median(search),
    searchP95Ms: quantile(search, 0.95),
    saveMedianMs: median(saves),
    deleteMedianMs: median(deletes),
    libraryHeapMB,
    dbMB: diskMB(bench.profile, 'chrome-extension_'),
    firstRowsP95Ms: quantile(firstRows, 0.95),
    searchMaxMs: Math.max(...search),
    searchKeystrokes: search.length,
    saveP95Ms: quantile(saves, 0.95),
  };
}

/** The naive library: fewer rounds where one takes seconds (it reads every article each time). */
async function measureNaive(bench: Bench, size: number): Promise<Measured> {
  const rounds = size >= 100_000 ? 1 : size >= 10_000 ? 3 : 5;
  const firstRows: number[] = [];
  let page: Page | null = null;
  for (let index = 0; index < rounds; index++) {
    await page?.close();
    const opened = await timeToMark(
      bench.context,
      `${bench.origin}/baseline.html?open`,
      'baseline:first-rows',
    );
    firstRows.push(opened.ms);
    page = opened.page;
  }
  const libraryHeapMB = await heapMB(page!);
  await page!.close();
  const search: number[] = [];
  const budget = Date.now() + (size >= 100_000 ? 60_000 : 40_000);
  for (const typed of KEYSTROKES) {
    if (Date.now() > budget && search.length >= 2) break;
    search.push((await call<{ ms: number }>(bench.naive, 'baselineBench', 'search', typed)).ms);
  }
  const saves: number[] = [];
  const deletes: number[] = [];
  for (let index = 0; index < SAMPLES; index++)
    saves.push(await call(bench.naive, 'baselineBench', 'save', size + 1_000_000 + index));
  for (let index = 0; index < SAMPLES; index++)
    deletes.push(
      await call(bench.naive, 'baselineBench', 'remove', Math.floor(((index + 0.5) * size) / SAMPLES)),
    );
  return {
    firstRowsMedianMs: median(firstRows),
    searchMedianMs: median(search),
    searchP95Ms: quantile(search, 0.95),
    saveMedianMs: median(saves),
    deleteMedianMs: median(deletes),
    libraryHeapMB,
    dbMB: diskMB(bench.profile, 'http_127.0.0.1_'),
    searchKeystrokes: search.length,
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  execSync('bash scripts/ensure-browsers.sh', { cwd: root, stdio: 'ignore' });
  log('building the extension');
  execSync('npx wxt build', { cwd: root, stdio: 'ignore', env: { ...process.env, LECTERN_E2E: '1' } });
  const corpus = readCorpus();
  const [lecternBundle, baselineBundle] = await Promise.all([
    benchBundle('library-entry.ts'),
    benchBundle('baseline-entry.ts'),
  ]);
  // The naive library is a page of its own origin, so its database is measured apart.
  const server = createServer((request, response) => {
    if (new URL(request.url ?? '/', 'http://127.0.0.1').pathname === '/baseline.js')
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(baselineBundle);
    else
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<!doctype html><meta charset="utf-8"><title>Naive library</title><script src="/baseline.js"></script>',
        );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const bench = await launch(origin, lecternBundle, corpus);
  const results: Record<string, Result> = {};
  const details: Record<string, [Detail, Detail]> = {};
  for (const size of SIZES) {
    await grow(bench, size);
    const ours = await measureLectern(bench, size);
    log(`${size}: measured Lectern`);
    const popup = await measurePopup(bench.context, bench.extensionOrigin, size, KEYSTROKES);
    log(`${size}: measured the popup ${JSON.stringify(popup)}`);
    const naive = await measureNaive(bench, size);
    log(`${size}: measured the naive library`);
    results[size] = { ...figuresOf(ours), ...popup, baseline: figuresOf(naive) };
    details[size] = [ours, naive];
  }
  const highlights = await measureHighlights(bench.context, bench.libraryUrl, bench.lectern, {
    articles: Math.min(2000, bench.built),
    total: 10_000,
    keystrokes: KEYSTROKES,
  });
  log(`highlights: measured the Highlights view`);
  await bench.context.close();
  rmSync(bench.profile, { recursive: true, force: true });
  server.close();
  log(`done in ${round((Date.now() - started) / 60_000)} min`);
  console.log(`Highlights view, ${highlights.highlights} highlights over ${highlights.articles} articles:`);
  console.log(JSON.stringify({ highlights }));
  printReport({ sizes: SIZES, queries: QUERIES.length, results, details });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
