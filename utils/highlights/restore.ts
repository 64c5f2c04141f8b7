/**
 * A backup's highlights put back (utils/export/backup.ts writes them beside the articles). Each is
 * checked like a message (HighlightSchema) and kept only for an article now in the library; one
 * already there (same id) stays as it is. A damaged one is skipped and reported, never the rest.
 */
import * as v from 'valibot';
import type { LibraryDb } from '../library/db/open';
import type { ImportProblem } from '../import/types';
import { announceChange } from '../library/changes';
import { HighlightSchema, type Highlight } from './highlight';
import { reindexHighlights } from './search';

const StoredHighlight = v.object({
  ...HighlightSchema.entries,
  articleId: v.pipe(v.string(), v.maxLength(100)),
});

export async function restoreHighlights(
  db: LibraryDb,
  value: unknown,
  problems: ImportProblem[],
): Promise<number> {
  if (value === undefined) return 0;
  if (!Array.isArray(value)) {
    problems.push({ error: 'The list of highlights is damaged: none were restored.', where: 'highlights' });
    return 0;
  }
  const valid: Highlight[] = [];
  value.forEach((item: unknown, index) => {
    const parsed = v.safeParse(StoredHighlight, item);
    // Checked; kept as written (valibot rebuilds objects in schema order, and a second backup
    // must come out byte for byte the same).
    if (parsed.success) valid.push(item as Highlight);
    else problems.push({ error: 'Skipped a highlight that is not valid.', where: `highlight ${index + 1}` });
  });
  const tx = db.transaction(['articles', 'highlights'], 'readwrite');
  const articles = tx.objectStore('articles');
  const store = tx.objectStore('highlights');
  let restored = 0;
  const touched = new Set<string>();
  for (const [index, highlight] of valid.entries()) {
    if (!(await articles.getKey(highlight.articleId))) {
      problems.push({
        error: 'Skipped a highlight whose article is not in the library.',
        where: `highlight ${index + 1}`,
      });
      continue;
    }
    if (await store.getKey(highlight.id)) continue;
    await store.put(highlight);
    touched.add(highlight.articleId);
    restored++;
  }
  await tx.done;
  await reindexHighlights(db, touched);
  if (restored) announceChange();
  return restored;
}
