/**
 * Search as you type without blocking typing: at most one search runs at a time; keystrokes
 * made meanwhile collapse into one search for the latest text when it finishes.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '@/utils/library/db/open';
import { LibrarySearch, queryWords } from '@/utils/library/search/query';

export interface SearchState {
  /** The query these results are for (the field may already hold more: results follow). */
  query: string;
  words: string[];
  /** Best first. */
  ids: string[];
}

/** `db` once the list is on screen: the search then reads what it needs while the user looks. */
export function useSearchResults(
  db: LibraryDb | null,
  query: string,
  version: number,
  /** Reads what the first results need on screen, so they show complete in one render. */
  prepare: (ids: string[]) => Promise<void>,
): { results: SearchState | null; typed: (query: string) => void } {
  const [state, setState] = useState<SearchState | null>(null);
  const search = useRef<LibrarySearch | null>(null);
  const running = useRef(false);
  const latest = useRef({ query, version });
  latest.current = { query, version };

  useEffect(() => {
    if (db && !search.current) {
      search.current = new LibrarySearch(db);
      // Read the document table while the user looks at the list, not on the first keystroke.
      const warm = () => void search.current?.warm();
      if ('requestIdleCallback' in window) requestIdleCallback(warm, { timeout: 2000 });
      else setTimeout(warm, 300);
    }
  }, [db]);

  /** The library version the searcher's cached state is for. */
  const searched = useRef(version);

  const run = () => {
    if (running.current || !search.current) return;
    const searcher = search.current;
    running.current = true;
    void (async () => {
      let done = { query: '', version: -1 };
      try {
        while (done.query !== latest.current.query || done.version !== latest.current.version) {
          done = latest.current;
          if (!queryWords(done.query).length) break;
          // Forget what the searcher cached before the search that follows a change, not in an
          // effect after it (that would run once this search had used the old state).
          if (searched.current !== done.version) searcher.invalidate();
          searched.current = done.version;
          const result = await searcher.search(done.query);
          if (latest.current.query !== done.query) continue;
          await prepare(result.ids);
          if (latest.current.query === done.query) setState({ query: done.query, ...result });
        }
      } finally {
        running.current = false;
      }
    })();
  };

  // (A layout effect: it runs right after the render, not a frame later.)
  useLayoutEffect(() => {
    if (!queryWords(query).length) setState(null);
    else run();
  }, [db, query, version]);

  return {
    results: state,
    /** Starts searching for what was just typed, before the page renders the keystroke. */
    typed(next: string) {
      latest.current = { query: next, version: latest.current.version };
      if (queryWords(next).length) run();
    },
  };
}
