/**
 * bench:library's highlights part: 10,000 highlights over 2,000 articles, then the library's
 * Highlights view opened (time to its first rows) and searched a key at a time (time until each
 * query's results are on screen), as the list's own figures are measured.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { call, median, quantile, round, timeToMark, typeInLibrary } from './library-measure';

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
  const search = (await typeInLibrary(page, keystrokes, '.lectern-hlv-search')).filter(Number.isFinite);
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
