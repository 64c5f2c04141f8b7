/** Transaction and store types shared by the library's writers (normal saves and migrations). */
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { LecternDB } from './schema';

export type StoreName = StoreNames<LecternDB>;
export type WriteMode = 'readwrite' | 'versionchange';
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
] as const satisfies StoreName[];

/**
 * Waits for a transaction's requests, then for its commit. A failure in our own code (not an
 * IndexedDB request) would otherwise let the transaction commit half its work: abort it instead.
 */
export async function commit(tx: WriteTx, work: Promise<unknown>[]): Promise<void> {
  try {
    await Promise.all(work);
  } catch (error) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failed request itself.
    }
    throw error;
  }
  await tx.done;
}
