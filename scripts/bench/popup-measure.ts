/**
 * bench:library's popup figures: popup.html opened → its first rows painted, against a floor
 * measured in the same run and the same build (bench-floor.html: the database opened and 50 rows
 * of the same list, unread newest first, read by its index and painted with no framework);
 * search per keystroke typed into the popup; the popup's JS heap.
 */
import type { BrowserContext } from '@playwright/test';
import { heapMB, median, quantile, round, timeToMark, typeInLibrary } from './library-measure';

export interface PopupFigures {
  popupFirstRowsMs: number;
  floorFirstRowsMs: number;
  popupRatio: number;
  popupSearchP95Ms: number;
  popupHeapMB: number;
}

/** The popup's size: the page is laid out as the browser lays out the popup. */
const POPUP_VIEWPORT = { width: 400, height: 600 };

export async function measurePopup(
  context: BrowserContext,
  extensionOrigin: string,
  size: number,
  keystrokes: string[],
): Promise<PopupFigures> {
  const rounds = size >= 100_000 ? 5 : 7;
  const settle = size >= 100_000 ? 2000 : 800;
  const popup: number[] = [];
  const floor: number[] = [];
  // Taken in turns, so both see the same state of the database and the machine.
  for (let index = 0; index < rounds; index++) {
    for (const [url, mark, into] of [
      [`${extensionOrigin}/popup.html`, 'lectern:first-rows', popup],
      [`${extensionOrigin}/bench-floor.html`, 'floor:first-rows', floor],
    ] as const) {
      const { ms, page } = await timeToMark(context, url, mark, POPUP_VIEWPORT);
      into.push(ms);
      await page.waitForTimeout(settle);
      await page.close();
    }
  }
  const { page } = await timeToMark(
    context,
    `${extensionOrigin}/popup.html`,
    'lectern:first-rows',
    POPUP_VIEWPORT,
  );
  await page.waitForTimeout(size >= 100_000 ? 4000 : 2500); // its idle warm-up of search
  const search = (await typeInLibrary(page, keystrokes)).filter(Number.isFinite);
  const popupHeapMB = await heapMB(page);
  await page.close();
  const popupFirstRowsMs = median(popup);
  const floorFirstRowsMs = median(floor);
  return {
    popupFirstRowsMs: round(popupFirstRowsMs, 2),
    floorFirstRowsMs: round(floorFirstRowsMs, 2),
    popupRatio: round(popupFirstRowsMs / floorFirstRowsMs, 3),
    popupSearchP95Ms: round(quantile(search, 0.95), 2),
    popupHeapMB: round(popupHeapMB, 2),
  };
}
