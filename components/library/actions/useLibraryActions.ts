/**
 * What the library page does to articles: each change is written, then this page, other open
 * library pages and the search index upkeep hear about it. Deletes keep what they removed for
 * Undo, in batches so a large delete never holds every body in one transaction.
 */
import { useState } from 'preact/hooks';
import { deleteArticles, restoreArticles, type DeletedArticle } from '@/utils/library/articles';
import type { LibraryDb } from '@/utils/library/db/open';
import { announceChange } from '@/utils/library/changes';
import { deleteTag, renameTag, updateArticles, type Patch } from '@/utils/library/edits';
import { upkeep } from '@/utils/library/upkeep';

/** Above this many, a delete asks first and can't be undone (Undo would hold every body). */
const UNDO_LIMIT = 1000;
const BATCH = 500;

export interface LibraryActions {
  deleted: DeletedArticle[] | null;
  busy: string | null;
  update: (ids: readonly string[], patch: Patch) => Promise<void>;
  remove: (ids: readonly string[]) => Promise<boolean>;
  undo: () => Promise<void>;
  forget: () => void;
  renameTag: (from: string, to: string) => Promise<void>;
  deleteTag: (tag: string) => Promise<void>;
}

export function useLibraryActions(db: LibraryDb | null, onChanged: () => void): LibraryActions {
  const [deleted, setDeleted] = useState<DeletedArticle[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (label: string, work: (db: LibraryDb) => Promise<unknown>) => {
    if (!db) return;
    setBusy(label);
    try {
      await work(db);
    } finally {
      setBusy(null);
      onChanged();
      announceChange();
      void upkeep(db);
    }
  };

  return {
    deleted,
    busy,
    update: (ids, patch) => run('Saving…', (db) => updateArticles(db, ids, patch)),
    async remove(ids) {
      const keep = ids.length <= UNDO_LIMIT;
      if (!keep && !window.confirm(`Delete ${ids.length} articles? This can't be undone.`)) return false;
      await run('Deleting…', async (db) => {
        const gone: DeletedArticle[] = [];
        for (let start = 0; start < ids.length; start += BATCH)
          gone.push(...(await deleteArticles(db, ids.slice(start, start + BATCH), { keep })));
        setDeleted(keep ? gone : null);
      });
      return true;
    },
    async undo() {
      const restoring = deleted;
      setDeleted(null);
      if (restoring) await run('Restoring…', (db) => restoreArticles(db, restoring));
    },
    forget: () => setDeleted(null),
    renameTag: (from, to) => run('Renaming…', (db) => renameTag(db, from, to)),
    deleteTag: (tag) => run('Removing the tag…', (db) => deleteTag(db, tag)),
  };
}
