/**
 * Performance marks the benchmark (scripts/bench-library.ts) reads: when the first rows are on
 * screen, and when each query's results are on screen with their rows read. Marked in the first
 * animation frame after the render: the next paint.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

export function usePerformanceMarks(loading: boolean, query: string | null, rowsReady: boolean): void {
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (marked.current || loading) return;
    marked.current = true;
    requestAnimationFrame(() => performance.mark('lectern:first-rows'));
  }, [loading]);
  const unmarked = useRef<string | null>(null);
  useLayoutEffect(() => void (unmarked.current = query), [query]);
  useLayoutEffect(() => {
    const done = unmarked.current;
    if (done === null || !rowsReady) return;
    unmarked.current = null;
    requestAnimationFrame(() => performance.mark('lectern:results', { detail: done }));
  });
}
