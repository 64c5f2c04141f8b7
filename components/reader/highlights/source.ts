/** Where a reader's highlights live: the library directly (saved copy) or via the background (overlay). */
import type { Highlight } from '@/utils/highlights/highlight';
import { deleteHighlight, highlightsOf, putHighlight } from '@/utils/highlights/store';
import { openLibraryDb } from '@/utils/library/db/open';
import { send } from '@/utils/send';

export interface HighlightSource {
  /** The article's highlights, or [] while it is not in the library. */
  list(): Promise<Highlight[]>;
  /** Stores a new or changed highlight (saving the article first where it must); throws on failure. */
  put(highlight: Omit<Highlight, 'articleId'>): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The saved copy's page: an extension page, which opens the library itself. */
export function librarySource(articleId: string): HighlightSource {
  return {
    list: async () => highlightsOf(await openLibraryDb(), articleId),
    put: async (highlight) => putHighlight(await openLibraryDb(), { ...highlight, articleId }),
    remove: async (id) => void (await deleteHighlight(await openLibraryDb(), id)),
  };
}

function ensureOk(response: { ok: true } | { ok: false; error: string }): void {
  if (!response.ok) throw new Error(response.error);
}

/**
 * The overlay: a content script, which can't open the extension's database. `ensureSaved` saves
 * the article first when it is not in the library yet (a highlight belongs to a saved copy).
 */
export function overlaySource(url: string, ensureSaved: () => Promise<boolean>): HighlightSource {
  return {
    list: async () => {
      const response = await send({ type: 'highlights/list', url });
      return response.ok ? response.highlights : [];
    },
    put: async (highlight) => {
      if (!(await ensureSaved()))
        throw new Error('The article could not be saved, so the highlight was not kept.');
      ensureOk(await send({ type: 'highlights/put', url, highlight }));
    },
    remove: async (id) => ensureOk(await send({ type: 'highlights/delete', id })),
  };
}
