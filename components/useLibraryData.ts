/** The library page's data, read straight from IndexedDB and refreshed when the library changes. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '@/utils/library/articles';
import { onLibraryChange } from '@/utils/library/changes';
import { openLibraryDb } from '@/utils/library/db';
import { readFacets, type FacetCounts } from '@/utils/library/facets';
import { ALL, firstRows, NEWEST, orderedIds, type ListFilter, type ListSort } from '@/utils/library/listing';
import type { ArticleMeta } from '@/utils/library/schema';
import { storageUsed } from '@/utils/library/storage';

// Layout effects here: plain effects wait for a frame to be painted before they start, and the
// first rows should not wait for one frame per step (open, read, show).

export function useLibraryDb(): { db: LibraryDb | null; error: string | null } {
  const [state, setState] = useState<{ db: LibraryDb | null; error: string | null }>({
    db: null,
    error: null,
  });
  useLayoutEffect(() => {
    openLibraryDb().then(
      (db) => setState({ db, error: null }),
      (error: unknown) =>
        setState({ db: null, error: `The library could not be opened: ${(error as Error).message}` }),
    );
  }, []);
  return state;
}

/** A number that goes up whenever the library changes, here or in another page or the background. */
export function useChangeVersion(): [number, () => void] {
  const [version, setVersion] = useState(0);
  useEffect(() => onLibraryChange(() => setVersion((value) => value + 1)), []);
  return [version, () => setVersion((value) => value + 1)];
}

/** Counts beside the filters; pass `db` once the first rows are on screen (they come first). */
export function useFacets(db: LibraryDb | null, version: number): FacetCounts | null {
  const [facets, setFacets] = useState<FacetCounts | null>(null);
  useEffect(() => {
    if (db) void readFacets(db).then(setFacets);
  }, [db, version]);
  return facets;
}

export function useStorageUsed(ready: boolean, version: number): number | null {
  const [bytes, setBytes] = useState<number | null>(null);
  useEffect(() => void (ready && storageUsed().then(setBytes)), [ready, version]);
  return bytes;
}

export interface OrderedList {
  /** The first screenful, from a cursor, before `ids` is known (null: not read yet). */
  first: ArticleMeta[] | null;
  /** Every id in list order (null: still reading). */
  ids: string[] | null;
}

/** Rows to read with a cursor before the whole order: a tall window's worth. */
const FIRST_ROWS = 16;

let preloaded: Promise<ArticleMeta[] | null> | null = null;

/**
 * Starts reading the first rows of the list the library opens on (all, newest first) before
 * the page has rendered anything: called by the page's entry point, used once by useOrderedList.
 */
export function preloadFirstRows(): void {
  preloaded = openLibraryDb().then((db) => firstRows(db, ALL, NEWEST, FIRST_ROWS));
}

/**
 * The list for a filter and sort: the first rows at once, then every id. A change of filter or
 * sort starts over; a change in the library re-reads while still showing the current list.
 */
export function useOrderedList(
  db: LibraryDb | null,
  filter: ListFilter,
  sort: ListSort,
  version: number,
): OrderedList {
  const [list, setList] = useState<OrderedList>({ first: null, ids: null });
  const request = useRef(0);
  const shape = JSON.stringify([filter, sort]);
  const shown = useRef(shape);
  useLayoutEffect(() => {
    if (!db) return;
    const current = ++request.current;
    const fresh = shown.current !== shape;
    shown.current = shape;
    void (async () => {
      if (fresh || !list.ids) {
        const opening = preloaded && shape === JSON.stringify([ALL, NEWEST]) ? preloaded : null;
        preloaded = null;
        const first = await (opening ?? firstRows(db, filter, sort, FIRST_ROWS));
        if (current !== request.current) return;
        if (first) setList({ first, ids: null });
      }
      const ids = await orderedIds(db, filter, sort);
      if (current === request.current) setList((previous) => ({ first: previous.first, ids }));
    })();
  }, [db, shape, version]);
  return list;
}
