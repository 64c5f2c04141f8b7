import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LecternDB } from '../schema';

/** One upgrade step, run inside the upgrade transaction (see index.ts). */
export type Migration = (
  db: IDBPDatabase<LecternDB>,
  tx: IDBPTransaction<LecternDB, StoreNames<LecternDB>[], 'versionchange'>,
) => void | Promise<void>;
