/**
 * The library list for a filter and a sort, from IndexedDB indexes alone: the first screenful
 * comes straight from an index cursor (a few dozen records), then the whole order as article ids
 * (keys only, never values), so a virtual list can show any row and fetch just the visible ones.
 */
import type { LibraryDb } from './db/open';
import type { ArticleMeta, Shelf } from './db/schema';

export type View = 'all' | Shelf | 'favorites';
export interface ListFilter {
  view: View;
  /** A siteKey, or null for every site. */
  site: string | null;
  tag: string | null;
}
export type SortKey = 'savedAt' | 'publishedAt' | 'title' | 'site' | 'minutes';
export interface ListSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export const ALL: ListFilter = { view: 'all', site: null, tag: null };
export const NEWEST: ListSort = { key: 'savedAt', dir: 'desc' };

const SORT_INDEX = {
  savedAt: 'by-savedAt',
  publishedAt: 'by-publishedAt',
  title: 'by-title',
  site: 'by-site',
  minutes: 'by-minutes',
} as const;

type IndexName = (typeof SORT_INDEX)[SortKey] | 'by-shelf' | 'by-fav' | 'by-tag';
interface Source {
  index: IndexName;
  range: IDBKeyRange | null;
}

/** Every [key, savedAt] entry whose first part is `key`. */
const within = (key: string | number) => IDBKeyRange.bound([key, -Infinity], [key, Infinity]);

function matchesFilter(meta: ArticleMeta, filter: ListFilter): boolean {
  if (filter.view === 'favorites' ? !meta.fav : filter.view !== 'all' && meta.shelf !== filter.view)
    return false;
  if (filter.site !== null && meta.siteKey !== filter.site) return false;
  return filter.tag === null || meta.tags.includes(filter.tag);
}

/** The index sets each part of a filter selects (none: every article). */
function filterSources(filter: ListFilter): Source[] {
  const sources: Source[] = [];
  if (filter.view === 'favorites') sources.push({ index: 'by-fav', range: within(1) });
  else if (filter.view !== 'all') sources.push({ index: 'by-shelf', range: within(filter.view) });
  if (filter.site !== null) sources.push({ index: 'by-site', range: within(filter.site) });
  if (filter.tag !== null) sources.push({ index: 'by-tag', range: IDBKeyRange.only(filter.tag) });
  return sources;
}

/**
 * Newest-first with one filter needs no sorting at all: the shelf, favourite and site indexes
 * are [key, savedAt], already in date order. That is the list most people open.
 */
function directSource(filter: ListFilter, sort: ListSort): Source | null {
  const sources = filterSources(filter);
  if (sort.key !== 'savedAt') return null;
  if (!sources.length) return { index: 'by-savedAt', range: null };
  return sources.length === 1 && sources[0]!.index !== 'by-tag' ? sources[0]! : null;
}

/** Where a page of the list ended: the last row's index key and id. */
export interface Position {
  key: IDBValidKey;
  id: string;
}

export interface IdPage {
  ids: string[];
  /** Where the next page starts; null at the end of the list. */
  next: Position | null;
}

/**
 * A page of the list's ids, read with a key cursor from `after` on, when one index holds the
 * whole list in order (no filter, or newest-first with one shelf, favourites or one site).
 * Reading every id of a large library at once is slow, and holds up every other request of the
 * library meanwhile; a page at a time answers quickly. Null: not pageable
 * (several filters, or a tag): use orderedIds.
 */
export async function pageIds(
  db: LibraryDb,
  filter: ListFilter,
  sort: ListSort,
  after: Position | null,
  count: number,
): Promise<IdPage | null> {
  const source = filterSources(filter).length
    ? directSource(filter, sort)
    : { index: SORT_INDEX[sort.key], range: null };
  if (!source) return null;
  const index = db.transaction('articles').store.index(source.index);
  let cursor = await index.openKeyCursor(source.range, sort.dir === 'desc' ? 'prev' : 'next');
  if (cursor && after) {
    const at = () =>
      indexedDB.cmp(cursor!.key, after.key) === 0 && indexedDB.cmp(cursor!.primaryKey, after.id) === 0;
    // Jump to where the last page ended (or just past it, if that row has gone since).
    if (!at()) cursor = await cursor.continuePrimaryKey(after.key as never, after.id);
    if (cursor && at()) cursor = await cursor.continue();
  }
  const ids: string[] = [];
  let last: Position | null = null;
  while (cursor && ids.length < count) {
    ids.push(cursor.primaryKey);
    last = { key: cursor.key, id: cursor.primaryKey };
    cursor = await cursor.continue();
  }
  return { ids, next: cursor ? last : null };
}

async function keysOf(db: LibraryDb, source: Source): Promise<string[]> {
  return db.transaction('articles').store.index(source.index).getAllKeys(source.range);
}

/** Article ids in list order. */
export async function orderedIds(db: LibraryDb, filter: ListFilter, sort: ListSort): Promise<string[]> {
  const direct = directSource(filter, sort);
  let ids: string[];
  if (direct) ids = await keysOf(db, direct);
  else {
    const [sorted, ...sets] = await Promise.all([
      keysOf(db, { index: SORT_INDEX[sort.key], range: null }),
      ...filterSources(filter).map((source) => keysOf(db, source)),
    ]);
    const keep = sets.map((set) => new Set(set));
    ids = sorted!.filter((id) => keep.every((set) => set.has(id)));
  }
  return sort.dir === 'desc' ? ids.reverse() : ids;
}

/** Cursor steps the first screenful may take before handing over to orderedIds. */
const SCAN_LIMIT = 2_000;

/**
 * The first `count` rows, read with a cursor so the list paints before the whole order is known.
 * Null when a sparse filter would need a long scan (orderedIds is quicker then).
 */
export async function firstRows(
  db: LibraryDb,
  filter: ListFilter,
  sort: ListSort,
  count: number,
): Promise<ArticleMeta[] | null> {
  const source = directSource(filter, sort) ?? { index: SORT_INDEX[sort.key], range: null };
  const rows: ArticleMeta[] = [];
  let scanned = 0;
  let cursor = await db
    .transaction('articles')
    .store.index(source.index)
    .openCursor(source.range, sort.dir === 'desc' ? 'prev' : 'next');
  while (cursor && rows.length < count) {
    if (++scanned > SCAN_LIMIT) return null;
    if (matchesFilter(cursor.value, filter)) rows.push(cursor.value);
    cursor = await cursor.continue();
  }
  return rows;
}

/** The metadata of the given ids (a visible window of the list), in one transaction. */
export async function getMetas(db: LibraryDb, ids: readonly string[]): Promise<(ArticleMeta | undefined)[]> {
  const store = db.transaction('articles').store;
  return Promise.all(ids.map((id) => store.get(id)));
}
