/** Transaction and store types shared by the library's writers (normal saves and migrations). */
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { LecternDB } from './schema';

export type StoreName = StoreNames<LecternDB>;
type WriteMode = 'readwrite' | 'versionchange';
export type WriteTx = IDBPTransaction<LecternDB, ArrayLike<StoreName>, WriteMode>;
export type WriteStore<Name extends StoreName> = IDBPObjectStore<
  LecternDB,
  ArrayLike<StoreName>,
  Name,
  WriteMode
>;

/** Every store a save, delete or restore writes, in one transaction. */
export const WRITE_STORES = [
  'articles',
  'bodies',
  'images',
  'facets',
  'tail',
  'segments',
  'blocks',
  'searchDocs',
  'docIds',
  'meta',
  'highlights',
] as const satisfies StoreName[];

/**
 * Runs one write: `build` queues its requests in `writes` (one push per request, so none is
 * lost if the next one throws), then the write waits for them and for the commit. Whatever
 * fails, at once or later (a put refusing a value synchronously, a request failing, our own
 * code mid-loop), aborts the transaction: the requests queued before the throw would otherwise
 * commit on their own, half a write.
 */
export async function commit<T = void>(
  tx: WriteTx,
  build: (writes: Promise<unknown>[]) => T | Promise<T>,
): Promise<T> {
  const writes: Promise<unknown>[] = [];
  let result: T;
  try {
    result = await build(writes);
    await Promise.all(writes);
  } catch (error) {
    // The aborted requests reject too: they are this failure, not new ones.
    for (const write of writes) write.catch(() => undefined);
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failed request itself.
    }
    throw error;
  }
  await tx.done;
  return result;
}
