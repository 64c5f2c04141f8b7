/**
 * Data survives a schema upgrade: a database written by version 1 (its upgrade code frozen here,
 * as it shipped) opens with the current code with every article and body intact, every new
 * index and count filled in, and every article findable once the search backfill has run.
 */
import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { getArticle } from '../../../utils/library/articles';
import { DB_VERSION, openLibraryDb } from '../../../utils/library/db/open';
import { readFacets } from '../../../utils/library/facets';
import { orderedIds } from '../../../utils/library/listing';
import { backfillSearchIndex, searchBackfillPending } from '../../../utils/library/search/backfill';
import { migrations } from '../../../utils/library/db/migrations';
import { readDocIds } from '../../../utils/library/search/doc-table';
import { LibrarySearch } from '../../../utils/library/search/query';

/** Version 1's upgrade, copied from utils/library/db.ts as shipped. Never edit. */
function upgradeV1(db: IDBPDatabase) {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('by-url', 'url', { unique: true });
  articles.createIndex('by-savedAt', 'savedAt');
  db.createObjectStore('bodies', { keyPath: 'id' });
}

/** An article as version 1 stored it (no derived keys). */
function v1Article(index: number) {
  return {
    id: `id-${index}`,
    url: `https://site${index % 3}.example/story-${index}`,
    title: `Story number ${index}`,
    byline: index % 2 ? 'Ana Ruiz' : null,
    siteName: index % 3 ? `Site ${index % 3}` : null,
    publishedTime: index % 4 ? '2025-03-0' + ((index % 9) + 1) + 'T10:00:00Z' : null,
    lang: 'en',
    dir: null,
    excerpt: `Excerpt ${index}`,
    leadImage: null,
    wordCount: 100 + index,
    readingMinutes: 1 + (index % 7),
    savedAt: 1_700_000_000_000 + index * 1000,
    updatedAt: 1_700_000_000_000 + index * 1000,
    readAt: index % 5 === 0 ? 1_700_000_100_000 : null,
    archived: index % 7 === 0,
    favorite: index % 4 === 0,
    tags: index % 6 === 0 ? ['Long Reads', 'long reads '] : [],
    kind: 'article' as const,
    bytes: 500,
    progress: index % 5 === 0 ? 1 : 0,
  };
}

async function writeV1(name: string, count: number) {
  const db = await openDB(name, 1, { upgrade: upgradeV1 });
  const tx = db.transaction(['articles', 'bodies'], 'readwrite');
  for (let index = 0; index < count; index++) {
    void tx.objectStore('articles').put(v1Article(index));
    void tx.objectStore('bodies').put({
      id: `id-${index}`,
      html: `<p>Body of story ${index} mentions word${index}x.</p>`,
      text: `Body of story ${index} mentions word${index}x.`,
      removed: [],
      restoredIds: [],
    });
  }
  // An odd record v1 code could have left (missing fields): it must not stop the upgrade.
  void tx.objectStore('articles').put({ id: 'odd', url: 'not a url', savedAt: 5, kind: 'link', bytes: 0 });
  await tx.done;
  db.close();
}

describe('migration 1 → 2', () => {
  it('keeps every v1 article and body, adds derived keys, counts and search', async () => {
    const name = `lectern-migration-${Date.now()}`;
    const count = 250;
    await writeV1(name, count);

    const db = await openLibraryDb(name);
    expect(db.version).toBe(DB_VERSION);
    for (let index = 0; index < count; index++) {
      const original = v1Article(index);
      const found = await getArticle(db, original.id);
      expect(found?.meta).toMatchObject({ ...original, tags: index % 6 === 0 ? ['long reads'] : [] });
      expect(found?.body?.text).toBe(`Body of story ${index} mentions word${index}x.`);
      expect(found?.meta.shelf).toBe(original.archived ? 'archived' : original.readAt ? 'read' : 'unread');
      expect(found?.meta.fav).toBe(original.favorite ? 1 : 0);
      expect(found?.meta.site).toBe(original.siteName ?? `site${index % 3}.example`);
    }
    expect((await getArticle(db, 'odd'))?.meta).toMatchObject({
      title: 'not a url',
      site: 'not a url',
      tags: [],
    });

    const all = Array.from({ length: count }, (_, index) => v1Article(index));
    const facets = await readFacets(db);
    expect(facets.all).toBe(count + 1);
    expect(facets.shelves.archived).toBe(all.filter((a) => a.archived).length);
    expect(facets.favorites).toBe(all.filter((a) => a.favorite).length);
    expect(facets.tags).toMatchObject([
      { name: 'long reads', count: all.filter((a) => a.tags.length).length },
    ]);
    const favourites = await orderedIds(
      db,
      { view: 'favorites', site: null, tag: null },
      { key: 'savedAt', dir: 'desc' },
    );
    expect(favourites).toEqual(
      all
        .filter((a) => a.favorite)
        .map((a) => a.id)
        .reverse(),
    );

    // Search entries are built after the upgrade, in batches.
    expect(await searchBackfillPending(db)).toBe(true);
    expect(await backfillSearchIndex(db, 64)).toBe(count + 1);
    expect(await searchBackfillPending(db)).toBe(false);
    const search = new LibrarySearch(db);
    for (const index of [0, 1, 77, count - 1])
      expect((await search.search(`word${index}x`)).ids).toEqual([`id-${index}`]);
    expect((await search.search('story number')).ids).toHaveLength(count);
  });

  it('a new database starts at the current version with nothing to backfill', async () => {
    const db = await openLibraryDb(`lectern-new-${Date.now()}`);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      [
        'articles',
        'blocks',
        'bodies',
        'docIds',
        'facets',
        'highlights',
        'images',
        'meta',
        'searchDocs',
        'segments',
        'tail',
      ].sort(),
    );
    expect(await searchBackfillPending(db)).toBe(false);
  });

  it('migration 2 → 3 packs the docNum → id table without losing a number', async () => {
    const name = `lectern-migration-3-${Date.now()}`;
    const v2 = await openDB(name, 2, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        for (let version = oldVersion + 1; version <= 2; version++)
          await migrations[version - 1]!(db as never, tx as never);
      },
    });
    // Version 2 kept one record per document number; deleted numbers simply had none.
    const live = new Map([
      [0, 'first'],
      [5, 'fifth'],
      [1023, 'end-of-chunk'],
      [1024, 'next-chunk'],
      [5000, 'far'],
    ]);
    const tx = v2.transaction('docIds', 'readwrite');
    for (const [docNum, id] of live) void tx.store.put(id, docNum);
    await tx.done;
    v2.close();

    const db = await openLibraryDb(name);
    expect(db.version).toBe(DB_VERSION);
    const ids = await readDocIds(db.transaction('docIds').store);
    for (const [docNum, id] of live) expect(ids[docNum]).toBe(id);
    expect(ids.filter(Boolean)).toHaveLength(live.size);
    expect(await db.count('docIds')).toBe(3);
  });
});
