/**
 * A save that runs out of room is all or nothing. A browser out of storage can refuse a put at
 * once (a QuotaExceededError thrown synchronously from IDBObjectStore.put) rather than failing
 * the request later: nothing of the batch may be stored, and the articles already in the library
 * stay as they were.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { saveArticles } from '../../../utils/library/articles';
import type { LibraryDb } from '../../../utils/library/db/open';
import { readFacets } from '../../../utils/library/facets';
import { LibrarySearch } from '../../../utils/library/search/query';
import { article, freshDb, saveAll } from './helpers';

const realPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

/** The next puts succeed `after` times, then every one throws at once, as a full disk does. */
function quotaAfter(after: number): void {
  let left = after;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (left-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return realPut.apply(this, args);
  };
}

async function everything(db: LibraryDb) {
  const stores = ['articles', 'bodies', 'searchDocs', 'tail', 'docIds', 'meta', 'facets'] as const;
  const tx = db.transaction([...stores]);
  const contents = await Promise.all(stores.map((name) => tx.objectStore(name).getAll()));
  return Object.fromEntries(stores.map((name, index) => [name, contents[index]]));
}

describe('a save that runs out of room', () => {
  for (const after of [0, 1, 3, 5]) {
    it(`throwing QuotaExceededError at once on put ${after + 1} stores nothing of the batch`, async () => {
      const db = await freshDb();
      await saveAll(db, [
        { article: article('https://q.example/kept', 'Kept heron', { text: 'Heron body.' }) },
      ]);
      const before = await everything(db);
      quotaAfter(after);
      const batch = [1, 2, 3].map((n) => ({
        article: article(`https://q.example/${n}`, `Quota puffin ${n}`),
        removed: [],
        restoredIds: [],
      }));
      await expect(saveArticles(db, batch)).rejects.toThrow(/quota/i);
      IDBObjectStore.prototype.put = realPut;
      expect(await everything(db)).toEqual(before);
      expect((await new LibrarySearch(db).search('puffin')).ids).toEqual([]);
      expect((await new LibrarySearch(db).search('heron')).ids).toHaveLength(1);
      expect((await readFacets(db)).all).toBe(1);
    });
  }
});
