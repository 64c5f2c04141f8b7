/**
 * The overlay's highlights: a content script can't open the extension's IndexedDB, so it asks
 * here, naming the article by URL (the one it saved). Shapes are checked in messages.ts.
 */
import type { Request, Responses } from '../messages';
import { findByUrl } from '../library/articles';
import { openLibraryDb } from '../library/db/open';
import { describeStorageError } from '../library/db/errors';
import { deleteHighlight, highlightsOf, putHighlight } from '../highlights/store';

type HighlightType = 'highlights/list' | 'highlights/put' | 'highlights/delete';

async function guarded<T>(work: () => Promise<T>): Promise<T | { ok: false; error: string }> {
  try {
    return await work();
  } catch (error) {
    return { ok: false, error: describeStorageError(error) };
  }
}

export const highlightHandlers: { [T in HighlightType]: (request: Request<T>) => Promise<Responses[T]> } = {
  'highlights/list': (request) =>
    guarded(async () => {
      const db = await openLibraryDb();
      const article = await findByUrl(db, request.url);
      return {
        ok: true,
        articleId: article?.id ?? null,
        highlights: article ? await highlightsOf(db, article.id) : [],
      };
    }),
  'highlights/put': (request) =>
    guarded(async () => {
      const db = await openLibraryDb();
      const article = await findByUrl(db, request.url);
      if (!article) return { ok: false, error: 'Save the article first: highlights belong to a saved copy.' };
      const existing = await db.get('highlights', request.highlight.id);
      if (existing && existing.articleId !== article.id)
        return { ok: false, error: 'Not this article’s highlight.' };
      await putHighlight(db, { ...request.highlight, articleId: article.id });
      return { ok: true };
    }),
  'highlights/delete': (request) =>
    guarded(async () => {
      await deleteHighlight(await openLibraryDb(), request.id);
      return { ok: true };
    }),
};
