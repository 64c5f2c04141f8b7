/**
 * npm run bench:extract — extraction time where users feel it: in real Chromium, on every page of
 * Mozilla's Readability corpus, bare Readability (clone + parse) against Lectern's whole
 * extract() (clone, clobbering defence, Readability, cleanup, sanitising), alternating, several
 * rounds; and, as a third measure, Readability as extract() runs it (utils/extract/readability.ts)
 * plus sanitising its article and nothing else (the floor under extract() with these two
 * libraries). The baseline is the stock @mozilla/readability package. Prints medians, p95s and
 * ratios; the last line is one JSON object for tools.
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from '../tests/e2e/harness/server';

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(root, '../shared/corpus/readability-pages');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN;
}
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  execSync('bash scripts/ensure-browsers.sh', { cwd: root, stdio: 'inherit' });
  const contentScript = resolve(root, '.output/chrome-mv3/overlay.js');
  if (!existsSync(contentScript)) execSync('npx wxt build', { cwd: root, stdio: 'ignore' });
  const scriptBytes = readFileSync(contentScript);

  const bundle = await build({
    entryPoints: [resolve(root, 'scripts/bench/extract-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    define: { 'import.meta.env.LECTERN_E2E': '"0"' },
  });
  const code = bundle.outputFiles[0]!.text;

  const loadBefore = loadavg()[0]!;
  const pages = readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const context = await browser.newContext({ javaScriptEnabled: true });
  // The corpus pages are saved pages: keep them off the network (their scripts and images fail fast).
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  const lecternMs: number[] = [];
  const readabilityMs: number[] = [];
  const floorMs: number[] = [];
  const ratios: number[] = [];
  let done = 0;
  for (const name of pages) {
    try {
      await page.goto(`${server.origin}/shared/corpus/readability-pages/${name}/source.html`, {
        waitUntil: 'domcontentloaded',
        timeout: 15_000,
      });
      await page.addScriptTag({ content: code });
      const timings = await page.evaluate((rounds) => {
        const bench = (
          window as unknown as {
            lecternBench: {
              readabilityOnly: () => number;
              librariesOnly: () => number;
              lectern: () => number;
            };
          }
        ).lecternBench;
        bench.readabilityOnly();
        bench.librariesOnly();
        bench.lectern(); // warm-up
        const r: number[] = [];
        const f: number[] = [];
        const l: number[] = [];
        const measures = [
          () => r.push(bench.readabilityOnly()),
          () => f.push(bench.librariesOnly()),
          () => l.push(bench.lectern()),
        ];
        // Each round in another order: what one measure leaves behind (garbage to collect, a
        // colder cache) falls on each of the others in turn, not always on the same one.
        for (let i = 0; i < rounds; i++) {
          for (let k = 0; k < measures.length; k++) measures[(i + k) % measures.length]!();
        }
        return { r, f, l };
      }, ROUNDS);
      const r = median(timings.r);
      const l = median(timings.l);
      readabilityMs.push(r);
      floorMs.push(median(timings.f));
      lecternMs.push(l);
      ratios.push(l / Math.max(r, 0.01));
      done++;
    } catch (error) {
      console.error(`skipped ${name}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  await browser.close();
  await server.close();

  const result = {
    pages: done,
    lecternMedianMs: round(median(lecternMs)),
    lecternP95Ms: round(quantile(lecternMs, 0.95)),
    readabilityMedianMs: round(median(readabilityMs)),
    readabilityP95Ms: round(quantile(readabilityMs, 0.95)),
    ratioMedian: round(median(lecternMs) / median(readabilityMs)),
    ratioP95: round(quantile(lecternMs, 0.95) / quantile(readabilityMs, 0.95)),
    perPageRatioMedian: round(median(ratios)),
    librariesMedianMs: round(median(floorMs)),
    librariesP95Ms: round(quantile(floorMs, 0.95)),
    librariesRatioMedian: round(median(floorMs) / median(readabilityMs)),
    librariesRatioP95: round(quantile(floorMs, 0.95) / quantile(readabilityMs, 0.95)),
    contentScriptKB: round(scriptBytes.length / 1024, 1),
    contentScriptGzipKB: round(gzipSync(scriptBytes).length / 1024, 1),
  };
  console.log(
    `\nbench:extract — ${done} Readability corpus pages in Chromium, ${ROUNDS} alternating rounds each (per-page medians)`,
  );
  console.log(
    `  bare Readability (stock package)  median ${result.readabilityMedianMs} ms   p95 ${result.readabilityP95Ms} ms`,
  );
  console.log(`  Lectern extract() median ${result.lecternMedianMs} ms   p95 ${result.lecternP95Ms} ms`);
  console.log(
    `  Lectern's Readability + sanitiser only (the floor under extract()) median ${result.librariesMedianMs} ms   p95 ${result.librariesP95Ms} ms   ratio ${result.librariesRatioMedian}× / ${result.librariesRatioP95}×`,
  );
  console.log(
    `  ratio             median ${result.ratioMedian}×   p95 ${result.ratioP95}×   (per-page ratio median ${result.perPageRatioMedian}×)`,
  );
  console.log(
    `  content script    ${result.contentScriptKB} KB minified, ${result.contentScriptGzipKB} KB gzipped`,
  );
  // On a shared machine the ratio moves with the load (by about 0.1 between runs of the same
  // code): say how loaded it was, so runs can be compared.
  console.log(
    `  machine load      ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after (1-minute average, ${cpus().length} cores)`,
  );
  console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
