/**
 * The rows a list of the library shows, shared by the library tab and the toolbar popup: the
 * filtered list newest first (or in another sort), or search results within it; the rows on
 * screen read from the metadata cache; facets, search and snippets once the first rows are up.
 */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { LibraryDb } from '@/utils/library/db/open';
import type { ListFilter, ListSort } from '@/utils/library/listing';
import { queryWords } from '@/utils/library/search/query';
import { useFacets, useOrderedList } from '../useLibraryData';
import { usePerformanceMarks } from '../usePerformanceMarks';
import { useSearchResults } from '../search/useSearchResults';
import { useBodySnippets } from './useBodySnippets';
import { useLibraryRows } from './useLibraryRows';
import { useMetaCache } from './useMetaCache';

const NO_WORDS: string[] = [];
/** Ids read ahead of the rows on screen while the list is read page by page. */
const READ_AHEAD = 1000;

export function useListedRows(
  db: LibraryDb | null,
  error: string | null,
  options: { filter: ListFilter; sort: ListSort; query: string; byRelevance: boolean; version: number },
) {
  const { filter, sort, query, byRelevance, version } = options;
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const list = useOrderedList(db, filter, sort, version);
  const loading = list.first === null && list.ids === null && !error;
  // The first rows come first: counts, space used and search start once they are on screen.
  const ready = !!db && !loading;
  const facets = useFacets(ready ? db : null, version);
  const cache = useMetaCache(db, version);
  const { results: search, typed } = useSearchResults(ready ? db : null, query, version, (found) =>
    cache.ensure(found.slice(0, 24), true),
  );
  useMemo(() => list.first && cache.seed(list.first), [list.first]);

  const searching = queryWords(query).length > 0;
  const rows = useLibraryRows(list, searching ? search : null, filter, byRelevance, facets);
  const { ids } = rows;
  const shown = ids.slice(range[0], range[1]);
  const words = searching && search ? search.words : NO_WORDS;
  const snippets = useBodySnippets(db, searching ? shown : [], words);
  usePerformanceMarks(
    loading,
    searching ? (search?.query ?? null) : null,
    shown.every((id) => cache.get(id)),
  );

  // New rows on screen, or a change in the library: read the rows shown (again), and the ids
  // ahead of them while the list is still read page by page.
  useLayoutEffect(() => {
    void cache.ensure(shown);
    if (!searching && !list.complete && range[1] + READ_AHEAD > ids.length)
      list.more(range[1] + 2 * READ_AHEAD);
  }, [version, ids, range[0], range[1]]);

  return {
    list,
    loading,
    ready,
    facets,
    cache,
    search,
    typed,
    searching,
    rows,
    words,
    snippets,
    onRange: (start: number, end: number) =>
      setRange((old) => (old[0] === start && old[1] === end ? old : [start, end])),
  };
}
