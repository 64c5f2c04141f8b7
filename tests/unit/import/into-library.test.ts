/**
 * Imports into the library on fake-indexeddb: every sample export becomes link entries that keep
 * their dates, tags and read/archived/favourite state, checked entry by entry; entries already
 * saved are left alone; a failed write leaves nothing behind (no entries, no jobs).
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseImport, type ImportEntry } from '../../../utils/import';
import { importIntoLibrary, enqueueWaitingLinks } from '../../../utils/import/into-library';
import { countJobs, openQueueDb, pendingJobs, getBody, type QueueDb } from '../../../utils/fetch-queue/store';
import { findByUrl, listNewest } from '../../../utils/library/articles';
import type { LibraryDb } from '../../../utils/library/db/open';
import { openLibraryDb } from '../../../utils/library/db/open';
import { normaliseTags } from '../../../utils/library/derive';
import { readFacets } from '../../../utils/library/facets';
import { LibrarySearch } from '../../../utils/library/search/query';
import { normaliseUrl } from '../../../utils/library/url';
import { fixture } from '../../fixtures/imports/helpers';

const NOW = Date.UTC(2026, 0, 15, 12);
let counter = 0;
let library: LibraryDb;
let queue: QueueDb;

beforeEach(async () => {
  counter++;
  library = await openLibraryDb(`import-lib-${counter}`);
  queue = await openQueueDb(`import-queue-${counter}`);
});

/** What a link entry must hold for a parsed entry. */
function expectEntry(meta: Awaited<ReturnType<typeof findByUrl>>, entry: ImportEntry): void {
  expect(meta, entry.url).toBeDefined();
  expect(meta).toMatchObject({
    kind: 'link',
    url: normaliseUrl(entry.url),
    title: entry.title,
    savedAt: entry.addedAt ? Date.parse(entry.addedAt) : NOW,
    archived: entry.state === 'archived',
    favorite: entry.favorite,
    fav: entry.favorite ? 1 : 0,
    readAt: entry.read ? NOW : null,
    shelf: entry.state === 'archived' ? 'archived' : entry.read ? 'read' : 'unread',
    tags: normaliseTags(entry.tags),
    wordCount: 0,
    bytes: 0,
  });
}

const SAMPLES = [
  ['pocket-export.zip', 'pocket-zip', 14],
  ['pocket-single.csv', 'pocket-csv', 3],
  ['pocket-cursor-variant.csv', 'pocket-csv', 3],
  ['ril_export.html', 'pocket-html', 5],
  ['instapaper-export.csv', 'instapaper-csv', 5],
  ['instapaper-old.csv', 'instapaper-csv', 4],
  ['omnivore-export.zip', 'omnivore-zip', 4],
  ['bookmarks.html', 'netscape-html', 6],
  ['urls.txt', 'url-list', 5],
  ['lectern-backup.json', 'lectern-backup', 3],
  ['bad-rows.csv', 'instapaper-csv', 5],
] as const;

describe('importing every sample export into the library', () => {
  for (const [file, format, count] of SAMPLES) {
    it(`${file}: ${count} link entries, entry by entry, each queued for fetching`, async () => {
      const parsed = parseImport(fixture(file), file);
      expect(parsed.format).toBe(format);
      const summary = await importIntoLibrary(library, queue, parsed, NOW);
      expect(summary).toMatchObject({ format, found: count, added: count, alreadySaved: 0 });
      for (const entry of parsed.entries) expectEntry(await findByUrl(library, entry.url), entry);
      const list = await listNewest(library);
      expect(list).toHaveLength(count);
      const jobs = await pendingJobs(queue);
      expect(jobs.map((job) => job.id).sort()).toEqual(list.map((meta) => meta.id).sort());
      expect((await readFacets(library)).all).toBe(count);
    });
  }

  it('Pocket: states, tags and dates as Pocket had them', async () => {
    const parsed = parseImport(fixture('pocket-export.zip'), 'pocket-export.zip');
    await importIntoLibrary(library, queue, parsed, NOW);
    expect(await findByUrl(library, 'https://example.org/caf%C3%A9-society')).toMatchObject({
      title: 'Café society: a history',
      savedAt: Date.UTC(2023, 10, 14, 22, 15),
      archived: true,
      shelf: 'archived',
      tags: ['food', 'history'],
      site: 'example.org',
    });
    // Stored without its tracking parameter, so saving the page later finds this entry.
    expect(await findByUrl(library, 'https://blog.example.com/rust-wasm')).toMatchObject({
      url: 'https://blog.example.com/rust-wasm',
      title: 'Rust, WebAssembly and you: a "practical" guide',
      tags: ['rust', 'wasm'],
    });
    // A row whose date could not be read is dated by the import.
    expect((await findByUrl(library, 'https://example.com/bad-date'))?.savedAt).toBe(NOW);
    const facets = await readFacets(library);
    expect(facets.shelves).toEqual({ unread: 8, read: 0, archived: 6 });
    expect(facets.tags.find((tag) => tag.name === 'history')?.count).toBe(2);
  });

  it('Instapaper: starred becomes a favourite, a custom folder a tag', async () => {
    await importIntoLibrary(library, queue, parseImport(fixture('instapaper-export.csv')), NOW);
    expect(await findByUrl(library, 'https://instapaper.example.com/c')).toMatchObject({
      favorite: true,
      fav: 1,
      tags: ['favorites'],
      savedAt: 1650000200_000,
    });
    expect((await findByUrl(library, 'https://instapaper.example.com/d'))?.tags).toEqual([
      'recipes',
      'dinner',
    ]);
    expect((await readFacets(library)).favorites).toBe(1);
  });

  it('Omnivore: read progress, labels, and the bodies the export carries are queued with their jobs', async () => {
    const parsed = parseImport(fixture('omnivore-export.zip'));
    const summary = await importIntoLibrary(library, queue, parsed, NOW);
    expect(summary.withBody).toBe(3);
    const first = await findByUrl(library, 'https://omnivore.example.com/article-1');
    expect(first).toMatchObject({ readAt: NOW, shelf: 'read', tags: ['newsletter', 'tech'] });
    expect(await getBody(queue, first!.id)).toEqual({
      type: 'markdown',
      text: '# Omnivore article 1\n\nSome **markdown** body.\n',
    });
    expect((await findByUrl(library, 'https://omnivore.example.com/article-2'))?.shelf).toBe('archived');
  });

  it('link entries are searchable by title, site and tags at once', async () => {
    await importIntoLibrary(library, queue, parseImport(fixture('pocket-export.zip')), NOW);
    const search = new LibrarySearch(library);
    const hit = async (query: string) =>
      Promise.all(
        (await search.search(query)).ids.map(async (id) => (await library.get('articles', id))?.title),
      );
    expect(await hit('webassembly')).toEqual(['Rust, WebAssembly and you: a "practical" guide']);
    expect(await hit('longread')).toEqual(['The long read']);
    expect(await hit('vanityfair')).toEqual(['How the Web Was Won']);
  });
});

describe('importing over an existing library', () => {
  it('leaves entries already saved exactly as they are, and says how many', async () => {
    const parsed = parseImport(fixture('instapaper-export.csv'));
    await importIntoLibrary(library, queue, parsed, NOW);
    const before = await listNewest(library);
    const again = await importIntoLibrary(library, queue, parsed, NOW + 1000);
    expect(again).toMatchObject({ found: 5, added: 0, alreadySaved: 5 });
    expect(await listNewest(library)).toEqual(before);
    expect((await countJobs(queue)).total).toBe(5);
  });

  it('treats links that differ only by tracking parameters or fragments as one', async () => {
    const parsed = parseImport(
      new TextEncoder().encode(
        'https://a.example/x?utm_source=feed\nhttps://a.example/x#top\nhttps://a.example/y\n',
      ),
      'list.txt',
    );
    expect(parsed.entries).toHaveLength(3);
    const summary = await importIntoLibrary(library, queue, parsed, NOW);
    expect(summary).toMatchObject({ added: 2, alreadySaved: 1 });
  });

  it('a write that fails half-way leaves no entry and no job behind', async () => {
    await importIntoLibrary(library, queue, parseImport(fixture('pocket-single.csv')), NOW);
    const before = await listNewest(library);
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function put(
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'articles' && ++calls === 7)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    };
    try {
      await expect(
        importIntoLibrary(library, queue, parseImport(fixture('pocket-export.zip')), NOW),
      ).rejects.toThrow(/quota/);
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    expect(await listNewest(library)).toEqual(before);
    expect((await readFacets(library)).all).toBe(3);
    expect((await countJobs(queue)).total).toBe(3);
  });

  it('links without a job (restored, or left by a crash) can be queued again', async () => {
    await importIntoLibrary(library, queue, parseImport(fixture('urls.txt'), 'urls.txt'), NOW);
    const otherQueue = await openQueueDb(`import-queue-other-${counter}`);
    expect(await enqueueWaitingLinks(library, otherQueue)).toBe(5);
    expect(await enqueueWaitingLinks(library, otherQueue)).toBe(0);
  });
});
