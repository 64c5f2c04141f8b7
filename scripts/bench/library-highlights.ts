/**
 * bench:library's highlights part: 10,000 highlights over 2,000 articles, then the library's
 * Highlights view opened (time to its first rows) and searched a key at a time (time until each
 * query's results are on screen), as the list's own figures are measured.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { call, median, quantile, round, timeToMark } from './library-measure';

export interface HighlightFigures {
  highlights: number;
  articles: number;
  storeMs: number;
  firstRowsMedianMs: number;
  firstRowsP95Ms: number;
  searchMedianMs: number;
  searchP95Ms: number;
  searchMaxMs: number;
  searchKeystrokes: number;
}

function typeInHighlights(page: Page, typed: string[]): Promise<number[]> {
  return page.evaluate(async (typed) => {
    const input = document.querySelector<HTMLInputElement>('.lectern-hlv-search')!;
    const times: number[] = [];
    for (const text of typed) {
      const shown = new Promise<number>((done) => {
        const observer = new PerformanceObserver((list) => {
          const entry = list.getEntries().find((mark) => (mark as PerformanceMark).detail === text);
          if (!entry) return;
          observer.disconnect();
          done(entry.startTime);
        });
        observer.observe({ type: 'mark' });
        setTimeout(() => (observer.disconnect(), done(NaN)), 10_000);
      });
      const started = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      times.push((await shown) - started);
    }
    return times;
  }, typed);
}

export async function measureHighlights(
  context: BrowserContext,
  libraryUrl: string,
  lectern: Page,
  { articles, total, keystrokes }: { articles: number; total: number; keystrokes: string[] },
): Promise<HighlightFigures> {
  const storeMs = await call<number>(lectern, 'lecternBench', 'addHighlights', articles, total);
  const url = `${libraryUrl}?view=highlights`;
  const firstRows: number[] = [];
  for (let round = 0; round < 7; round++) {
    const { ms, page } = await timeToMark(context, url, 'lectern:highlights-first-rows');
    firstRows.push(ms);
    await page.close();
  }
  const { page } = await timeToMark(context, url, 'lectern:highlights-first-rows');
  const search = (await typeInHighlights(page, keystrokes)).filter(Number.isFinite);
  await page.close();
  return {
    highlights: total,
    articles,
    storeMs: round(storeMs),
    firstRowsMedianMs: round(median(firstRows)),
    firstRowsP95Ms: round(quantile(firstRows, 0.95)),
    searchMedianMs: round(median(search)),
    searchP95Ms: round(quantile(search, 0.95)),
    searchMaxMs: round(Math.max(...search)),
    searchKeystrokes: search.length,
  };
}
