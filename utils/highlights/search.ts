/**
 * The library's search finds an article by its highlights' quotes and notes: after every change
 * to an article's highlights, their words are indexed again as that article's `notes` part
 * (search/indexer.ts), in one transaction with the rest of its search entry.
 */
import type { LibraryDb } from '../library/db/open';
import { commit, WRITE_STORES } from '../library/db/tx';
import { updateSearchIndex } from '../library/search/indexer';
import { notesTerms } from '../library/search/terms';
import { upkeep } from '../library/upkeep';

export async function reindexHighlights(db: LibraryDb, articleIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(articleIds)];
  if (!ids.length) return;
  const tx = db.transaction([...WRITE_STORES, 'highlights'], 'readwrite');
  const byArticle = tx.objectStore('highlights').index('by-article');
  await commit(tx, async (writes) => {
    const lists = await Promise.all(ids.map((id) => byArticle.getAll(id)));
    const updates = ids.map((id, index) => ({
      id,
      notes: notesTerms(
        lists[index]!.flatMap((highlight) => [highlight.target?.quote.exact ?? '', highlight.note]),
      ),
    }));
    writes.push(updateSearchIndex(tx, updates));
  });
  void upkeep(db);
}
