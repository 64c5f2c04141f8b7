/**
 * How the Markdown, HTML and EPUB exports name and write things: file names, dates, shelves,
 * text that XML accepts.
 */
import type { FullArticle } from '../library/whole-articles';

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
