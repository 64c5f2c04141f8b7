/**
 * Shared by the Markdown, HTML and EPUB exports: reading articles whole, rebuilding a saved copy
 * as the reader shows it (sanitised again, restored blocks in place), offline images, file names.
 * Functions that need a DOM take a window: the options page passes its own (and the browser's
 * sanitiser is used), tests pass jsdom and a DOMPurify sanitiser on it.
 */
import type { LibraryDb } from '../library/articles';
import { allArticleIds, readFullArticle, type FullArticle } from '../library/import-support';
import { createNativeSanitizer, type Sanitizer } from '../sanitize';

export type ExportWindow = Window & typeof globalThis;

export interface ExportContext {
  window: ExportWindow;
  sanitizer: Sanitizer;
  /** ms since epoch, written into the files (tests fix it so output is stable). */
  now: number;
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

/** A file-name-safe slug of a title: letters of any script kept, at most 60 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'article';
}

/** Hands out unique names: "a", "a-2", "a-3"… */
export function uniqueNames(): (name: string) => string {
  const used = new Map<string, number>();
  return (name) => {
    const count = (used.get(name) ?? 0) + 1;
    used.set(name, count);
    return count === 1 ? name : `${name}-${count}`;
  };
}

export function shelfOf(article: FullArticle): 'unread' | 'read' | 'archived' {
  if (article.meta.archived) return 'archived';
  return article.meta.readAt === null ? 'unread' : 'read';
}

export const isoDate = (ms: number) => new Date(ms).toISOString();

/** Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF). */
const XML_INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '');
}

export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** For a download: "lectern-2026-01-15". */
export function exportBaseName(now: number): string {
  return `lectern-${new Date(now).toISOString().slice(0, 10)}`;
}

/** ZIP (DOS) times only run from 1980 to 2099: a clock outside that must not break the export. */
export function zipTime(now: number): Date {
  return new Date(Math.min(Math.max(now, Date.UTC(1980, 0, 2)), Date.UTC(2099, 11, 30)));
}
