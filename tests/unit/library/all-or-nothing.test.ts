/**
 * A write is all or nothing. The bug: saveArticles queued its puts in a loop, and when something
 * threw synchronously mid-loop (a put refusing a value with DataCloneError, or our own code on a
 * malformed item), the error left the function before commit() could abort the transaction:
 * the puts already queued committed on their own, without their counts or index entries.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../utils/article';
import {
  deleteArticles,
  restoreArticles,
  saveArticles,
  type DeletedArticle,
  type SaveItem,
} from '../../../utils/library/articles';
import type { LibraryDb } from '../../../utils/library/db/open';
import { updateArticles } from '../../../utils/library/edits';
import { readFacets } from '../../../utils/library/facets';
import { LibrarySearch } from '../../../utils/library/search/query';
import { article, freshDb, saveAll } from './helpers';

const item = (url: string, title: string, extra: Partial<Article> = {}): SaveItem => ({
  article: article(url, title, extra),
  removed: [],
  restoredIds: [],
});

/** Everything a write touches, to compare before and after a failed one. */
async function snapshot(db: LibraryDb) {
  const tx = db.transaction(['articles', 'bodies', 'searchDocs', 'tail', 'docIds', 'meta']);
  const [articles, bodies, searchDocs, tail, docIds, meta] = await Promise.all([
    tx.objectStore('articles').getAll(),
    tx.objectStore('bodies').getAllKeys(),
    tx.objectStore('searchDocs').getAllKeys(),
    tx.objectStore('tail').getAllKeys(),
    tx.objectStore('docIds').getAll(),
    tx.objectStore('meta').getAll(),
  ]);
  return { articles, bodies, searchDocs, tail, docIds, meta, facets: await readFacets(db) };
}

const search = async (db: LibraryDb, query: string) => (await new LibrarySearch(db).search(query)).ids;

describe('a library write is all or nothing', () => {
  it('a put that throws at once (DataCloneError) mid-batch saves none of the batch', async () => {
    const db = await freshDb();
    await saveAll(db, [{ article: article('https://a.example/kept', 'Kept zebra') }]);
    const before = await snapshot(db);
    const batch = [
      item('https://a.example/1', 'First walrus'),
      item('https://a.example/2', 'Second walrus'),
      // A value structured clone refuses: IDBObjectStore.put throws synchronously.
      item('https://a.example/3', 'Third walrus', { uncloneable: () => 1 } as Partial<Article>),
      item('https://a.example/4', 'Fourth walrus'),
    ];
    await expect(saveArticles(db, batch)).rejects.toThrow(/clone/i);
    expect(await snapshot(db)).toEqual(before);
    expect(await search(db, 'walrus')).toEqual([]);
    expect(await search(db, 'zebra')).toHaveLength(1);

    // The library still takes the good articles afterwards.
    await saveArticles(db, [batch[0]!, batch[1]!]);
    expect(await search(db, 'walrus')).toHaveLength(2);
    expect((await readFacets(db)).all).toBe(3);
  });

  it('our own code throwing mid-batch (a malformed item) saves none of the batch', async () => {
    const db = await freshDb();
    const before = await snapshot(db);
    const batch: SaveItem[] = [
      item('https://b.example/1', 'Good otter'),
      // Tags that are not a list: normaliseTags throws while the first put is already queued.
      { ...item('https://b.example/2', 'Bad otter'), state: { tags: 7 as unknown as string[] } },
    ];
    await expect(saveArticles(db, batch)).rejects.toThrow(TypeError);
    expect(await snapshot(db)).toEqual(before);
    expect(await search(db, 'otter')).toEqual([]);
  });

  it('a restore (Undo) and an edit that throw mid-batch change nothing either', async () => {
    const db = await freshDb();
    const ids = await saveAll(db, [
      { article: article('https://c.example/1', 'Heron one') },
      { article: article('https://c.example/2', 'Heron two') },
    ]);
    const deleted = await deleteArticles(db, ids);
    const afterDelete = await snapshot(db);
    const broken: DeletedArticle[] = [
      deleted[0]!,
      { ...deleted[1]!, meta: { ...deleted[1]!.meta, uncloneable: () => 1 } as never },
    ];
    await expect(restoreArticles(db, broken)).rejects.toThrow(/clone/i);
    expect(await snapshot(db)).toEqual(afterDelete);

    await restoreArticles(db, deleted);
    // A record gone bad on disk (tags not a list): the edit throws on it, after the first put.
    await db.put('articles', { ...deleted[1]!.meta, tags: 5 as unknown as string[] });
    const restored = await snapshot(db);
    await expect(updateArticles(db, ids, { favorite: true })).rejects.toThrow(TypeError);
    expect(await snapshot(db)).toEqual(restored);
  });
});
