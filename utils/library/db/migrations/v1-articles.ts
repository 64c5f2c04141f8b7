import type { Migration } from './migration';

/** 0 → 1: articles (list metadata) apart from bodies. */
export const createArticleStores: Migration = (db) => {
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  articles.createIndex('by-url', 'url', { unique: true });
  articles.createIndex('by-savedAt', 'savedAt');
  db.createObjectStore('bodies', { keyPath: 'id' });
};
