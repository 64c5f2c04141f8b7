/**
 * The rows the list shows: the filtered list in its order, or search results (best first, or in
 * the list's order) within the filter. Also how many rows there are while the list is still
 * being read page by page (the filter's count, so the scroll bar is right from the start).
 */
import { useEffect, useMemo } from 'preact/hooks';
import { filterCount, type FacetCounts } from '@/utils/library/facets';
import type { ListFilter } from '@/utils/library/listing';
import type { OrderedList } from '../useLibraryData';
import type { SearchState } from '../search/useSearchResults';

export interface Rows {
  /** Known ids in order (while reading, the rest of `count` are still unknown). */
  ids: string[];
  count: number;
  /** A search waits for the whole filtered list to filter its results. */
  pending: boolean;
}

export function useLibraryRows(
  list: OrderedList,
  search: SearchState | null,
  filter: ListFilter,
  byRelevance: boolean,
  facets: FacetCounts | null,
): Rows {
  const filtered = filter.view !== 'all' || filter.site !== null || filter.tag !== null;
  // Results within a filter, or in list order, need the whole list: read the rest of it.
  const needAll = !!search && (filtered || !byRelevance) && !list.complete;
  useEffect(() => void (needAll && list.all()), [needAll, list.ids]);
  const listSet = useMemo(
    () => new Set(search && list.complete ? list.ids : []),
    [list.ids, list.complete, !!search],
  );

  return useMemo(() => {
    const listed = list.ids ?? list.first?.map((meta) => meta.id) ?? [];
    if (!search) {
      const total =
        list.complete || !list.ids ? listed.length : ((facets && filterCount(facets, filter)) ?? 0);
      return { ids: listed, count: Math.max(total, listed.length + (list.complete ? 0 : 1)), pending: false };
    }
    if (byRelevance && !filtered) return { ids: search.ids, count: search.ids.length, pending: false };
    if (!list.complete) return { ids: [], count: 0, pending: true };
    if (byRelevance) {
      const ids = search.ids.filter((id) => listSet.has(id));
      return { ids, count: ids.length, pending: false };
    }
    const hits = new Set(search.ids);
    const ids = listed.filter((id) => hits.has(id));
    return { ids, count: ids.length, pending: false };
  }, [list.ids, list.first, list.complete, search, filter, byRelevance, facets, listSet]);
}
