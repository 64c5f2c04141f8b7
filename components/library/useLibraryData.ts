/** The library page's data, read straight from IndexedDB and refreshed when the library changes. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '@/utils/library/db/open';
import { onLibraryChange } from '@/utils/library/changes';
import { openLibraryDb } from '@/utils/library/db/open';
import { readFacets, type FacetCounts } from '@/utils/library/facets';
import {
  ALL,
  firstRows,
  NEWEST,
  orderedIds,
  pageIds,
  type ListFilter,
  type ListSort,
  type Position,
} from '@/utils/library/listing';
import type { ArticleMeta } from '@/utils/library/db/schema';
import { searchBackfillPending } from '@/utils/library/search/backfill';
import { upkeep } from '@/utils/library/upkeep';

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

export interface OrderedList {
  /** The first screenful, from a cursor, before `ids` is known (null: not read yet). */
  first: ArticleMeta[] | null;
  /** Ids in list order: all of them, or the pages read so far (null: still reading). */
  ids: string[] | null;
  /** False while more ids remain to be read (see `more`). */
  complete: boolean;
  /** Reads on until at least `count` ids are known (a scroll, End). */
  more: (count: number) => void;
  /** Every id, reading what remains (select all, a search within a filter). */
  all: () => Promise<string[]>;
}

/** Rows to read with a cursor before the whole order: a tall window's worth. */
const FIRST_ROWS = 16;
/** Ids read at first, then per page as the list scrolls (a page of 2,000 takes ~50 ms). */
const FIRST_PAGE = 500;
const PAGE = 2000;

let preloaded: { shape: string; rows: Promise<ArticleMeta[] | null> } | null = null;

/**
 * Starts reading the first rows of the list a page opens on (the library: all; the popup:
 * unread; newest first) before the page has rendered anything: called by the page's entry
 * point, used once by useOrderedList.
 */
export function preloadFirstRows(filter: ListFilter = ALL): void {
  // A failure is shown by useLibraryDb; the list then reads its rows itself (or cannot).
  preloaded = {
    shape: JSON.stringify([filter, NEWEST]),
    rows: openLibraryDb()
      .then((db) => firstRows(db, filter, NEWEST, FIRST_ROWS))
      .catch(() => null),
  };
}

type Listed = Pick<OrderedList, 'first' | 'ids' | 'complete'>;

/**
 * The list for a filter and sort: the first rows at once, then ids page by page as the list is
 * scrolled (or all at once when one index can't give them in order). A change of filter or sort
 * starts over; a change in the library re-reads as many ids as were shown, showing the old ones
 * meanwhile.
 */
export function useOrderedList(
  db: LibraryDb | null,
  filter: ListFilter,
  sort: ListSort,
  version: number,
): OrderedList {
  const [list, setList] = useState<Listed>({ first: null, ids: null, complete: false });
  const current = useRef(list);
  current.current = list;
  const request = useRef(0);
  const next = useRef<Position | null>(null);
  const wanted = useRef(0);
  const reading = useRef<Promise<string[]> | null>(null);
  const shape = JSON.stringify([filter, sort]);
  const shown = useRef(shape);

  /** Reads pages after `next` until `wanted` ids are known; resolves with the ids known then. */
  const readOn = (db: LibraryDb, started: number): Promise<string[]> => {
    reading.current ??= (async () => {
      let ids = current.current.ids ?? [];
      try {
        while (next.current && ids.length < wanted.current && started === request.current) {
          const page = (await pageIds(db, filter, sort, next.current, PAGE))!;
          if (started !== request.current) break;
          next.current = page.next;
          ids = ids.concat(page.ids);
          setList((previous) => ({ ...previous, ids, complete: !page.next }));
          current.current = { ...current.current, ids, complete: !page.next };
        }
      } finally {
        reading.current = null;
      }
      return ids;
    })();
    return reading.current;
  };

  useLayoutEffect(() => {
    if (!db) return;
    const started = ++request.current;
    const fresh = shown.current !== shape;
    shown.current = shape;
    if (fresh) wanted.current = 0;
    const keep = fresh ? FIRST_PAGE : Math.max(FIRST_PAGE, list.ids?.length ?? 0);
    void (async () => {
      let first = fresh ? null : list.first;
      if (fresh || !list.ids) {
        const opening = preloaded?.shape === shape ? preloaded.rows : null;
        preloaded = null;
        first = await (opening ?? firstRows(db, filter, sort, FIRST_ROWS));
        if (started !== request.current) return;
        if (first) setList({ first, ids: null, complete: false });
      }
      const page = await pageIds(db, filter, sort, null, keep);
      const ids = page ? page.ids : await orderedIds(db, filter, sort);
      if (started !== request.current) return;
      next.current = page?.next ?? null;
      setList({ first, ids, complete: !next.current });
    })();
  }, [db, shape, version]);

  return {
    ...list,
    more(count) {
      wanted.current = Math.max(wanted.current, count);
      if (db && next.current && !reading.current) void readOn(db, request.current);
    },
    async all() {
      wanted.current = Infinity;
      return db && next.current ? readOn(db, request.current) : (current.current.ids ?? []);
    },
  };
}

/**
 * Articles saved before search existed (a database upgraded from version 1) are indexed when
 * the library first opens after the upgrade; then the page refreshes so search sees them.
 */
export function useBackfillOnOpen(db: LibraryDb | null, refresh: () => void): void {
  useEffect(() => {
    if (!db) return;
    void searchBackfillPending(db).then(async (pending) => {
      if (pending) await upkeep(db, { merge: false }).then(refresh);
    });
  }, [db]);
}
