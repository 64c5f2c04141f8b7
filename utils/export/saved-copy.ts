/**
 * Shared by the Markdown, HTML and EPUB exports: reading articles whole, rebuilding a saved copy
 * as the reader shows it (sanitised again, restored blocks in place), its offline images.
 * Functions that need a DOM take a window: the options page passes its own (and the browser's
 * sanitiser is used), tests pass jsdom and a DOMPurify sanitiser on it.
 */
import type { LibraryDb } from '../library/db/open';
import { allArticleIds, readFullArticle, type FullArticle } from '../library/whole-articles';
import { createNativeSanitizer, type Sanitizer } from '../sanitize';
import type { Highlight } from '../highlights/highlight';
import { markHighlights } from '../highlights/mark';

export type ExportWindow = Window & typeof globalThis;

export interface ExportContext {
  window: ExportWindow;
  sanitizer: Sanitizer;
  /** ms since epoch, written into the files (tests fix it so output is stable). */
  now: number;
  /** Each article's highlights and notes, marked in the text and listed (utils/highlights/). */
  highlights?: ReadonlyMap<string, readonly Highlight[]>;
  /** Markdown marks highlights in the text as Obsidian's ==…== too. */
  inlineHighlights?: boolean;
}

export function exportContext(window: ExportWindow, now = Date.now(), sanitizer?: Sanitizer): ExportContext {
  return { window, sanitizer: sanitizer ?? createNativeSanitizer(window), now };
}

/** The articles to export, oldest first; every article when `ids` is not given. */
export async function loadArticles(db: LibraryDb, ids?: readonly string[]): Promise<FullArticle[]> {
  const wanted = ids ?? (await allArticleIds(db));
  const articles: FullArticle[] = [];
  for (const id of wanted) {
    const article = await readFullArticle(db, id);
    if (article) articles.push(article);
  }
  return articles;
}

/** The body as the saved copy shows it: sanitised again, chosen removed blocks back in place. */
export function articleFragment(ctx: ExportContext, article: FullArticle, doc: Document): DocumentFragment {
  const { body, meta } = article;
  const fragment = ctx.sanitizer.fragment(body?.html ?? '', meta.url, doc);
  for (const block of body?.removed ?? []) {
    const placeholder = fragment.querySelector(`[data-lectern-removed="${block.id}"]`);
    if (body?.restoredIds.includes(block.id)) {
      const restored = ctx.sanitizer.fragment(block.html, meta.url, doc);
      if (placeholder) placeholder.replaceWith(restored);
      else fragment.appendChild(restored);
    } else placeholder?.remove();
  }
  for (const leftover of Array.from(fragment.querySelectorAll('[data-lectern-removed]'))) leftover.remove();
  markHighlights(fragment, ctx.highlights?.get(meta.id) ?? []);
  return fragment;
}

export interface StoredImage {
  bytes: Uint8Array;
  type: string;
  /** e.g. "png": for file names inside archives. */
  extension: string;
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/avif': 'avif',
};

/** The article's offline images by URL (only image types a reader can show). */
export async function storedImages(article: FullArticle): Promise<Map<string, StoredImage>> {
  const images = new Map<string, StoredImage>();
  for (const image of article.images) {
    const type = image.type.toLowerCase();
    const extension = EXTENSIONS[type];
    if (!extension) continue;
    images.set(image.url, { bytes: new Uint8Array(await image.blob.arrayBuffer()), type, extension });
  }
  return images;
}
