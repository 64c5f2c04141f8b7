/**
 * npm run bench:library — the library at 1,000, 10,000 and 100,000 articles in real Chromium,
 * against a naive library (one store of whole articles, listed by reading every record, searched
 * by scanning every record) built from the same articles in the same run. Articles come from the
 * Readability corpus (scripts/bench/library-corpus.ts). Measured: popup open to first rows
 * painted, search latency per keystroke (typing a fixed list of queries into the real popup),
 * save (the overlay's message to the background) and delete latency, IndexedDB size on disk,
 * popup JS heap. Prints a table with ratios to the baseline; the last line is one JSON object.
 * BENCH_SIZES=1000,10000 runs fewer sizes.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchBundle, readCorpus } from './bench/read-corpus';

const root = resolve(import.meta.dirname, '..');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
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

interface Figures {
  firstRowsMedianMs: number;
  searchMedianMs: number;
  searchP95Ms: number;
  saveMedianMs: number;
  deleteMedianMs: number;
  popupHeapMB: number;
  dbMB: number;
  firstRowsP95Ms?: number;
  searchMaxMs?: number;
  searchKeystrokes?: number;
  saveP95Ms?: number;
}
type Result = Figures & { baseline: Figures };

const rounded = (figures: Figures): Figures =>
  Object.fromEntries(
    Object.entries(figures).map(([key, value]) => [
      key,
      round(value as number, key === 'searchKeystrokes' ? 0 : 2),
    ]),
  ) as unknown as Figures;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN;
};
const median = (values: number[]) => quantile(values, 0.5);
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const log = (message: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
type Api = Record<string, (...args: never[]) => Promise<unknown> | unknown>;
const call = <T>(page: Page, api: string, name: string, ...args: unknown[]) =>
  page.evaluate(
    ([api, name, args]) =>
      ((globalThis as unknown as Record<string, Api>)[api]![name] as (...a: unknown[]) => unknown)(...args),
    [api, name, args] as const,
  ) as Promise<T>;

/** Keystrokes of every query (from two characters, where search starts). */
const keystrokes = (limit = Infinity) =>
  QUERIES.flatMap((query) =>
    [...query].map((_, index) => query.slice(0, index + 1)).filter((typed) => typed.trim().length >= 2),
  ).slice(0, limit);

async function heapMB(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize / 1024 / 1024;
}

/** Opens `url` in a new page and waits for the performance mark `name`; its time since navigation. */
async function timeToMark(
  context: BrowserContext,
  url: string,
  name: string,
): Promise<{ ms: number; page: Page }> {
  const page = await context.newPage();
  await page.goto(url);
  const ms = await page.evaluate(
    (name) =>
      new Promise<number>((done) => {
        const found = () => performance.getEntriesByName(name)[0]?.startTime;
        const check = () => (found() !== undefined ? done(found()!) : setTimeout(check, 5));
        check();
      }),
    name,
  );
  return { ms, page };
}

/** Types each keystroke into the popup's search field; time until its results are on screen. */
async function typeInPopup(page: Page, typed: string[]): Promise<number[]> {
  return page.evaluate(async (typed) => {
    const input = document.querySelector<HTMLInputElement>('.lectern-search')!;
    const times: number[] = [];
    for (const text of typed) {
      const shown = new Promise<number>((done) => {
        const observer = new PerformanceObserver((list) => {
          const entry = list.getEntries().find((mark) => (mark as PerformanceMark).detail === text);
          if (!entry) return;
          observer.disconnect();
          done(entry.startTime);
        });
        observer.observe({ type: 'mark' });
        setTimeout(() => (observer.disconnect(), done(NaN)), 10_000);
      });
      const started = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      times.push((await shown) - started);
    }
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return times;
  }, typed);
}

function diskMB(profile: string, prefix: string): number {
  const dir = join(profile, 'Default', 'IndexedDB');
  const parts = readdirSync(dir).filter((name) => name.startsWith(prefix));
  const kb = parts.reduce(
    (sum, name) =>
      sum +
      Number(
        execSync(`du -sk "${join(dir, name)}"`)
          .toString()
          .split('\t')[0],
      ),
    0,
  );
  return kb / 1024;
}

async function runSize(
  size: number,
  corpus: ReturnType<typeof readCorpus>,
  bundles: { lectern: string },
  origin: string,
): Promise<Result> {
  const extension = resolve(root, '.output/chrome-mv3');
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
  const popupUrl = `chrome-extension://${id}/popup.html`;

  // Both libraries are built at once (two renderers, two cores), each in big transactions.
  const lectern = await context.newPage();
  await lectern.goto(`chrome-extension://${id}/reader.html?id=bench`);
  await lectern.evaluate(bundles.lectern);
  await call(lectern, 'lecternBench', 'load', corpus);
  const naive = await context.newPage();
  await naive.goto(`${origin}/baseline.html`);
  await call(naive, 'baselineBench', 'load', corpus);
  const build = async (page: Page, api: string) => {
    for (let from = 0; from < size; from += BATCH)
      await call(page, api, 'generate', from, Math.min(size, from + BATCH));
  };
  const started = Date.now();
  await Promise.all([build(lectern, 'lecternBench'), build(naive, 'baselineBench')]);
  log(`${size}: built both libraries in ${round((Date.now() - started) / 1000)} s`);

  const ours = {} as Figures;
  const base = {} as Figures;
  const rounds = size >= 100_000 ? 5 : 7;
  const firstRows: number[] = [];
  for (let index = 0; index < rounds; index++) {
    const { ms, page } = await timeToMark(context, popupUrl, 'lectern:first-rows');
    firstRows.push(ms);
    // Let it finish what it does after showing the rows, so the next open starts on a quiet
    // database, as a person's next open would.
    await page.waitForTimeout(size >= 100_000 ? 2500 : 1000);
    await page.close();
  }
  const { page: popup } = await timeToMark(context, popupUrl, 'lectern:first-rows');
  await popup.waitForTimeout(2500); // the idle warm-up of search
  const typed = keystrokes();
  const timed = await typeInPopup(popup, typed);
  const search = timed.filter(Number.isFinite);
  const slowest = typed
    .map((text, index) => [text, round(timed[index]!)] as const)
    .sort((a, b) => b[1] - a[1]);
  log(
    `${size}: slowest keystrokes ${slowest
      .slice(0, 5)
      .map(([text, ms]) => `"${text}" ${ms} ms`)
      .join(', ')}`,
  );
  Object.assign(ours, {
    firstRowsMedianMs: median(firstRows),
    searchMedianMs: median(search),
    searchP95Ms: quantile(search, 0.95),
    popupHeapMB: await heapMB(popup),
    firstRowsP95Ms: quantile(firstRows, 0.95),
    searchMaxMs: Math.max(...search),
    searchKeystrokes: search.length,
  });
  await popup.close();
  const saves: number[] = [];
  for (let index = 0; index < SAMPLES; index++)
    saves.push(await call(lectern, 'lecternBench', 'saveViaBackground', size + 1_000_000 + index));
  const ids = await call<string[]>(lectern, 'lecternBench', 'someIds', SAMPLES);
  const deletes: number[] = [];
  for (const victim of ids) deletes.push(await call(lectern, 'lecternBench', 'remove', victim));
  Object.assign(ours, {
    saveMedianMs: median(saves),
    deleteMedianMs: median(deletes),
    saveP95Ms: quantile(saves, 0.95),
  });
  log(`${size}: measured Lectern`);

  // The naive library: fewer rounds where one takes seconds (it reads every article each time).
  const naiveRounds = size >= 100_000 ? 2 : size >= 10_000 ? 3 : 5;
  const naiveFirst: number[] = [];
  let naivePage: Page | null = null;
  for (let index = 0; index < naiveRounds; index++) {
    await naivePage?.close();
    naivePage = (await timeToMark(context, `${origin}/baseline.html?open`, 'baseline:first-rows')).page;
    naiveFirst.push(
      await naivePage.evaluate(() => performance.getEntriesByName('baseline:first-rows')[0]!.startTime),
    );
  }
  const naiveHeap = await heapMB(naivePage!);
  await naivePage!.close();
  const naiveSearch: number[] = [];
  const budget = Date.now() + (size >= 100_000 ? 90_000 : 45_000);
  for (const typed of keystrokes()) {
    if (Date.now() > budget && naiveSearch.length >= 3) break;
    naiveSearch.push(((await call(naive, 'baselineBench', 'search', typed)) as { ms: number }).ms);
  }
  const naiveSaves: number[] = [];
  const naiveDeletes: number[] = [];
  for (let index = 0; index < SAMPLES; index++)
    naiveSaves.push(await call(naive, 'baselineBench', 'save', size + 1_000_000 + index));
  for (let index = 0; index < SAMPLES; index++)
    naiveDeletes.push(
      await call(naive, 'baselineBench', 'remove', Math.floor(((index + 0.5) * size) / SAMPLES)),
    );
  Object.assign(base, {
    firstRowsMedianMs: median(naiveFirst),
    searchMedianMs: median(naiveSearch),
    searchP95Ms: quantile(naiveSearch, 0.95),
    saveMedianMs: median(naiveSaves),
    deleteMedianMs: median(naiveDeletes),
    popupHeapMB: naiveHeap,
    searchKeystrokes: naiveSearch.length,
  });
  log(`${size}: measured the naive library`);
  await context.close();
  ours.dbMB = diskMB(profile, 'chrome-extension_');
  base.dbMB = diskMB(profile, 'http_127.0.0.1_');
  rmSync(profile, { recursive: true, force: true });
  return { ...rounded(ours), baseline: rounded(base) };
}

const KEYS: [keyof Figures, string][] = [
  ['firstRowsMedianMs', 'popup open → first rows (median ms)'],
  ['searchMedianMs', 'search per keystroke (median ms)'],
  ['searchP95Ms', 'search per keystroke (p95 ms)'],
  ['saveMedianMs', 'save (median ms)'],
  ['deleteMedianMs', 'delete (median ms)'],
  ['popupHeapMB', 'popup JS heap (MB)'],
  ['dbMB', 'IndexedDB on disk (MB)'],
];

async function main(): Promise<void> {
  execSync('bash scripts/ensure-browsers.sh', { cwd: root, stdio: 'ignore' });
  log('building the extension');
  execSync('npx wxt build', { cwd: root, stdio: 'ignore' });
  const corpus = readCorpus();
  const [lectern, baseline] = await Promise.all([
    benchBundle('library-entry.ts'),
    benchBundle('baseline-entry.ts'),
  ]);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/baseline.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(baseline);
    else
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<!doctype html><meta charset="utf-8"><title>Naive library</title><body><script src="/baseline.js"></script>',
        );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const results: Record<string, Result> = {};
  for (const size of SIZES) results[size] = await runSize(size, corpus, { lectern }, origin);
  server.close();

  console.log(
    `\nbench:library — Lectern vs a naive library (one store, scan to list and search), Chromium, ${QUERIES.length} queries typed a key at a time`,
  );
  const width = 38;
  console.log(
    `${''.padEnd(width)}${SIZES.map((size) => `${size.toLocaleString('en')} articles`.padStart(30)).join('')}`,
  );
  for (const [key, label] of KEYS) {
    const cells = SIZES.map((size) => {
      const ours = results[size]![key] as number;
      const base = results[size]!.baseline[key] as number;
      return `${ours} vs ${base} (${round(ours / base, 2)}×)`.padStart(30);
    });
    console.log(`${label.padEnd(width)}${cells.join('')}`);
  }
  console.log(
    `${'keystrokes measured (ours / naive)'.padEnd(width)}${SIZES.map((size) => `${results[size]!.searchKeystrokes} / ${results[size]!.baseline.searchKeystrokes}`.padStart(30)).join('')}`,
  );
  console.log(JSON.stringify(results));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
