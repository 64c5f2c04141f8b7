// Every sample in tests/fixtures/imports, parsed entry by entry. Regenerate the samples with
// `node tests/fixtures/imports/make-samples.mjs`.
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/import';
import { entry, fixture } from '../../fixtures/imports/helpers';

const NON_WEB = (scheme: string) =>
  `Skipped a non-web link (${scheme}): only http and https pages can be saved.`;
const BAD_DATE = (raw: string) => `Couldn't read the date "${raw}"; imported it without a date.`;

describe('Pocket ZIP export', () => {
  const result = parseImport(fixture('pocket-export.zip'), 'pocket-export.zip');

  it('reads both parts in order, by column name', () => {
    expect(result.format).toBe('pocket-zip');
    expect(result.entries).toEqual([
      entry(
        'https://www.vanityfair.com/news/2008/07/internet200807',
        'How the Web Was Won',
        '2023-11-14T22:13:20.000Z',
        {
          tags: ['history', 'web'],
        },
      ),
      entry('https://example.org/caf%C3%A9-society', 'Café society: a history', '2023-11-14T22:15:00.000Z', {
        tags: ['food', 'History'],
        state: 'archived',
      }),
      entry('https://example.jp/tokyo/asa', '東京の朝 — 写真で見る', '2023-11-14T22:16:40.000Z', {
        tags: ['photo', '日本'],
      }),
      // Quoted title with a comma, an embedded newline (collapsed) and doubled quotes; "Rust" is a
      // case-insensitive duplicate of "rust"; utm parameters are kept as given.
      entry(
        'https://blog.example.com/rust-wasm?utm_source=pocket',
        'Rust, WebAssembly and you: a "practical" guide',
        '2023-11-14T22:18:20.000Z',
        { tags: ['rust', 'wasm'] },
      ),
      entry('https://sleep.example.net/why', 'Why we sleep 😴', '2023-11-14T22:20:00.000Z', {
        state: 'archived',
      }),
      entry(
        'https://untitled.example.com/page',
        'https://untitled.example.com/page',
        '2023-11-14T22:21:40.000Z',
        {
          tags: ['misc'],
        },
      ),
      entry('https://example.com/spaces#section-2', 'Spaces around the title', '2023-11-14T22:23:20.000Z', {
        tags: ['padded', 'tags'],
      }),
      entry('http://longreads.example.com/story/42', 'The long read', '2023-11-14T22:25:00.000Z', {
        tags: ['longread'],
        state: 'archived',
      }),
      entry('https://unicode.example.org/%C3%BC', 'Ünïcödé everywhere', '2023-11-16T02:00:00.000Z', {
        tags: ['unicode'],
      }),
      entry('https://example.com/archive-1', 'Second part first archive', '2023-11-16T02:01:40.000Z', {
        state: 'archived',
      }),
      entry('https://example.com/tagged', 'Tagged thrice', '2023-11-16T02:06:40.000Z', {
        tags: ['a', 'b', 'c'],
        state: 'archived',
      }),
      entry(
        'https://news.example.gr/%CE%AC%CF%81%CE%B8%CF%81%CE%BF',
        'Ελληνικά νέα',
        '2023-11-16T02:08:20.000Z',
        {
          tags: ['news'],
        },
      ),
      entry('https://example.com/bad-date', 'Bad date row', null),
      entry('https://example.com/last', 'Last one', '2023-11-16T02:11:40.000Z', {
        tags: ['end'],
        state: 'archived',
      }),
    ]);
  });

  it('reports bad rows with the part name and line', () => {
    expect(result.problems).toEqual([
      { error: 'Skipped a row with 6 columns where the header has 5.', where: 'part_000001.csv line 4' },
      {
        error: 'Skipped a duplicate of the link at part_000000.csv line 2.',
        where: 'part_000001.csv line 5',
      },
      { error: BAD_DATE('not-a-date'), where: 'part_000001.csv line 8' },
    ]);
  });
});

describe('Pocket single CSV', () => {
  it('reads the cursor variant with columns in another order', () => {
    const result = parseImport(fixture('pocket-cursor-variant.csv'));
    expect(result.format).toBe('pocket-csv');
    expect(result.problems).toEqual([]);
    expect(result.entries).toEqual([
      entry('https://example.com/cursor/1', 'First with cursor', '2023-07-22T04:26:40.000Z', {
        tags: ['news'],
      }),
      entry('https://example.com/cursor/2', 'Second with cursor', '2023-07-22T04:28:20.000Z', {
        tags: ['news', 'long read'],
        state: 'archived',
      }),
      entry('https://example.com/cursor/3', 'Third, with a comma', '2023-07-22T04:30:00.000Z'),
    ]);
  });

  it('reads a CSV with a BOM and CRLF line ends', () => {
    const result = parseImport(fixture('pocket-single.csv'), 'pocket-single.csv');
    expect(result.format).toBe('pocket-csv');
    expect(result.problems).toEqual([]);
    expect(result.entries).toEqual([
      entry('https://single.example.com/1', 'Single file one', '2024-03-09T16:00:00.000Z', {
        tags: ['inbox'],
      }),
      entry('https://single.example.com/2', 'Quoted "title" here', '2024-03-09T16:01:40.000Z', {
        state: 'archived',
      }),
      entry('https://single.example.com/3', 'Third', '2024-03-09T16:03:20.000Z', { tags: ['x', 'y'] }),
    ]);
  });
});

describe('Pocket legacy HTML (ril_export.html)', () => {
  const result = parseImport(fixture('ril_export.html'), 'ril_export.html');

  it('reads both sections, with entities decoded and any attribute quoting', () => {
    expect(result.format).toBe('pocket-html');
    expect(result.entries).toEqual([
      entry(
        'https://example.com/ril/1?a=1&b=2',
        'Tom & Jerry\'s "guide" <2020>',
        '2020-09-13T12:26:40.000Z',
        {
          tags: ['reading', 'later'],
        },
      ),
      entry('https://example.com/ril/2', 'Single-quoted attributes ☺', '2020-09-13T12:28:20.000Z'),
      entry('https://example.com/ril/3', 'Unquoted attributes', '2020-09-13T12:30:00.000Z'),
      entry('https://example.com/ril/archived-1', 'Archived one', '2017-07-14T02:40:00.000Z', {
        tags: ['old'],
        state: 'archived',
      }),
      entry(
        'https://example.com/ril/archived-2',
        'Archived two, title on its own line',
        '2017-07-14T02:41:40.000Z',
        {
          state: 'archived',
        },
      ),
    ]);
    expect(result.problems).toEqual([{ error: NON_WEB('javascript:'), where: 'line 14' }]);
  });
});

describe('Instapaper CSV', () => {
  it('maps folders to state, favorite or a tag, and reads the JSON tags', () => {
    const result = parseImport(fixture('instapaper-export.csv'), 'instapaper-export.csv');
    expect(result.format).toBe('instapaper-csv');
    expect(result.problems).toEqual([]);
    expect(result.entries).toEqual([
      entry('https://instapaper.example.com/a', 'Unread article', '2022-04-15T05:20:00.000Z', {
        tags: ['tech', 'ai'],
      }),
      entry('https://instapaper.example.com/b', 'Archived article', '2022-04-15T05:21:40.000Z', {
        state: 'archived',
      }),
      entry('https://instapaper.example.com/c', 'Starred article', '2022-04-15T05:23:20.000Z', {
        tags: ['Favorites'],
        favorite: true,
      }),
      entry('https://instapaper.example.com/d', 'In a custom folder', '2022-04-15T05:25:00.000Z', {
        tags: ['Recipes', 'dinner'],
      }),
      entry('https://instapaper.example.com/e', 'Multi-line selection row', '2022-04-15T05:26:40.000Z'),
    ]);
  });

  it('reads the older layout without a Tags column', () => {
    const result = parseImport(fixture('instapaper-old.csv'));
    expect(result.format).toBe('instapaper-csv');
    expect(result.problems).toEqual([]);
    expect(result.entries).toEqual([
      entry('https://old.example.com/1', 'Old export one', '2014-05-13T16:53:20.000Z'),
      entry('https://old.example.com/2', 'Old export two', '2014-05-13T16:55:00.000Z', { state: 'archived' }),
      entry('https://old.example.com/3', 'Old starred', '2014-05-13T16:56:40.000Z', { favorite: true }),
      entry('https://old.example.com/4', 'Old custom folder', '2014-05-13T16:58:20.000Z', {
        tags: ['Read Later Maybe'],
      }),
    ]);
  });

  it('keeps the good rows of a file full of bad ones, and says what was wrong where', () => {
    const result = parseImport(fixture('bad-rows.csv'), 'bad-rows.csv');
    expect(result.format).toBe('instapaper-csv');
    expect(result.entries).toEqual([
      entry('https://good.example.com/1', 'Good row', '2022-04-15T05:20:00.000Z', { tags: ['ok'] }),
      entry('https://good.example.com/2', 'Invalid date', null),
      entry('https://good.example.com/3', 'Absurd date', null, { state: 'archived' }),
      entry('https://good.example.com/4', 'Broken tags', '2022-04-15T05:31:40.000Z'),
      entry('https://good.example.com/6', 'Last good row', '2022-04-15T05:38:20.000Z', {
        tags: ['a'],
        favorite: true,
      }),
    ]);
    expect(result.problems).toEqual([
      { error: NON_WEB('javascript:'), where: 'line 3' },
      { error: NON_WEB('data:'), where: 'line 4' },
      { error: NON_WEB('ftp:'), where: 'line 5' },
      { error: BAD_DATE('yesterday'), where: 'line 6' },
      { error: BAD_DATE('99999999999999999'), where: 'line 7' },
      { error: 'Skipped a duplicate of the link at line 2.', where: 'line 8' },
      { error: `Couldn't read the tags "[\"unclosed"; imported it without tags.`, where: 'line 9' },
      { error: 'Skipped a row with 7 columns where the header has 6.', where: 'line 10' },
      { error: `Skipped a link that isn't a valid web address: "not a url at all".`, where: 'line 11' },
      { error: 'Skipped an entry with no link.', where: 'line 12' },
    ]);
  });
});

describe('Omnivore ZIP export', () => {
  const result = parseImport(fixture('omnivore-export.zip'), 'omnivore-export.zip');

  it('reads metadata parts in numeric order, skips deleted items and carries the bodies', () => {
    expect(result.format).toBe('omnivore-zip');
    expect(result.entries).toEqual([
      entry('https://omnivore.example.com/article-1', 'Omnivore article 1', '2024-01-01T03:04:05.000Z', {
        tags: ['Newsletter', 'tech'],
        read: true,
        content: { type: 'markdown', text: '# Omnivore article 1\n\nSome **markdown** body.\n' },
        // highlights/slug-1.md (more cases: tests/unit/highlights/imports.test.ts)
        highlights: [{ quote: 'a highlight', note: '', labels: [], createdAt: null }],
      }),
      entry('https://omnivore.example.com/article-2', 'Omnivore article 2', '2024-01-02T03:04:05.000Z', {
        tags: ['Old style label'],
        state: 'archived',
        content: { type: 'html', text: '<div><p>Some <em>HTML</em> body.</p></div>' },
      }),
      entry('https://omnivore.example.com/article-3', 'Ärger mit Umlauten', null),
      entry(
        'https://omnivore.example.com/article-6',
        'https://omnivore.example.com/article-6',
        '2024-01-06T03:04:05.000Z',
        {
          tags: ['tech'],
          content: { type: 'markdown', text: 'Body of six.\n' },
        },
      ),
    ]);
    // `read` is present only when true.
    expect(result.entries.map((e) => 'read' in e)).toEqual([true, false, false, false]);
  });

  it('reports the bad items by file and item number', () => {
    expect(result.problems).toEqual([
      { error: BAD_DATE('sometime last week'), where: 'metadata_0_to_2.json item 3' },
      { error: NON_WEB('chrome:'), where: 'metadata_3_to_5.json item 2' },
    ]);
  });

  it('skips a damaged metadata file but keeps the others', () => {
    const broken = parseImport(fixture('malformed-omnivore.zip'));
    expect(broken.format).toBe('omnivore-zip');
    expect(broken.entries).toEqual([
      entry('https://omnivore.example.com/article-7', 'Omnivore article 7', '2024-01-07T03:04:05.000Z'),
    ]);
    expect(broken.problems).toEqual([
      {
        error: 'This part of the export is damaged (not valid JSON), so its articles were skipped.',
        where: 'metadata_0_to_0.json',
      },
      { error: 'Skipped an entry that is not an article record.', where: 'metadata_1_to_2.json item 2' },
      { error: 'Skipped an entry with no link.', where: 'metadata_1_to_2.json item 3' },
    ]);
  });
});

describe('Netscape bookmarks', () => {
  const result = parseImport(fixture('bookmarks.html'), 'bookmarks.html');

  it('turns nested folders into tags, but not the browser’s own bookmarks bar', () => {
    expect(result.format).toBe('netscape-html');
    expect(result.entries).toEqual([
      entry('https://news.example.com/', 'News front page', '2020-09-13T12:26:41.000Z'),
      entry('https://tech.example.com/a?x=1&y=2', 'Tech & society', '2020-09-13T12:26:43.000Z', {
        tags: ['Tech', 'reading'],
      }),
      // ADD_DATE in milliseconds is recognised as such.
      entry('https://ai.example.com/paper', 'A paper (milliseconds date)', '2020-09-13T12:26:45.000Z', {
        tags: ['Tech', 'AI'],
      }),
      entry('https://tech.example.com/b', 'Lower-case, single-quoted', '2020-09-13T12:26:46.000Z', {
        tags: ['Tech'],
      }),
      entry('https://food.example.com/soup', 'Soup', '2020-09-13T12:26:48.000Z', { tags: ['Recipes'] }),
      entry('https://top.example.com/', 'Top level, zero date', null),
    ]);
    expect(result.problems).toEqual([
      { error: NON_WEB('javascript:'), where: 'line 22' },
      { error: 'Skipped a duplicate of the link at line 11.', where: 'line 27' },
      { error: BAD_DATE('0'), where: 'line 29' },
    ]);
  });
});

describe('Plain URL list', () => {
  it('reads one link per line, skipping blanks and comments', () => {
    const result = parseImport(fixture('urls.txt'), 'urls.txt');
    expect(result.format).toBe('url-list');
    expect(result.entries).toEqual([
      entry('https://example.com/one', 'https://example.com/one', null),
      entry('http://example.com/two?q=a%20b', 'http://example.com/two?q=a%20b', null),
      entry('https://example.com/three', 'https://example.com/three', null),
      entry('https://example.com/four', 'The fourth one, with a title', null),
      entry('https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9', 'https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9', null),
    ]);
    expect(result.problems).toEqual([
      { error: `Skipped a link that isn't a valid web address: "example.com/no-scheme".`, where: 'line 8' },
      { error: 'Skipped a duplicate of the link at line 3.', where: 'line 9' },
      { error: NON_WEB('mailto:'), where: 'line 10' },
    ]);
  });
});

describe('Lectern backup', () => {
  it('exposes the backup’s list entries like any other import', () => {
    const result = parseImport(fixture('lectern-backup.json'), 'lectern-backup.json');
    expect(result.format).toBe('lectern-backup');
    expect(result.entries).toEqual([
      entry('https://lectern.example.com/1', 'Saved in Lectern', '2024-12-01T10:00:00.000Z', {
        tags: ['keep'],
        favorite: true,
      }),
      entry('https://lectern.example.com/2', 'Archived in Lectern', '2024-12-02T10:00:00.000Z', {
        state: 'archived',
      }),
      entry('https://lectern.example.com/4', 'https://lectern.example.com/4', null, { tags: ['x'] }),
    ]);
    expect(result.problems).toEqual([
      { error: NON_WEB('ftp:'), where: 'article 3' },
      { error: BAD_DATE('not a date'), where: 'article 4' },
    ]);
  });
});
