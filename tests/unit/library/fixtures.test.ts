/**
 * Data survives a schema upgrade from every older version. Each fixture under
 * tests/fixtures/databases/ is a database written by the code that shipped that version
 * (make-fixture.ts): it is put back into IndexedDB at its version, opened with the current code,
 * and every article, body, count, order and search hit is checked against the dump.
 */
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../utils/article';
import { deleteArticle, getArticle, saveArticle } from '../../../utils/library/articles';
import type { LibraryDb } from '../../../utils/library/db/open';
import { DB_VERSION, openLibraryDb } from '../../../utils/library/db/open';
import { normaliseTags } from '../../../utils/library/derive';
import { readFacets } from '../../../utils/library/facets';
import { fold } from '../../../utils/library/fold';
import { orderedIds, type ListFilter, type ListSort } from '../../../utils/library/listing';
import { migrations, type Migration } from '../../../utils/library/db/migrations';
import type { ArticleBody, ArticleMeta } from '../../../utils/library/db/schema';
import { backfillSearchIndex, searchBackfillPending } from '../../../utils/library/search/backfill';
import { LibrarySearch } from '../../../utils/library/search/query';
import { upkeep } from '../../../utils/library/upkeep';
import { ARTICLE_COUNT, TOPICS, topicOf } from '../../fixtures/databases/articles';
import { decode, type DatabaseFixture, type StoreSchema } from '../../fixtures/databases/codec';
import { storedHtml } from '../../stored-html';

const DIR = resolve(import.meta.dirname, '../../fixtures/databases');
const FIXTURES = readdirSync(DIR)
  .filter((file) => /^v\d+\.json$/.test(file))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as DatabaseFixture);

/** The fields every version stored (v1's whole record); later fields are derived from them. */
type StoredMeta = Omit<ArticleMeta, 'shelf' | 'fav' | 'publishedAt' | 'sortTitle' | 'site' | 'siteKey'>;

function records<T>(fixture: DatabaseFixture, store: string): T[] {
  return (fixture.stores[store] ?? []).map(([, value]) => decode(value) as T);
}

/** The schema a database gets from migrations 1..version, read back like make-fixture.ts does. */
function schemaOf(db: IDBDatabase): Record<string, StoreSchema> {
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names);
  return Object.fromEntries(
    names.map((name) => {
      const store = tx.objectStore(name);
      const indexes = Object.fromEntries(
        [...store.indexNames].sort().map((indexName) => {
          const index = store.index(indexName);
          return [indexName, { keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry }];
        }),
      );
      return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
}

let serial = 0;

/** Recreates the fixture's database at its version, with the shipped migrations and its records. */
async function restore(fixture: DatabaseFixture): Promise<string> {
  const name = `lectern-fixture-v${fixture.version}-${++serial}`;
  const db = await openDB(name, fixture.version, {
    async upgrade(database, oldVersion, _newVersion, tx) {
      for (const migration of migrations.slice(oldVersion, fixture.version))
        await migration(database as never, tx as never);
    },
  });
  // A shipped migration edited since would build another schema than the old code did.
  expect(schemaOf(db as unknown as IDBDatabase)).toEqual(fixture.schema);
  const names = Object.keys(fixture.stores);
  const tx = db.transaction(names, 'readwrite');
  for (const store of names)
    for (const [key, value] of fixture.stores[store]!) {
      const target = tx.objectStore(store);
      void (target.keyPath === null
        ? target.put(decode(value), decode(key) as IDBValidKey)
        : target.put(decode(value)));
    }
  await tx.done;
  db.close();
  return name;
}

/** The longest word of a text, which is the fixture's unique word in every title and topic. */
const longestWord = (text: string) =>
  (text.match(/[\p{L}\p{N}]+/gu) ?? []).sort((a, b) => b.length - a.length)[0]!;

function expectedShelf(meta: StoredMeta) {
  if (meta.archived) return 'archived';
  return meta.readAt === null ? 'unread' : 'read';
}

describe.each(FIXTURES.map((fixture) => [fixture.version, fixture] as const))(
  'a version %i database written by its own code',
  (_version, fixture) => {
    const metas = records<StoredMeta>(fixture, 'articles');
    const bodies = records<ArticleBody>(fixture, 'bodies');

    it('is a real-sized library (the fixture is not empty or trimmed)', () => {
      expect(fixture.version).toBeLessThan(DB_VERSION);
      expect(metas.length).toBeGreaterThanOrEqual(ARTICLE_COUNT - 3);
      expect(bodies).toHaveLength(metas.length);
    });

    it('opens with the current code with every article, body, count and order intact', async () => {
      const db = await openLibraryDb(await restore(fixture));
      expect(db.version).toBe(DB_VERSION);

      for (const stored of metas) {
        const found = await getArticle(db, stored.id);
        // Version 1 kept tags as typed; later versions normalise them on the way up.
        expect(found?.meta).toMatchObject({ ...stored, tags: normaliseTags(stored.tags) });
        expect(found?.meta.shelf).toBe(expectedShelf(stored));
        expect(found?.meta.fav).toBe(stored.favorite ? 1 : 0);
        expect(found?.meta.sortTitle).toBe(fold(stored.title));
        expect(found?.body).toEqual(bodies.find((body) => body.id === stored.id));
      }

      const facets = await readFacets(db);
      expect(facets.all).toBe(metas.length);
      // Migration 4 adds the library's size: every article's own bytes, summed.
      expect(facets.bytes).toBe(metas.reduce((sum, meta) => sum + meta.bytes, 0));
      expect(facets.bytes).toBeGreaterThan(0);
      for (const shelf of ['unread', 'read', 'archived'] as const)
        expect(facets.shelves[shelf]).toBe(metas.filter((meta) => expectedShelf(meta) === shelf).length);
      expect(facets.favorites).toBe(metas.filter((meta) => meta.favorite).length);
      const tagCounts = new Map<string, number>();
      for (const meta of metas)
        for (const tag of normaliseTags(meta.tags)) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
      expect(facets.tags.map((tag) => [tag.name, tag.count])).toEqual(
        [...tagCounts].sort(([a], [b]) => a.localeCompare(b)),
      );
      expect(facets.tags.map((tag) => tag.name)).toContain('café');
      expect(facets.sites.reduce((sum, site) => sum + site.count, 0)).toBe(metas.length);

      const list = (filter: Partial<ListFilter>, sort: ListSort) =>
        orderedIds(db, { view: 'all', site: null, tag: null, ...filter }, sort);
      const bySaved = [...metas].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1));
      expect(await list({}, { key: 'savedAt', dir: 'desc' })).toEqual(bySaved.map((meta) => meta.id));
      expect(await list({ view: 'unread' }, { key: 'savedAt', dir: 'desc' })).toEqual(
        bySaved.filter((meta) => expectedShelf(meta) === 'unread').map((meta) => meta.id),
      );
      expect(await list({ tag: 'long reads' }, { key: 'savedAt', dir: 'desc' })).toEqual(
        bySaved.filter((meta) => normaliseTags(meta.tags).includes('long reads')).map((meta) => meta.id),
      );
      const byTitle = [...metas].sort(
        (a, b) =>
          (fold(a.title) < fold(b.title) ? -1 : fold(a.title) > fold(b.title) ? 1 : 0) ||
          a.savedAt - b.savedAt,
      );
      expect(await list({}, { key: 'title', dir: 'asc' })).toEqual(byTitle.map((meta) => meta.id));
      const byMinutes = await list({}, { key: 'minutes', dir: 'asc' });
      const minutes = byMinutes.map((id) => metas.find((meta) => meta.id === id)!.readingMinutes);
      expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
      db.close();
    });

    it('finds every article by a word of its title and of its body, and no deleted one', async () => {
      const db = await openLibraryDb(await restore(fixture));
      // Version 1 had no search index: migration 2 leaves it to the backfill.
      expect(await searchBackfillPending(db)).toBe(fixture.version < 2);
      if (await searchBackfillPending(db)) expect(await backfillSearchIndex(db, 16)).toBe(metas.length);
      const search = new LibrarySearch(db);
      const kept = new Map(metas.map((meta) => [topicOf(meta.url), meta.id]));
      for (const [index, [topic, bodyWord]] of TOPICS.entries()) {
        const id = kept.get(index);
        const byTitle = (await search.search(longestWord(topic))).ids;
        const byBody = (await search.search(bodyWord)).ids;
        if (id) {
          expect(byTitle, `"${topic}" in a title`).toContain(id);
          expect(byTitle, `folded "${topic}"`).toEqual((await search.search(fold(longestWord(topic)))).ids);
          expect(byBody, `"${bodyWord}" in a body`).toEqual([id]);
        } else expect(byBody, `"${bodyWord}" of a deleted article`).toEqual([]);
      }
      expect(kept.size).toBe(metas.length);
      expect(kept.size).toBeLessThan(TOPICS.length);
      // An article saved again (a correction) is found by its new text.
      expect((await search.search('correction')).ids).toHaveLength(1);
      db.close();
    });

    it('saves and deletes after the upgrade, with counts and search following', async () => {
      const db: LibraryDb = await openLibraryDb(await restore(fixture));
      await backfillSearchIndex(db);
      const fresh: Article = {
        url: 'https://new.example/after-upgrade',
        title: 'Written after the upgrade',
        byline: null,
        siteName: 'New Site',
        publishedTime: null,
        lang: 'en',
        dir: null,
        excerpt: null,
        leadImage: null,
        html: storedHtml('<p>Zeppelins returned.</p>'),
        text: 'Zeppelins returned.',
        wordCount: 2,
        readingMinutes: 1,
      };
      const saved = await saveArticle(db, { article: fresh, removed: [], restoredIds: [] });
      expect(saved.updated).toBe(false);
      const victim = metas[0]!;
      const victimWord = TOPICS[topicOf(victim.url)]![1];
      expect(await deleteArticle(db, victim.id)).toMatchObject({ meta: { id: victim.id } });
      // Upkeep flushes the tail and merges the old segments with the new ones.
      await upkeep(db);

      const search = new LibrarySearch(db);
      expect((await search.search('zeppelins')).ids).toEqual([saved.id]);
      expect((await search.search(victimWord)).ids).toEqual([]);
      expect(await getArticle(db, victim.id)).toBeNull();
      const facets = await readFacets(db);
      expect(facets.all).toBe(metas.length);
      expect(facets.sites.find((site) => site.label === 'New Site')?.count).toBe(1);
      const newest = await orderedIds(
        db,
        { view: 'all', site: null, tag: null },
        { key: 'savedAt', dir: 'desc' },
      );
      expect(newest[0]).toBe(saved.id);
      expect(newest).not.toContain(victim.id);
      for (const meta of metas.slice(1))
        expect((await search.search(TOPICS[topicOf(meta.url)]![1])).ids).toEqual([meta.id]);
      db.close();
    });

    it('a failing later migration leaves the database at its version with every record', async () => {
      // A future migration that destroys data, then fails: the upgrade must roll all of it back.
      const failing: Migration = async (database, tx) => {
        await tx.objectStore('articles').clear();
        database.deleteObjectStore('bodies');
        throw new Error('migration bug');
      };
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      vi.resetModules();
      vi.doMock('../../../utils/library/db/migrations', () => ({
        migrations: [...migrations, failing],
        DB_VERSION: migrations.length + 1,
      }));
      const future = await import('../../../utils/library/db/open');
      const name = await restore(fixture);
      await expect(future.openLibraryDb(name)).rejects.toThrow();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('upgrade failed'), expect.any(Error));
      warn.mockRestore();

      const raw = await openDB(name);
      expect(raw.version).toBe(fixture.version);
      for (const store of Object.keys(fixture.stores))
        expect((await raw.getAll(store as never)).length, store).toBe(fixture.stores[store]!.length);
      expect(await raw.getAll('bodies' as never)).toEqual(bodies);
      raw.close();

      // The shipped code still opens it and finds everything.
      const db = await openLibraryDb(name);
      expect(db.version).toBe(DB_VERSION);
      expect((await readFacets(db)).all).toBe(metas.length);
      db.close();
    });
  },
);

afterEach(() => {
  vi.doUnmock('../../../utils/library/db/migrations');
});
