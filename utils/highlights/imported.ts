/**
 * Highlights an import brings (Omnivore, wallabag) as Lectern's own. They carry a quote only:
 * the position is a placeholder (0 to the quote's length) and no context, so they anchor by their
 * quote, or fuzzily, once the article's text is there (the imported body, or the fetched page).
 */
import type { LibraryDb } from '../library/db/open';
import { announceChange } from '../library/changes';
import type { ImportEntry } from '../import/types';
import { newHighlightId, type Highlight } from './highlight';
import { reindexHighlights } from './search';

export function highlightsFromImport(articleId: string, entry: ImportEntry, now: number): Highlight[] {
  const time = (iso: string | null) => {
    const parsed = iso === null ? NaN : Date.parse(iso);
    return Number.isFinite(parsed) ? parsed : now;
  };
  const marks = (entry.highlights ?? []).map((imported, index): Highlight => ({
    id: newHighlightId(),
    articleId,
    target: {
      quote: { exact: imported.quote, prefix: '', suffix: '' },
      position: { start: 0, end: imported.quote.length },
    },
    color: 'yellow',
    note: imported.note,
    labels: imported.labels,
    // In file order when the export gives no dates.
    createdAt: time(imported.createdAt) + (imported.createdAt === null ? index : 0),
    updatedAt: time(imported.createdAt),
  }));
  const notes = (entry.articleNotes ?? []).map((note): Highlight => ({
    id: newHighlightId(),
    articleId,
    target: null,
    color: 'yellow',
    note,
    labels: [],
    createdAt: now,
    updatedAt: now,
  }));
  return [...notes, ...marks];
}

/** Stores many highlights in one transaction (all or none). */
export async function putHighlights(db: LibraryDb, highlights: readonly Highlight[]): Promise<void> {
  if (!highlights.length) return;
  const tx = db.transaction('highlights', 'readwrite');
  await Promise.all([...highlights.map((highlight) => tx.store.put(highlight)), tx.done]);
  await reindexHighlights(
    db,
    highlights.map((highlight) => highlight.articleId),
  );
  announceChange();
}
