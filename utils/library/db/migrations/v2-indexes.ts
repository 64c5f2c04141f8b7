/**
 * 1 → 2: an index for every sort and filter, filter counts, the search index, offline images.
 * Articles keep every v1 field and gain derived keys; their search entries are built after the
 * upgrade (search/backfill.ts), so opening a large library is not held up reading every body.
 *
 * The key derivation, tag normalisation and facet counting below are copies of what derive.ts,
 * fold.ts and facets.ts did when version 2 shipped: a shipped migration must keep doing exactly
 * that, whatever those live modules become.
 */
import type { ArticleMeta, Facet } from '../schema';
import type { Migration } from './migration';

const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

function fold(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => SPECIAL[letter] ?? letter);
}

function normaliseTags(tags: readonly string[]): string[] {
  const normalised = tags.map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 40));
  return [...new Set(normalised.filter(Boolean))];
}

function siteOf(siteName: string | null, url: string): string {
  const name = siteName?.trim();
  if (name) return name;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

type V1Meta = Omit<ArticleMeta, 'shelf' | 'fav' | 'publishedAt' | 'sortTitle' | 'site' | 'siteKey'>;

function withV2Keys(meta: V1Meta): ArticleMeta {
  const site = siteOf(meta.siteName, meta.url);
  const published = meta.publishedTime ? Date.parse(meta.publishedTime) : NaN;
  return {
    ...meta,
    shelf: meta.archived ? 'archived' : meta.readAt === null ? 'unread' : 'read',
    fav: meta.favorite ? 1 : 0,
    publishedAt: Number.isFinite(published) ? published : 0,
    sortTitle: fold(meta.title)
      .replace(/^[^\p{L}\p{N}]+/u, '')
      .slice(0, 200),
    site,
    siteKey: fold(site),
  };
}

function countFacets(counts: Map<string, Facet>, meta: ArticleMeta): void {
  const facets: Omit<Facet, 'count'>[] = [
    { key: 'all', kind: 'all', name: 'all', label: 'All' },
    { key: `shelf:${meta.shelf}`, kind: 'shelf', name: meta.shelf, label: meta.shelf },
    { key: `site:${meta.siteKey}`, kind: 'site', name: meta.siteKey, label: meta.site },
    ...meta.tags.map((tag) => ({ key: `tag:${tag}`, kind: 'tag' as const, name: tag, label: tag })),
  ];
  if (meta.fav) facets.push({ key: 'fav', kind: 'fav', name: 'fav', label: 'Favourites' });
  for (const facet of facets) {
    const entry = counts.get(facet.key);
    if (entry) {
      entry.count++;
      entry.label = facet.label;
    } else counts.set(facet.key, { ...facet, count: 1 });
  }
}

export const addIndexesAndSearch: Migration = async (db, tx) => {
  const articles = tx.objectStore('articles');
  articles.createIndex('by-publishedAt', ['publishedAt', 'savedAt']);
  articles.createIndex('by-title', ['sortTitle', 'savedAt']);
  articles.createIndex('by-site', ['siteKey', 'savedAt']);
  articles.createIndex('by-minutes', ['readingMinutes', 'savedAt']);
  articles.createIndex('by-shelf', ['shelf', 'savedAt']);
  articles.createIndex('by-fav', ['fav', 'savedAt']);
  articles.createIndex('by-tag', 'tags', { multiEntry: true });
  db.createObjectStore('images').createIndex('by-article', 'articleId');
  db.createObjectStore('facets', { keyPath: 'key' });
  db.createObjectStore('segments', { keyPath: 'id' });
  db.createObjectStore('blocks');
  db.createObjectStore('tail', { keyPath: 'docNum' });
  db.createObjectStore('searchDocs', { keyPath: 'id' });
  db.createObjectStore('docIds');
  db.createObjectStore('meta');

  const facets = new Map<string, Facet>();
  let count = 0;
  for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
    // Records written by v1 code, read defensively: a field missing must not abort the upgrade.
    const v1 = cursor.value as Partial<V1Meta> & { id: string; url: string };
    const next = withV2Keys({
      ...(v1 as V1Meta),
      title: v1.title ?? v1.url,
      readAt: v1.readAt ?? null,
      archived: v1.archived ?? false,
      favorite: v1.favorite ?? false,
      tags: normaliseTags(v1.tags ?? []),
      progress: v1.progress ?? 0,
    });
    countFacets(facets, next);
    await cursor.update(next);
    count++;
  }
  const store = tx.objectStore('facets');
  await Promise.all([...facets.values()].map((facet) => store.put(facet)));
  if (count) await tx.objectStore('meta').put(true, 'searchBackfill');
};
