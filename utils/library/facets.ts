/**
 * Counts beside each filter (all, shelves, favourites, each site, each tag) and the library's
 * size in bytes, kept in the `facets` store and adjusted by every write, so showing them never
 * reads 100,000 records.
 */
import type { LibraryDb } from './db/open';
import type { ListFilter } from './listing';
import type { ArticleMeta, Facet, Shelf } from './db/schema';
import type { WriteStore } from './db/tx';

type FacetId = Omit<Facet, 'count'>;

const BYTES: FacetId = { key: 'bytes', kind: 'bytes', name: 'bytes', label: 'Bytes' };

function facetsOf(meta: ArticleMeta): FacetId[] {
  const facets: FacetId[] = [
    { key: 'all', kind: 'all', name: 'all', label: 'All' },
    { key: `shelf:${meta.shelf}`, kind: 'shelf', name: meta.shelf, label: meta.shelf },
    { key: `site:${meta.siteKey}`, kind: 'site', name: meta.siteKey, label: meta.site },
    ...meta.tags.map((tag) => ({ key: `tag:${tag}`, kind: 'tag' as const, name: tag, label: tag })),
  ];
  if (meta.fav) facets.push({ key: 'fav', kind: 'fav', name: 'fav', label: 'Favourites' });
  return facets;
}

/** Changes to counts, gathered over a whole write and applied once per facet. */
export class FacetDeltas {
  private readonly deltas = new Map<string, FacetId & { delta: number }>();

  /** Records that `before` becomes `after` (either may be absent: a save, a delete). */
  change(before: ArticleMeta | undefined, after: ArticleMeta | undefined): void {
    if (before) for (const facet of facetsOf(before)) this.add(facet, -1);
    if (after) for (const facet of facetsOf(after)) this.add(facet, 1);
    this.add(BYTES, (after?.bytes ?? 0) - (before?.bytes ?? 0));
  }

  private add(facet: FacetId, delta: number): void {
    const entry = this.deltas.get(facet.key);
    if (entry) {
      entry.delta += delta;
      if (delta > 0) entry.label = facet.label;
    } else this.deltas.set(facet.key, { ...facet, delta });
  }

  async apply(store: WriteStore<'facets'>): Promise<void> {
    const changed = [...this.deltas.values()].filter((entry) => entry.delta !== 0);
    const current = await Promise.all(changed.map((entry) => store.get(entry.key)));
    await Promise.all(
      changed.map(({ delta, ...facet }, index) => {
        const count = (current[index]?.count ?? 0) + delta;
        const label = delta > 0 ? facet.label : (current[index]?.label ?? facet.label);
        return count > 0 ? store.put({ ...facet, label, count }) : store.delete(facet.key);
      }),
    );
  }
}

export interface FacetCounts {
  all: number;
  /** What the articles take: the sum of their `bytes` (text and offline pictures). */
  bytes: number;
  shelves: Record<Shelf, number>;
  favorites: number;
  /** Most articles first. */
  sites: Facet[];
  /** A–Z. */
  tags: Facet[];
}

export async function readFacets(db: LibraryDb): Promise<FacetCounts> {
  const facets = await db.getAll('facets');
  const count = (key: string) => facets.find((facet) => facet.key === key)?.count ?? 0;
  return {
    all: count('all'),
    bytes: count('bytes'),
    shelves: { unread: count('shelf:unread'), read: count('shelf:read'), archived: count('shelf:archived') },
    favorites: count('fav'),
    sites: facets
      .filter((facet) => facet.kind === 'site')
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    tags: facets.filter((facet) => facet.kind === 'tag').sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** How big the library is: its articles and the bytes they take (two records, not all counts). */
export async function readLibrarySize(db: LibraryDb): Promise<{ articles: number; bytes: number }> {
  const tx = db.transaction('facets');
  const [all, bytes] = await Promise.all([tx.store.get('all'), tx.store.get('bytes'), tx.done]);
  return { articles: all?.count ?? 0, bytes: bytes?.count ?? 0 };
}

/** How many articles a filter selects, when one count says so (one view, site or tag alone). */
export function filterCount(facets: FacetCounts, filter: ListFilter): number | null {
  const parts = [filter.view !== 'all', filter.site !== null, filter.tag !== null].filter(Boolean).length;
  if (parts > 1) return null;
  if (filter.site !== null) return facets.sites.find((site) => site.name === filter.site)?.count ?? 0;
  if (filter.tag !== null) return facets.tags.find((tag) => tag.name === filter.tag)?.count ?? 0;
  if (filter.view === 'all') return facets.all;
  return filter.view === 'favorites' ? facets.favorites : facets.shelves[filter.view];
}
