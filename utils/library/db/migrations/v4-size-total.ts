/**
 * 3 → 4: the library's size, kept. The `facets` store gets one more record, key 'bytes', whose
 * count is the sum of every article's `bytes` (its text and offline pictures); from here on every
 * write adjusts it (facets.ts) as it does the other counts. Before, the library and the options
 * page showed the browser's estimate for the whole extension origin (search index, fetch queue,
 * compaction slack), which read "162 KB" for an empty library and moved between runs.
 *
 * The record's shape is written out here, not taken from facets.ts: a shipped migration keeps
 * writing the version 4 layout, whatever the live module becomes.
 */
import type { Migration } from './migration';

export const addSizeTotal: Migration = async (_db, tx) => {
  let bytes = 0;
  let cursor = await tx.objectStore('articles').openCursor();
  while (cursor) {
    bytes += cursor.value.bytes || 0;
    cursor = await cursor.continue();
  }
  if (bytes > 0)
    await tx
      .objectStore('facets')
      .put({ key: 'bytes', kind: 'bytes', name: 'bytes', label: 'Bytes', count: bytes });
};
