import { openDB, type IDBPDatabase } from 'idb';
import { migrations, DB_VERSION } from './migrations';
import { DB_NAME, type LecternDB } from './schema';

export { DB_VERSION };

/** The library database, as every reader and writer of it sees it. */
export type LibraryDb = IDBPDatabase<LecternDB>;

const open = new Map<string, Promise<LibraryDb>>();

/** One connection per database and context, reused by every query. */
export function openLibraryDb(name = DB_NAME): Promise<LibraryDb> {
  let connection = open.get(name);
  if (connection) return connection;
  connection = openDB<LecternDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // Migrations may read and rewrite records: they run one after another in the upgrade
      // transaction, and a failure aborts it, leaving the database at its old version.
      let chain = Promise.resolve();
      for (let version = oldVersion + 1; version <= DB_VERSION; version++)
        chain = chain.then(() => migrations[version - 1]!(db, tx));
      chain.catch((error: unknown) => {
        console.warn('Lectern: library upgrade failed, the database stays at its version', error);
        // The aborted upgrade rejects `done` as well as the open: it is reported once, by the open.
        tx.done.catch(() => undefined);
        tx.abort();
      });
    },
    blocking(_current, _blocked, event) {
      // A newer version (an updated extension) wants the database: let it have it.
      (event.target as IDBDatabase).close();
      open.delete(name);
    },
    terminated: () => open.delete(name),
  });
  connection.catch(() => open.delete(name));
  open.set(name, connection);
  return connection;
}
