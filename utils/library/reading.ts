/** Reading state of a saved copy: where the reader is, and "read" once they reach the end. */
import type { LibraryDb } from './db/open';
import { announceChange } from './changes';
import { updateArticles } from './edits';

/** Scrolled this far, an article counts as read (the last lines rarely reach the very bottom). */
export const READ_AT = 0.98;

export async function saveReadingPosition(db: LibraryDb, id: string, fraction: number): Promise<void> {
  const changed = await updateArticles(
    db,
    [id],
    fraction >= READ_AT ? { progress: fraction, read: true } : { progress: fraction },
  );
  if (changed) announceChange();
}
