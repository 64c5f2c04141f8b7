/**
 * Indexes articles saved before the search index existed (migration 2 sets `searchBackfill`).
 * Runs in batches, each its own transaction, from the background at start-up and from the
 * library page; two running at once is harmless (each skips what the other indexed).
 */
import type { LibraryDb } from '../db/open';
import { commit, WRITE_STORES } from '../db/tx';
import { updateSearchIndex } from './indexer';
import { bodyTerms, metaTerms } from './terms';
import { getMeta, putMeta } from '../db/meta';

export async function searchBackfillPending(db: LibraryDb): Promise<boolean> {
  return (await getMeta(db.transaction('meta').store, 'searchBackfill')) === true;
}

/** Indexes every article without a search entry; returns how many it indexed. */
export async function backfillSearchIndex(db: LibraryDb, batchSize = 100): Promise<number> {
  if (!(await searchBackfillPending(db))) return 0;
  const keys = db.transaction(['articles', 'searchDocs']);
  const [all, indexed] = await Promise.all([
    keys.objectStore('articles').getAllKeys(),
    keys.objectStore('searchDocs').getAllKeys(),
  ]);
  const done = new Set(indexed);
  const missing = all.filter((id) => !done.has(id));
  let count = 0;
  for (let start = 0; start < missing.length; start += batchSize) {
    const ids = missing.slice(start, start + batchSize);
    const read = db.transaction('bodies');
    const bodies = await Promise.all(ids.map((id) => read.store.get(id)));
    // Tokenise outside the write transaction so other writers wait as little as possible.
    const weights = bodies.map((body) => bodyTerms(body?.text ?? ''));
    const tx = db.transaction(WRITE_STORES, 'readwrite');
    const [metas, docs] = await Promise.all([
      Promise.all(ids.map((id) => tx.objectStore('articles').get(id))),
      Promise.all(ids.map((id) => tx.objectStore('searchDocs').get(id))),
    ]);
    // Skip articles deleted, or saved again (and so indexed), since the bodies were read.
    const updates = ids.flatMap((id, index) => {
      const meta = metas[index];
      return meta && !docs[index] ? [{ id, meta: metaTerms(meta), body: weights[index]! }] : [];
    });
    await commit(tx, (writes) => void writes.push(updateSearchIndex(tx, updates)));
    count += updates.length;
  }
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([putMeta(tx.store, 'searchBackfill', false), tx.done]);
  return count;
}
