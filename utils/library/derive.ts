/** The stored sort and filter keys of an article (schema.ts, "Since v2"), from its own fields. */
import { fold } from './fold';
import type { ArticleMeta, Shelf } from './db/schema';

type DerivedFields = Pick<ArticleMeta, 'shelf' | 'fav' | 'publishedAt' | 'sortTitle' | 'site' | 'siteKey'>;
export type BaseMeta = Omit<ArticleMeta, keyof DerivedFields>;

function shelfOf(meta: Pick<ArticleMeta, 'archived' | 'readAt'>): Shelf {
  if (meta.archived) return 'archived';
  return meta.readAt === null ? 'unread' : 'read';
}

function siteOf(meta: Pick<ArticleMeta, 'siteName' | 'url'>): string {
  const name = meta.siteName?.trim();
  if (name) return name;
  try {
    return new URL(meta.url).hostname.replace(/^www\./, '');
  } catch {
    return meta.url;
  }
}

function publishedAtOf(publishedTime: string | null): number {
  const time = publishedTime ? Date.parse(publishedTime) : NaN;
  return Number.isFinite(time) ? time : 0;
}

/** Folded, without leading punctuation, so "“Quoted” titles" sort under Q. */
function sortTitleOf(title: string): string {
  return fold(title)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .slice(0, 200);
}

/** Recomputes every derived key: call it on each write so they can never drift from the fields. */
export function withDerived(meta: BaseMeta): ArticleMeta {
  const site = siteOf(meta);
  return {
    ...meta,
    shelf: shelfOf(meta),
    fav: meta.favorite ? 1 : 0,
    publishedAt: publishedAtOf(meta.publishedTime),
    sortTitle: sortTitleOf(meta.title),
    site,
    siteKey: fold(site),
  };
}

const MAX_TAG_LENGTH = 40;

/** Tags compare case-insensitively and ignore extra spaces: "Long  Reads" is "long reads". */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, MAX_TAG_LENGTH);
}

export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseTag).filter(Boolean))];
}
