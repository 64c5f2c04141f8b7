/**
 * Index upkeep after writes, run by whichever context wrote (the background after a save, the
 * library page after its edits): backfill articles from before the search index, flush the
 * tail, merge segments. One run at a time per context; errors are logged, never thrown, since
 * the write that triggered it has already succeeded and search stays correct meanwhile.
 */
import type { LibraryDb } from './db/open';
import { backfillSearchIndex } from './search/backfill';
import { maintainSearchIndex } from './search/maintain';

let queue: Promise<void> = Promise.resolve();

/** `merge: false` leaves merging to a later write (a page just opened should not do it). */
export function upkeep(db: LibraryDb, { merge = true } = {}): Promise<void> {
  queue = queue
    .then(async () => {
      await backfillSearchIndex(db);
      await maintainSearchIndex(db, { merge });
    })
    .catch((error: unknown) => console.warn('Lectern: search index upkeep failed', error));
  return queue;
}
