import type { DBSchema } from 'idb';
import type { RemovedBlock, SafeHtml } from '../article';

export const DB_NAME = 'lectern';

/** List metadata: everything the library list shows, and nothing heavy. */
export interface ArticleMeta {
  id: string;
  /** Normalised URL (no fragment, no tracking parameters): saving the same URL twice updates. */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  /** ms since epoch */
  savedAt: number;
  updatedAt: number;
  /** ms since epoch when marked read, or null when unread. */
  readAt: number | null;
  archived: boolean;
  favorite: boolean;
  tags: string[];
  /** 'article' has a stored body; 'link' is an imported entry whose page has not been fetched yet. */
  kind: 'article' | 'link';
  /** Bytes the body (and, later, images) take in the database. */
  bytes: number;
  /** Reading position, 0..1, restored when the saved copy is reopened. */
  progress: number;
}

/** The heavy part of an article, read only when it is opened. */
export interface ArticleBody {
  id: string;
  html: SafeHtml;
  text: string;
  /** Blocks the cleanup removed, with the ids the reader chose to restore. */
  removed: RemovedBlock[];
  restoredIds: number[];
}

export interface LecternDB extends DBSchema {
  articles: {
    key: string;
    value: ArticleMeta;
    indexes: {
      'by-url': string;
      'by-savedAt': number;
    };
  };
  bodies: {
    key: string;
    value: ArticleBody;
  };
}
