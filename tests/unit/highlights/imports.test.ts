/**
 * Highlights coming in: Omnivore's highlights/<slug>.md (multi-paragraph quotes told from notes by
 * the article's text, labels, notes on the whole article), wallabag's JSON with its annotations,
 * malformed files and records, the library keeping them and anchoring them in the article's text,
 * and parse-import printing them.
 */
import 'fake-indexeddb/auto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../utils/highlights/anchor';
import { allHighlights } from '../../../utils/highlights/store';
import { ImportError, parseImport } from '../../../utils/import';
import { parseOmnivoreHighlights, plainText } from '../../../utils/import/formats/omnivore-highlights';
import { importIntoLibrary } from '../../../utils/import/into-library';
import { openQueueDb } from '../../../utils/fetch-queue/store';
import { openLibraryDb } from '../../../utils/library/db/open';

const ARTICLE = `<h1>Keepers</h1><p>The lens was ground in Paris.</p><p>It bends the light of one flame.</p>
<p>Storms were the hard part.</p>`;

describe('Omnivore highlights files', () => {
  it('reads quotes, labels and notes, a note before any quote being on the whole article', () => {
    const file = [
      'Worth a visit in August.',
      '',
      '> The lens was ground in Paris.',
      '',
      '#optics #history',
      '',
      'French glass!',
      '',
      '> Storms were the hard part.',
    ].join('\n');
    expect(parseOmnivoreHighlights(file, plainText({ type: 'html', text: ARTICLE }))).toEqual({
      articleNotes: ['Worth a visit in August.'],
      highlights: [
        {
          quote: 'The lens was ground in Paris.',
          note: 'French glass!',
          labels: ['optics', 'history'],
          createdAt: null,
        },
        { quote: 'Storms were the hard part.', note: '', labels: [], createdAt: null },
      ],
    });
  });

  it('a paragraph after an empty "> " is the rest of the quote when the article has it, else a note', () => {
    const file = [
      '> The lens was ground in Paris.',
      '> ',
      'It bends the light of one flame.',
      '',
      '> Storms were the hard part.',
      '> ',
      'Not in the article.',
    ].join('\n');
    const { highlights } = parseOmnivoreHighlights(file, plainText({ type: 'html', text: ARTICLE }));
    expect(highlights).toMatchObject([
      { quote: 'The lens was ground in Paris.\n\nIt bends the light of one flame.', note: '' },
      { quote: 'Storms were the hard part.', note: 'Not in the article.' },
    ]);
  });

  it('an Omnivore ZIP brings each article’s highlights beside its content', () => {
    const zip = zipSync({
      'metadata_0_to_1.json': strToU8(
        JSON.stringify([
          {
            id: '1',
            slug: 'keepers',
            title: 'Keepers',
            url: 'https://a.example/keepers',
            savedAt: '2024-05-01T10:00:00Z',
            labels: [],
          },
          {
            id: '2',
            slug: 'plain',
            title: 'Plain',
            url: 'https://a.example/plain',
            savedAt: '2024-05-02T10:00:00Z',
          },
        ]),
      ),
      'content/keepers.html': strToU8(ARTICLE),
      'highlights/keepers.md': strToU8('> The lens was ground in Paris.\n\nGlass.\n'),
    });
    const { entries, problems } = parseImport(zip, 'omnivore.zip');
    expect(problems).toEqual([]);
    expect(entries[0]!.highlights).toEqual([
      { quote: 'The lens was ground in Paris.', note: 'Glass.', labels: [], createdAt: null },
    ]);
    expect(entries[1]!.highlights).toBeUndefined();
  });
});

const WALLABAG = [
  {
    url: 'https://a.example/keepers',
    title: 'Keepers',
    content: ARTICLE,
    is_archived: 1,
    is_starred: 0,
    tags: ['sea', { label: 'history', slug: 'history' }],
    created_at: '2024-05-01T10:00:00+02:00',
    annotations: [
      {
        quote: 'ground in Paris',
        text: 'French glass',
        ranges: [{ start: '/p[1]', startOffset: 16 }],
        created_at: '2024-05-02T09:00:00+02:00',
      },
      { text: 'no quote here' },
    ],
  },
  {
    url: 'https://a.example/second',
    title: 'Second',
    is_archived: false,
    is_starred: true,
    tags: [],
    annotations: 'broken',
  },
  'not an entry',
];

describe('wallabag JSON', () => {
  it('reads entries with their state, tags, content and annotations; damaged parts are reported, not fatal', () => {
    const { format, entries, problems } = parseImport(strToU8(JSON.stringify(WALLABAG)), 'wallabag.json');
    expect(format).toBe('wallabag-json');
    expect(entries).toMatchObject([
      {
        url: 'https://a.example/keepers',
        state: 'archived',
        favorite: false,
        tags: ['sea', 'history'],
        addedAt: '2024-05-01T08:00:00.000Z',
        content: { type: 'html' },
        highlights: [
          {
            quote: 'ground in Paris',
            note: 'French glass',
            labels: [],
            createdAt: '2024-05-02T07:00:00.000Z',
          },
        ],
      },
      { url: 'https://a.example/second', state: 'unread', favorite: true },
    ]);
    expect(problems).toEqual([
      { error: 'Skipped annotation 2: it has no quote.', where: 'entry 1' },
      { error: 'Its annotations are not a list, so they were skipped.', where: 'entry 2' },
      { error: 'Skipped an entry that is not an article record.', where: 'entry 3' },
    ]);
  });

  it('a damaged JSON file says so and imports nothing', () => {
    expect(() =>
      parseImport(strToU8('[{"url": "https://a.example", "is_archived": 1'), 'wallabag.json'),
    ).toThrow(ImportError);
    expect(() => parseImport(strToU8('[{"name": "not wallabag"}]'), 'x.json')).toThrow(/wallabag/);
  });

  it('imported highlights are kept with their article and anchor in its text', async () => {
    const library = await openLibraryDb(`wallabag-${Date.now()}`);
    const queue = await openQueueDb(`wallabag-queue-${Date.now()}`);
    const parsed = parseImport(strToU8(JSON.stringify(WALLABAG)), 'wallabag.json');
    const summary = await importIntoLibrary(library, queue, parsed, Date.UTC(2026, 0, 1));
    expect(summary).toMatchObject({ added: 2, highlights: 1 });
    const [stored] = await allHighlights(library);
    expect(stored).toMatchObject({ note: 'French glass', target: { quote: { exact: 'ground in Paris' } } });
    const text = 'KeepersThe lens was ground in Paris.It bends the light of one flame.';
    const anchored = anchorSelectors(text, stored!.target!);
    expect(text.slice(anchored!.start, anchored!.end)).toBe('ground in Paris');
  });
});

describe('parse-import CLI', () => {
  it('prints each entry’s highlights as {quote, note, labels, createdAt}', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-wallabag-'));
    const file = join(dir, 'wallabag.json');
    writeFileSync(file, JSON.stringify(WALLABAG));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse-import-cli.ts', file], {
      cwd: fileURLToPath(new URL('../../../', import.meta.url)),
      encoding: 'utf8',
    });
    const [first] = run.stdout.split('\n').map((line) => (line ? JSON.parse(line) : null));
    expect(first.highlights).toEqual([
      { quote: 'ground in Paris', note: 'French glass', labels: [], createdAt: '2024-05-02T07:00:00.000Z' },
    ]);
    expect(Object.keys(first.highlights[0]).join()).toBe('quote,note,labels,createdAt');
  });
});
