/** Reads and writes of the `highlights` store, from any extension context (not content scripts). */
import type { LibraryDb } from '../library/db/open';
import { announceChange } from '../library/changes';
import type { Highlight } from './highlight';
import { reindexHighlights } from './search';

/** An article's highlights and notes, in the order they were made. */
export async function highlightsOf(db: LibraryDb, articleId: string): Promise<Highlight[]> {
  const found = await db.getAllFromIndex('highlights', 'by-article', articleId);
  return found.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Adds or replaces a highlight; open library pages refresh their counts and Highlights view. */
export async function putHighlight(db: LibraryDb, highlight: Highlight): Promise<void> {
  await db.put('highlights', highlight);
  await reindexHighlights(db, [highlight.articleId]);
  announceChange();
}

/** Deletes one highlight; returns it so the deletion can be undone. */
export async function deleteHighlight(db: LibraryDb, id: string): Promise<Highlight | undefined> {
  const tx = db.transaction('highlights', 'readwrite');
  const found = await tx.store.get(id);
  if (found) await tx.store.delete(id);
  await tx.done;
  if (found) await reindexHighlights(db, [found.articleId]);
  announceChange();
  return found;
}

/** Every highlight (or the newest `limit`), newest first: the Highlights view, exports, the backup. */
export async function allHighlights(db: LibraryDb, limit = Infinity): Promise<Highlight[]> {
  if (limit === Infinity) return (await db.getAllFromIndex('highlights', 'by-createdAt')).reverse();
  const newest: Highlight[] = [];
  const index = db.transaction('highlights').store.index('by-createdAt');
  for (
    let cursor = await index.openCursor(null, 'prev');
    cursor && newest.length < limit;
    cursor = await cursor.continue()
  )
    newest.push(cursor.value);
  return newest;
}

/** How many highlights (notes on the whole article aside) each article has. */
export async function highlightCounts(db: LibraryDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const highlight of await db.getAll('highlights')) {
    if (highlight.target) counts.set(highlight.articleId, (counts.get(highlight.articleId) ?? 0) + 1);
  }
  return counts;
}

/** Every article's highlights, in the order made (the exports mark and list them). */
export async function highlightsByArticle(db: LibraryDb): Promise<Map<string, Highlight[]>> {
  const byArticle = new Map<string, Highlight[]>();
  for (const highlight of (await allHighlights(db)).reverse()) {
    const list = byArticle.get(highlight.articleId) ?? [];
    list.push(highlight);
    byArticle.set(highlight.articleId, list);
  }
  return byArticle;
}
