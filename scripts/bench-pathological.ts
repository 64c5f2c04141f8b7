/**
 * npm run bench:pathological — how long the generated pathological pages (tests/pathological-pages.ts)
 * take: Lectern's extract() in Node (linkedom parse apart), the command-line extractor (whole
 * process, parse included), and bare stock Readability on the same parsed page; then in Chromium,
 * the reader with the built test extension (.output/e2e/chrome-mv3, `LECTERN_E2E=1 wxt build`)
 * from toolbar click to answer, beside bare Readability run in the page.
 *
 * Every measurement runs in its own process or page and is capped (`--cap SECONDS`, default 30):
 * bare Readability needs minutes on some of these pages, or never ends; a capped one is printed
 * as "> cap". `--only NAME,...` picks pages; `--no-browser` skips Chromium.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PATHOLOGICAL_NAMES, pathologicalPage } from '../tests/pathological-pages';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const capMs = Number(option('--cap') ?? 30) * 1000;
const names = option('--only')?.split(',') ?? PATHOLOGICAL_NAMES;
const browser = !args.includes('--no-browser');

type Timing = { ms: number; capped: boolean; note?: string };
const show = (timing: Timing) =>
  timing.capped ? `> ${(capMs / 1000).toFixed(0)} s (capped)` : `${(timing.ms / 1000).toFixed(2)} s`;

/** Runs `code` (TypeScript, via tsx) in a child process, killed at the cap; it prints JSON. */
function child(code: string, env: Record<string, string> = {}): Promise<Timing> {
  return new Promise((done) => {
    const started = performance.now();
    const process_ = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let out = '';
    process_.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => process_.kill('SIGKILL'), capMs);
    process_.on('close', () => {
      clearTimeout(timer);
      const wall = performance.now() - started;
      try {
        const result = JSON.parse(out.trim().split('\n').pop() ?? '') as { ms: number; note?: string };
        done({ ms: result.ms, capped: false, note: result.note });
      } catch {
        done({ ms: wall, capped: wall >= capMs - 50 });
      }
    });
  });
}

const nodeExtract = (file: string) =>
  child(`
    import { readFileSync } from 'node:fs';
    import { parseHTML } from 'linkedom';
    import { extract } from './utils/extract/index.ts';
    import { nodeSanitizer } from './scripts/node-dom.ts';
    const doc = parseHTML(readFileSync(${JSON.stringify(file)}, 'utf8')).document;
    const sanitizer = nodeSanitizer();
    const started = performance.now();
    const result = extract(doc, 'https://news.example.com/story', { sanitizer });
    const ms = performance.now() - started;
    console.log(JSON.stringify({ ms, note: result.article ? 'article' : result.notice }));
  `);

const bareReadability = (file: string) =>
  child(`
    import { readFileSync } from 'node:fs';
    import { parseHTML } from 'linkedom';
    import { Readability } from '@mozilla/readability';
    const doc = parseHTML(readFileSync(${JSON.stringify(file)}, 'utf8')).document;
    const started = performance.now();
    const article = new Readability(doc).parse();
    console.log(JSON.stringify({ ms: performance.now() - started, note: article ? 'article' : 'none' }));
  `);

/** The whole CLI process on one page, start-up included, under its own watchdog. */
function cli(file: string): Promise<Timing> {
  return new Promise((done) => {
    const started = performance.now();
    const run = spawn(process.execPath, ['--import', 'tsx', 'scripts/extract-cli.ts', file], { cwd: root });
    let out = '';
    run.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => run.kill('SIGKILL'), capMs);
    run.on('close', () => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const line = JSON.parse(out.trim() || '{}') as { error?: string };
      done({ ms, capped: ms >= capMs - 50, note: line.error ?? (out ? 'article' : 'no line') });
    });
  });
}

async function inChromium(
  pages: Map<string, string>,
): Promise<Map<string, { lectern: Timing; bare: Timing }>> {
  const { launchWithExtension, clickToolbar } = await import('../tests/e2e/harness/chromium-extension');
  const { startServer } = await import('../tests/e2e/harness/server');
  const extension = await launchWithExtension();
  const server = await startServer();
  const stock = readFileSync(join(root, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  const results = new Map<string, { lectern: Timing; bare: Timing }>();
  try {
    for (const name of pages.keys()) {
      const url = `${server.origin}/pathological/${name}`;
      let page = await extension.context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      let started = performance.now();
      await clickToolbar(extension.worker, page.url());
      const overlay = page.locator('lectern-reader');
      let lectern: Timing;
      try {
        await overlay.locator('.lectern-article, .lectern-notice').first().waitFor({ timeout: capMs });
        await overlay.getByText('Reading this page…').waitFor({ state: 'detached', timeout: capMs });
        lectern = { ms: performance.now() - started, capped: false };
      } catch {
        lectern = { ms: capMs, capped: true };
      }
      await page.close();

      page = await extension.context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await page.addScriptTag({ content: `${stock.replace(/^if \(typeof module[\s\S]*$/m, '')}` });
      started = performance.now();
      const bare = await Promise.race([
        page
          .evaluate(() => {
            const Stock = (
              globalThis as unknown as { Readability: new (doc: Document) => { parse(): unknown } }
            ).Readability;
            const begun = performance.now();
            new Stock(document.cloneNode(true) as Document).parse();
            return performance.now() - begun;
          })
          .then((ms): Timing => ({ ms, capped: false })),
        new Promise<Timing>((done) => setTimeout(() => done({ ms: capMs, capped: true }), capMs)),
      ]);
      await page.close({ runBeforeUnload: false }).catch(() => undefined);
      results.set(name, { lectern, bare });
    }
  } finally {
    await extension.context.close();
    await server.close();
  }
  return results;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-pathological-'));
  const files = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, pathologicalPage(name));
    files.set(name, file);
  }
  console.log(`cap ${capMs / 1000} s per measurement; pages in ${pathToFileURL(dir).href}\n`);
  console.log('page | Node extract() | CLI (whole process) | bare Readability (Node) | answer');
  for (const [name, file] of files) {
    const lectern = await nodeExtract(file);
    const whole = await cli(file);
    const bare = await bareReadability(file);
    console.log(
      `${name} | ${show(lectern)} | ${show(whole)} | ${show(bare)} | ${lectern.note ?? ''}`.slice(0, 200),
    );
  }
  if (!browser) return;
  console.log('\npage | Chromium reader (click to answer) | bare Readability in the page');
  for (const [name, { lectern, bare }] of await inChromium(files))
    console.log(`${name} | ${show(lectern)} | ${show(bare)}`);
}

await main();
