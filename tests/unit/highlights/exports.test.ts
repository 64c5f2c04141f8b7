/**
 * Highlights in every export: <mark> in the HTML and EPUB (and an EPUB that Debian's epubcheck
 * accepts), a Markdown "Highlights" section with Obsidian's ==…== on request, Readwise's CSV, and
 * one W3C AnnotationCollection.
 */
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportEpub } from '../../../utils/export/epub';
import { exportHtmlFile } from '../../../utils/export/html';
import { exportMarkdownZip } from '../../../utils/export/markdown';
import {
  exportContext,
  loadArticles,
  type ExportContext,
  type ExportWindow,
} from '../../../utils/export/saved-copy';
import { annotationCollection, readwiseCsv } from '../../../utils/highlights/export-formats';
import type { Highlight } from '../../../utils/highlights/highlight';
import { describeRange } from '../../../utils/highlights/selectors';
import { highlightsByArticle, putHighlight } from '../../../utils/highlights/store';
import Papa from 'papaparse';
import { openLibraryDb, type LibraryDb } from '../../../utils/library/db/open';
import type { ArticleMeta } from '../../../utils/library/db/schema';
import type { FullArticle } from '../../../utils/library/whole-articles';
import { createDomPurifySanitizer } from '../../../utils/sanitize/dompurify';
import { seed, TEXTS } from '../export/helpers';

const NOW = Date.UTC(2026, 0, 15, 9, 30);
const window = new JSDOM('<!doctype html><html><body></body></html>').window as unknown as ExportWindow;
let db: LibraryDb;
let ids: string[];
let articles: FullArticle[];
let ctx: ExportContext;

const glaciers = TEXTS[0]!;
const trees = TEXTS[1]!;
function make(
  id: string,
  articleId: string,
  target: Highlight['target'],
  extra: Partial<Highlight> = {},
): Highlight {
  return {
    id,
    articleId,
    target,
    color: 'yellow',
    note: '',
    labels: [],
    createdAt: 1_000,
    updatedAt: 1_000,
    ...extra,
  };
}

beforeAll(async () => {
  db = await openLibraryDb('highlight-exports');
  ids = await seed(db);
  const at = glaciers.indexOf('northern range');
  await putHighlight(
    db,
    make('g1', ids[0]!, describeRange(glaciers, at, at + 14), { note: 'Which range?', labels: ['ice'] }),
  );
  await putHighlight(db, make('g2', ids[0]!, null, { note: 'A whole-article note, with "quotes", commas' }));
  const plant = trees.indexOf('ten thousand trees');
  await putHighlight(
    db,
    make('t1', ids[1]!, describeRange(trees, plant, plant + 18), { color: 'pink', note: '=SUM(A1)' }),
  );
  articles = await loadArticles(db);
  ctx = {
    ...exportContext(window, NOW, createDomPurifySanitizer(window)),
    highlights: await highlightsByArticle(db),
  };
});

const metas = () =>
  new Map(articles.map((article) => [article.meta.id, article.meta] as [string, ArticleMeta]));

describe('highlights in the exports', () => {
  it('Markdown lists each article’s highlights as quotes with their notes under a Highlights heading', async () => {
    const files = unzipSync(await exportMarkdownZip(ctx, articles));
    const glacierFile = Object.entries(files).find(([name]) => name.startsWith('articles/story-1'))![1];
    const text = strFromU8(glacierFile);
    expect(text).toContain('## Highlights\n\n> northern range\n\nWhich range?');
    expect(text).toContain('**Note on the article:** A whole-article note, with "quotes", commas');
    expect(text).not.toContain('==northern range==');
  });

  it('Markdown marks highlights inline as ==…== when asked (Obsidian)', async () => {
    const files = unzipSync(await exportMarkdownZip({ ...ctx, inlineHighlights: true }, articles));
    const text = Object.entries(files)
      .map(([, data]) => strFromU8(data))
      .join('\n');
    expect(text).toContain('Glaciers in the ==northern range== retreated');
    expect(text).toContain('plant ==ten thousand trees== along');
  });

  it('the HTML file and the EPUB wrap each highlight in <mark>', async () => {
    const html = await exportHtmlFile(ctx, articles);
    expect(html).toMatch(/<mark class="lectern-hl-yellow" title="Which range\?">northern range<\/mark>/);
    const book = unzipSync(await exportEpub(ctx, articles, { id: '6f1c2d4e-0000-4000-8000-000000000002' }));
    const chapters = Object.entries(book)
      .filter(([name]) => name.endsWith('.xhtml'))
      .map(([, data]) => strFromU8(data));
    expect(chapters.join('\n')).toContain(
      '<mark class="lectern-hl-pink" title="=SUM(A1)">ten thousand trees</mark>',
    );
  });

  it('the Readwise CSV has its seven columns, quotes what needs it and defuses formulas', () => {
    const csv = readwiseCsv([...ctx.highlights!.values()].flat(), metas());
    const rows = Papa.parse<string[]>(csv.trim(), { delimiter: ',' }).data;
    expect(rows[0]).toEqual(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date']);
    expect(rows).toHaveLength(3); // the note on a whole article has no quote
    const pink = rows.find((row) => row[0] === 'ten thousand trees')!;
    expect(pink[3]).toBe('https://news.example.com/story-2');
    expect(pink[4]).toBe("'=SUM(A1)");
    expect(pink[6]).toBe(new Date(1_000).toISOString());
  });

  it('the JSON-LD is one AnnotationCollection with quote and position selectors', () => {
    const collection = annotationCollection([...ctx.highlights!.values()].flat(), metas(), NOW);
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 3,
    });
    const [first] = collection.first.items;
    expect(first).toMatchObject({
      type: 'Annotation',
      motivation: 'highlighting',
      body: [
        { type: 'TextualBody', value: 'Which range?', purpose: 'commenting' },
        { type: 'TextualBody', value: 'ice', purpose: 'tagging' },
      ],
      target: {
        source: 'https://news.example.com/story-1',
        styleClass: 'yellow',
        selector: [
          { type: 'TextQuoteSelector', exact: 'northern range', prefix: 'Glaciers in the ' },
          { type: 'TextPositionSelector', start: 16, end: 30 },
        ],
      },
    });
    expect(collection.first.items[1]).toMatchObject({
      motivation: 'commenting',
      target: 'https://news.example.com/story-1',
    });
  });
});

// Debian's epubcheck (scripts/ensure-browsers.sh installs it where it is missing). Its
// /usr/bin/epubcheck is the jar itself, which runs only where binfmt_misc knows jars (not in a
// container): java runs it here.
const EPUBCHECK_JAR = '/usr/share/java/epubcheck.jar';
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('epubcheck', () => {
  it('accepts the EPUB the export writes, highlights and right-to-left article included', async () => {
    expect(existsSync(EPUBCHECK_JAR), 'epubcheck is not installed: run scripts/ensure-browsers.sh').toBe(
      true,
    );
    const dir = mkdtempSync(join(tmpdir(), 'lectern-epub-'));
    const file = join(dir, 'library.epub');
    // The seeded pictures are a few stand-in bytes; epubcheck opens pictures, so real ones here.
    const withPictures = articles.map((article) => ({
      ...article,
      images: article.images.map((image) => ({ ...image, type: 'image/png', blob: new Blob([PNG]) })),
    }));
    writeFileSync(file, await exportEpub(ctx, withPictures, { id: '6f1c2d4e-0000-4000-8000-000000000003' }));
    let output = '';
    try {
      output = execFileSync('java', ['-jar', EPUBCHECK_JAR, file], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      throw new Error(`epubcheck refused the EPUB:\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
    }
    expect(output).toContain('No errors or warnings detected');
  }, 120_000);
});
