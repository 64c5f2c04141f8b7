import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type LecternDB } from './schema';

export const DB_VERSION = 1;

/**
 * Numbered migrations: migration N takes a database at version N-1 to version N.
 * Never edit a migration that has shipped; add the next one.
 */
const migrations: Record<number, (db: IDBPDatabase<LecternDB>) => void> = {
  1: (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('by-url', 'url', { unique: true });
    articles.createIndex('by-savedAt', 'savedAt');
    db.createObjectStore('bodies', { keyPath: 'id' });
  },
};

export function openLibraryDb(name = DB_NAME): Promise<IDBPDatabase<LecternDB>> {
  return openDB<LecternDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let version = oldVersion + 1; version <= DB_VERSION; version++) migrations[version]?.(db);
    },
  });
}
