/**
 * docNum → article id, for live documents only (a posting whose number has no id is dead).
 * Stored 1,024 numbers to a record, as one newline-joined string: a search loads the whole
 * table at once, and IndexedDB clones a few large records far faster than one small record per
 * article.
 */
import type { IDBPObjectStore } from 'idb';
import type { LecternDB } from '../db/schema';
import type { StoreName, WriteStore } from '../db/tx';

const CHUNK = 1024;
const chunkOf = (docNum: number) => Math.floor(docNum / CHUNK);

type ReadStore = IDBPObjectStore<
  LecternDB,
  ArrayLike<StoreName>,
  'docIds',
  'readonly' | 'readwrite' | 'versionchange'
>;

/** Sets (an id) or clears ('') document numbers, reading and writing each touched record once. */
export async function writeDocIds(store: WriteStore<'docIds'>, changes: Map<number, string>): Promise<void> {
  const byChunk = new Map<number, [number, string][]>();
  for (const [docNum, id] of changes)
    byChunk.set(chunkOf(docNum), [...(byChunk.get(chunkOf(docNum)) ?? []), [docNum, id]]);
  const chunks = [...byChunk.keys()];
  const stored = await Promise.all(chunks.map((chunk) => store.get(chunk)));
  await Promise.all(
    chunks.map((chunk, index) => {
      const ids = stored[index]?.split('\n') ?? [];
      for (const [docNum, id] of byChunk.get(chunk)!) {
        while (ids.length <= docNum % CHUNK) ids.push('');
        ids[docNum % CHUNK] = id;
      }
      return ids.some(Boolean) ? store.put(ids.join('\n'), chunk) : store.delete(chunk);
    }),
  );
}

/** The whole table: ids[docNum] is the article's id, or '' / undefined when none is live. */
export async function readDocIds(store: ReadStore): Promise<string[]> {
  const [chunks, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  const ids: string[] = [];
  chunks.forEach((chunk, index) => {
    const offset = chunk * CHUNK;
    values[index]!.split('\n').forEach((id, at) => (ids[offset + at] = id));
  });
  return ids;
}

/** The ids of some document numbers (those a loaded table does not cover yet). */
export async function readSomeDocIds(store: ReadStore, docNums: readonly number[]): Promise<string[]> {
  const chunks = [...new Set(docNums.map(chunkOf))];
  const values = await Promise.all(chunks.map((chunk) => store.get(chunk)));
  const byChunk = new Map(chunks.map((chunk, index) => [chunk, values[index]?.split('\n') ?? []]));
  return docNums.map((docNum) => byChunk.get(chunkOf(docNum))![docNum % CHUNK] ?? '');
}
