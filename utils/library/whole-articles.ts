/**
 * Articles read whole (list fields, body, offline images) for export and backup, and a backup's
 * records put back exactly as they were.
 */
import { restoreArticles, type DeletedArticle } from './articles';
import type { LibraryDb } from './db/open';
import type { ImageRecord } from './db/schema';

/** One article whole: list fields, body (none for a link) and offline images. */
export type FullArticle = DeletedArticle;

export async function readFullArticle(db: LibraryDb, id: string): Promise<FullArticle | null> {
  const tx = db.transaction(['articles', 'bodies', 'images']);
  const [meta, body, images] = await Promise.all([
    tx.objectStore('articles').get(id),
    tx.objectStore('bodies').get(id),
    tx.objectStore('images').index('by-article').getAll(id),
    tx.done,
  ]);
  return meta ? { meta, body, images } : null;
}

/** Every article id, oldest first (the order a backup lists them in). */
export async function allArticleIds(db: LibraryDb): Promise<string[]> {
  const ids: string[] = [];
  let cursor = await db.transaction('articles').store.index('by-savedAt').openKeyCursor();
  while (cursor) {
    ids.push(cursor.primaryKey);
    cursor = await cursor.continue();
  }
  return ids;
}

export interface RestoreResult {
  restored: number;
  /** Already in the library (same id or same address): left as they are. */
  skipped: { url: string; index: number }[];
}

/**
 * Puts backed-up articles back exactly as they were (ids, dates, states, bodies, images), in one
 * transaction through the library's own undo path. Articles already present are kept as they are.
 */
export async function restoreRecords(db: LibraryDb, records: readonly FullArticle[]): Promise<RestoreResult> {
  const tx = db.transaction('articles');
  const [byId, byUrl] = await Promise.all([
    Promise.all(records.map((record) => tx.store.getKey(record.meta.id))),
    Promise.all(records.map((record) => tx.store.index('by-url').getKey(record.meta.url))),
    tx.done,
  ]);
  const result: RestoreResult = { restored: 0, skipped: [] };
  const seen = new Set<string>();
  const fresh: FullArticle[] = [];
  records.forEach((record, index) => {
    const { id, url } = record.meta;
    if (byId[index] !== undefined || byUrl[index] !== undefined || seen.has(id) || seen.has(url)) {
      result.skipped.push({ url, index });
      return;
    }
    seen.add(id).add(url);
    fresh.push(record);
  });
  if (fresh.length) await restoreArticles(db, fresh);
  result.restored = fresh.length;
  return result;
}

export type { ImageRecord };
