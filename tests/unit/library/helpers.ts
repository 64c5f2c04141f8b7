/** Articles and databases for the library tests (fake-indexeddb: a fresh database per test). */
import type { Article } from '../../../utils/article';
import { saveArticles, type SavedState } from '../../../utils/library/articles';
import type { LibraryDb } from '../../../utils/library/db/open';
import { openLibraryDb } from '../../../utils/library/db/open';
import { storedHtml } from '../../stored-html';

let counter = 0;
export async function freshDb(): Promise<LibraryDb> {
  return openLibraryDb(`lectern-test-${Date.now()}-${++counter}`);
}

export function article(url: string, title = 'A story', extra: Partial<Article> = {}): Article {
  const text = extra.text ?? 'Body text of the story.';
  return {
    url,
    title,
    byline: 'Ana Ruiz',
    siteName: 'The Ledger',
    publishedTime: '2025-11-18T16:20:00Z',
    lang: 'en',
    dir: null,
    excerpt: 'An excerpt',
    leadImage: null,
    html: storedHtml(`<p>${text}</p>`),
    text,
    wordCount: text.split(/\s+/).length,
    readingMinutes: 1,
    ...extra,
  };
}

/** Saves articles in one batch; returns their ids in order. */
export async function saveAll(
  db: LibraryDb,
  items: { article: Article; state?: SavedState }[],
  now = 1_000,
): Promise<string[]> {
  const saved = await saveArticles(
    db,
    items.map((item) => ({ ...item, removed: [], restoredIds: [] })),
    now,
  );
  return saved.map((result) => result.id);
}
