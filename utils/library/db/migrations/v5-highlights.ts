import type { Migration } from './migration';

/** 4 → 5: highlights and notes, apart from the articles they belong to (utils/highlights/). */
export const createHighlightStore: Migration = (db) => {
  const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
  highlights.createIndex('by-article', 'articleId');
  highlights.createIndex('by-createdAt', 'createdAt');
};
