/**
 * Numbered migrations: migration N takes a database at version N-1 to version N, inside the
 * upgrade transaction. Never edit a migration that has shipped; add the next one, and a fixture
 * of a database written by the version before it (tests/fixtures/databases/make-fixture.ts):
 * tests/unit/library-fixtures.test.ts opens every fixture with the current code.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { normaliseTags, withDerived, type BaseMeta } from './derive';
import { FacetDeltas } from './facets';
import { writeDocIds } from './search/doc-table';
import type { LecternDB } from './schema';

export type Migration = (
  db: IDBPDatabase<LecternDB>,
  tx: IDBPTransaction<LecternDB, StoreNames<LecternDB>[], 'versionchange'>,
) => void | Promise<void>;

export const migrations: Migration[] = [
  // 0 → 1: articles (list metadata) apart from bodies.
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('by-url', 'url', { unique: true });
    articles.createIndex('by-savedAt', 'savedAt');
    db.createObjectStore('bodies', { keyPath: 'id' });
  },

  // 1 → 2: an index for every sort and filter, filter counts, the search index, offline images.
  // Articles keep every v1 field and gain derived keys; their search entries are built after the
  // upgrade (search/backfill.ts), so opening a large library is not held up reading every body.
  async (db, tx) => {
    const articles = tx.objectStore('articles');
    articles.createIndex('by-publishedAt', ['publishedAt', 'savedAt']);
    articles.createIndex('by-title', ['sortTitle', 'savedAt']);
    articles.createIndex('by-site', ['siteKey', 'savedAt']);
    articles.createIndex('by-minutes', ['readingMinutes', 'savedAt']);
    articles.createIndex('by-shelf', ['shelf', 'savedAt']);
    articles.createIndex('by-fav', ['fav', 'savedAt']);
    articles.createIndex('by-tag', 'tags', { multiEntry: true });
    db.createObjectStore('images').createIndex('by-article', 'articleId');
    db.createObjectStore('facets', { keyPath: 'key' });
    db.createObjectStore('segments', { keyPath: 'id' });
    db.createObjectStore('blocks');
    db.createObjectStore('tail', { keyPath: 'docNum' });
    db.createObjectStore('searchDocs', { keyPath: 'id' });
    db.createObjectStore('docIds');
    db.createObjectStore('meta');

    const facets = new FacetDeltas();
    let count = 0;
    for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
      // Records written by v1 code, read defensively: a field missing must not abort the upgrade.
      const v1 = cursor.value as Partial<BaseMeta> & { id: string; url: string };
      const next = withDerived({
        ...(v1 as BaseMeta),
        title: v1.title ?? v1.url,
        readAt: v1.readAt ?? null,
        archived: v1.archived ?? false,
        favorite: v1.favorite ?? false,
        tags: normaliseTags(v1.tags ?? []),
        progress: v1.progress ?? 0,
      });
      facets.change(undefined, next);
      await cursor.update(next);
      count++;
    }
    await facets.apply(tx.objectStore('facets'));
    if (count) await tx.objectStore('meta').put(true, 'searchBackfill');
  },

  // 2 → 3: the search index's docNum → id table, one record per number in version 2, packed
  // 1,024 numbers to a record (search/doc-table.ts): a search loads it whole, and 100,000 small
  // records took 700 ms to read in Chromium. The search index itself is unchanged.
  async (_db, tx) => {
    const docIds = tx.objectStore('docIds');
    const [docNums, ids] = await Promise.all([docIds.getAllKeys(), docIds.getAll()]);
    await docIds.clear();
    await writeDocIds(docIds, new Map(docNums.map((docNum, index) => [docNum, ids[index]!])));
  },
];

export const DB_VERSION = migrations.length;
