/**
 * 2 → 3: the search index's docNum → id table, one record per number in version 2, packed
 * 1,024 numbers to a record as one newline-joined string (search/doc-table.ts): a search loads
 * it whole, and one small record per article was slow to read. The search index is unchanged.
 *
 * The packing is a copy of search/doc-table.ts as version 3 shipped it: a shipped migration
 * must keep writing the version 3 layout, whatever the live module becomes.
 */
import type { Migration } from './migration';

const CHUNK = 1024;

export const packDocIds: Migration = async (_db, tx) => {
  const docIds = tx.objectStore('docIds');
  const [docNums, ids] = await Promise.all([docIds.getAllKeys(), docIds.getAll()]);
  await docIds.clear();
  const chunks = new Map<number, string[]>();
  docNums.forEach((docNum, index) => {
    const id = ids[index]!;
    const chunk = Math.floor(docNum / CHUNK);
    const packed = chunks.get(chunk) ?? [];
    while (packed.length <= docNum % CHUNK) packed.push('');
    packed[docNum % CHUNK] = id;
    chunks.set(chunk, packed);
  });
  await Promise.all(
    [...chunks]
      .filter(([, packed]) => packed.some(Boolean))
      .map(([chunk, packed]) => docIds.put(packed.join('\n'), chunk)),
  );
};
