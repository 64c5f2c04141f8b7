// Whatever bytes arrive, parseImport either throws ImportError or returns well-formed entries.
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ImportError, parseImport, type ImportResult } from '../../../utils/import';

const FORMATS = [
  'pocket-zip',
  'pocket-csv',
  'pocket-html',
  'instapaper-csv',
  'omnivore-zip',
  'netscape-html',
  'url-list',
  'lectern-backup',
];

function checkWellFormed(result: ImportResult): void {
  expect(FORMATS).toContain(result.format);
  const seen = new Set<string>();
  for (const entry of result.entries) {
    const url = new URL(entry.url);
    expect(['http:', 'https:']).toContain(url.protocol);
    expect(url.href).toBe(entry.url);
    expect(seen.has(entry.url)).toBe(false);
    seen.add(entry.url);
    expect(entry.title).toBe(entry.title.trim());
    expect(entry.title.length).toBeGreaterThan(0);
    if (entry.addedAt !== null) expect(new Date(entry.addedAt).toISOString()).toBe(entry.addedAt);
    const tagKeys = entry.tags.map((tag) => tag.toLowerCase());
    expect(new Set(tagKeys).size).toBe(tagKeys.length);
    for (const tag of entry.tags) expect(tag !== '' && tag === tag.trim()).toBe(true);
    expect(['unread', 'archived']).toContain(entry.state);
    expect(typeof entry.favorite).toBe('boolean');
    expect(entry.read === undefined || entry.read === true).toBe(true);
    if (entry.content) {
      expect(['html', 'markdown']).toContain(entry.content.type);
      expect(typeof entry.content.text).toBe('string');
    }
  }
  for (const problem of result.problems) {
    expect(problem.error.length).toBeGreaterThan(0);
    expect(problem.where.length).toBeGreaterThan(0);
  }
}

function survives(bytes: Uint8Array, name?: string): void {
  let result: ImportResult;
  try {
    result = parseImport(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message.length).toBeGreaterThan(0);
    return;
  }
  checkWellFormed(result);
}

const encode = (text: string) => new TextEncoder().encode(text);
const names = fc.constantFrom(
  undefined,
  'export.csv',
  'export.txt',
  'ril_export.html',
  'bookmarks.html',
  'x.zip',
);

/** Cells that are links (good and bad), dates, tags JSON or plain junk. */
const cell = fc.oneof(
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
  fc.constantFrom(
    'javascript:alert(1)',
    'data:text/plain,x',
    'ftp://x.example/',
    'chrome://settings',
    '',
    ' ',
  ),
  fc.constantFrom(
    'unread',
    'archive',
    'Archive',
    'Starred',
    'Unread',
    'Recipes',
    '[]',
    '["a","A"," b "]',
    '["x"',
  ),
  fc.integer({ min: -1, max: 5_000_000_000_000 }).map(String),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const columns = [
  'title',
  'url',
  'time_added',
  'tags',
  'status',
  'cursor',
  'URL',
  'Title',
  'Selection',
  'Folder',
  'Timestamp',
  'Tags',
  'extra',
];
const header = fc.shuffledSubarray(columns, { minLength: 1 });
const urlCell = fc.oneof(
  { weight: 4, arbitrary: fc.webUrl({ withQueryParameters: true }) },
  { weight: 1, arbitrary: cell },
);

/** Mostly rows as wide as the header, with links in the url column, so rows reach the parsers. */
const csvText = header.chain((head) => {
  const row = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(...head.map((name) => (name.toLowerCase() === 'url' ? urlCell : cell))),
    },
    { weight: 1, arbitrary: fc.array(cell, { maxLength: 8 }) },
  );
  return fc
    .tuple(fc.array(row, { maxLength: 20 }), fc.boolean(), fc.constantFrom('\n', '\r\n', '\r'))
    .map(([rows, quoted, newline]) =>
      quoted
        ? Papa.unparse([head, ...rows], { newline })
        : [head, ...rows].map((cells) => cells.join(',')).join(newline),
    );
});

describe('parseImport on arbitrary input', () => {
  it('never throws anything but ImportError on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), names, (bytes, name) => survives(bytes, name)),
      {
        numRuns: 500,
      },
    );
  });

  it('never throws anything but ImportError on arbitrary text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 2000 }),
      fc.string({ unit: 'grapheme', maxLength: 2000 }),
      fc
        .array(fc.oneof(fc.webUrl(), fc.string({ maxLength: 20 }), fc.constant('# comment')), {
          maxLength: 30,
        })
        .map((lines) => lines.join('\n')),
      fc.json().map((json) => `{"format":"lectern-backup","version":1,"articles":[${json}]}`),
      fc
        .jsonValue()
        .map((json) => JSON.stringify({ format: 'lectern-backup', version: 1, articles: [json, json] })),
    );
    fc.assert(
      fc.property(text, names, (t, name) => survives(encode(t), name)),
      { numRuns: 500 },
    );
  });

  it('never throws anything but ImportError on CSV-shaped rows', () => {
    fc.assert(
      fc.property(csvText, names, (t, name) => survives(encode(t), name)),
      { numRuns: 500 },
    );
  });

  it('never throws anything but ImportError on HTML-shaped input', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<DL><p>',
        '</DL><p>',
        '<DT>',
        '<H3>',
        '</H3>',
        '<h1>Read Archive</h1>',
        '<h1>Unread</h1>',
        '</A>',
        '</a>',
        '<!--',
        '-->',
        '<script>',
        '&amp;',
        '&#x0;',
        '&#1114112;',
        '"',
        "'",
        '<',
        '>',
      ),
      fc
        .tuple(fc.constantFrom('<A HREF=', '<a href=', '<a time_added=1 tags="a,b" href='), cell)
        .map(([tag, value]) => `${tag}"${value}" ADD_DATE="${value}">`),
      fc.string({ maxLength: 15 }),
    );
    const html = fc
      .tuple(
        fc.constantFrom('<!DOCTYPE NETSCAPE-Bookmark-file-1>', '<title>Pocket Export</title>', '<html>'),
        fc.array(piece, { maxLength: 60 }),
      )
      .map(([head, pieces]) => head + pieces.join(''));
    fc.assert(
      fc.property(html, names, (t, name) => survives(encode(t), name)),
      { numRuns: 500 },
    );
  });

  it('never throws anything but ImportError on ZIP-shaped input', () => {
    const file = fc.oneof(
      fc.tuple(fc.nat({ max: 3 }), csvText).map(([n, t]) => [`part_00000${n}.csv`, t] as const),
      fc
        .tuple(
          fc.nat({ max: 3 }),
          fc.oneof(
            fc
              .jsonValue()
              .map((v) =>
                JSON.stringify([v, { url: 'https://a.example/', state: 'Archived', savedAt: v, labels: v }]),
              ),
            fc.string(),
          ),
        )
        .map(([n, t]) => [`metadata_${n}_to_${n}.json`, t] as const),
      fc.tuple(fc.constantFrom('content/a.md', 'content/a.html', 'content/.md', 'readme.txt'), fc.string()),
    );
    const zip = fc.tuple(fc.array(file, { maxLength: 5 }), fc.nat({ max: 100 })).map(([files, cut]) => {
      const bytes = zipSync(Object.fromEntries(files.map(([name, text]) => [name, strToU8(text)])));
      // Sometimes cut the archive short, as an interrupted download would.
      return cut < 80 ? bytes : bytes.subarray(0, Math.floor((bytes.length * cut) / 100));
    });
    fc.assert(
      fc.property(zip, names, (bytes, name) => survives(bytes, name)),
      { numRuns: 300 },
    );
  });
});
