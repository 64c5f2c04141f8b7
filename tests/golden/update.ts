/**
 * npm run fixtures:update — rewrites the golden outputs (tests/fixtures/golden/<name>.md) from
 * what extract() makes of each page now, and prints which changed. The only way a golden
 * changes: read `git diff tests/fixtures/golden` before committing it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, goldenCases, goldenMarkdown, goldenPath } from './cases';

const started = Date.now();
mkdirSync(GOLDEN_DIR, { recursive: true });
const cases = goldenCases();
const changed: string[] = [];
const added: string[] = [];
for (const { name, file, url } of cases) {
  const path = goldenPath(name);
  const markdown = goldenMarkdown(readFileSync(file, 'utf8'), url);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (before === markdown) continue;
  (before === null ? added : changed).push(name);
  writeFileSync(path, markdown);
}
// A golden whose page is gone goes with it.
const names = new Set(cases.map((entry) => `${entry.name}.md`));
const removed = readdirSync(GOLDEN_DIR).filter((file) => file.endsWith('.md') && !names.has(file));
for (const file of removed) rmSync(join(GOLDEN_DIR, file));

const unchanged = cases.length - changed.length - added.length;
console.log(
  `goldens: ${changed.length} changed, ${added.length} new, ${removed.length} removed, ${unchanged} unchanged (${cases.length} pages, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
for (const name of changed) console.log(`  changed  ${name}.md`);
for (const name of added) console.log(`  new      ${name}.md`);
for (const file of removed) console.log(`  removed  ${file}`);
if (changed.length || added.length || removed.length)
  console.log('Read the diff: git diff tests/fixtures/golden');
