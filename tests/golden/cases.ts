/**
 * Golden outputs: each promo fixture and a sample of Mozilla's Readability pages, extracted and
 * written as Markdown (the export's turndown) under a header block of the reader's fields, kept in
 * tests/fixtures/golden/<name>.md. The unit test (tests/unit/extract/golden.test.ts) compares;
 * only `npm run fixtures:update` (tests/golden/update.ts) rewrites them. A diff in a golden
 * shows what a change did to a real article: new junk, lost formatting, a changed order, a field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { nodeSanitizer } from '../../scripts/node-dom';
import { extract } from '../../utils/extract';
import { turndown } from '../../utils/export/markdown';

const root = resolve(import.meta.dirname, '../..');
export const GOLDEN_DIR = join(root, 'tests/fixtures/golden');
const SHARED = resolve(root, '../shared');
const CORPUS = join(SHARED, 'corpus/readability-pages');
/** Every SAMPLE_EVERY-th page of the corpus, in name order: about twenty, chosen by no one. */
const SAMPLE_EVERY = 6;

export interface GoldenCase {
  /** The golden's file name, without `.md`: `promo--<fixture>` or `readability--<page>`. */
  name: string;
  file: string;
  url: string;
}

function subdirectories(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function promoCases(dir: string): GoldenCase[] {
  return subdirectories(dir).map((name) => {
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as { url?: string };
    return {
      name: `promo--${name}`,
      file: join(dir, name, 'page.html'),
      url: expected.url ?? 'https://example.com/',
    };
  });
}

/** The pages with a golden, in a fixed order. */
export function goldenCases(): GoldenCase[] {
  const corpus = subdirectories(CORPUS)
    .filter((_, index) => index % SAMPLE_EVERY === 0)
    .map((name) => ({
      name: `readability--${name}`,
      file: join(CORPUS, name, 'source.html'),
      url: 'http://fakehost/test/page.html',
    }));
  return [
    ...promoCases(join(SHARED, 'fixtures/promo')),
    ...promoCases(join(root, 'tests/fixtures/promo')),
    ...corpus,
  ];
}

/** A field of the header block: JSON strings are valid YAML, so any value is written safely. */
const field = (key: string, value: string | null) =>
  value === null ? [] : [`${key}: ${JSON.stringify(value)}`];

/** The page's article as its golden Markdown: the header's fields, then the body. */
export function goldenMarkdown(html: string, url: string): string {
  const document = parseHTML(html).document as unknown as Document;
  const result = extract(document, url, { sanitizer: nodeSanitizer(), budgetMs: 60_000 });
  const article = result.article;
  if (!article) return `---\narticle: null\nnotice: ${JSON.stringify(result.notice)}\n---\n`;
  const header = [
    ...field('title', article.title),
    ...field('byline', article.byline),
    ...field('site', article.siteName),
    ...field('published', article.publishedTime),
    ...field('lang', article.lang),
  ];
  const body = turndown().turndown(article.html).trim();
  return `---\n${header.join('\n')}\n---\n\n${body}\n`;
}

export function goldenPath(name: string): string {
  return join(GOLDEN_DIR, `${name}.md`);
}
