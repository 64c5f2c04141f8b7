/**
 * Performance marks bench:library reads in the Highlights view (as usePerformanceMarks does for
 * the list): its first rows on screen, and each query's results on screen, in the next frame.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

/** `complete`: every highlight is read, so results are whole (a search waits for it). */
export function useHighlightsMarks(ready: boolean, complete: boolean, query: string): void {
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (marked.current || !ready) return;
    marked.current = true;
    requestAnimationFrame(() => performance.mark('lectern:highlights-first-rows'));
  }, [ready]);
  useLayoutEffect(() => {
    if (!complete || !query) return;
    requestAnimationFrame(() => performance.mark('lectern:highlights-results', { detail: query }));
  }, [complete, query]);
}
