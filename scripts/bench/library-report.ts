/**
 * bench:library's report: the figures measured per library size, printed as a table with their
 * ratios to the naive library, how they grow with the library, and one JSON line last.
 */
import { round } from './library-measure';
import type { PopupFigures } from './popup-measure';

/** The figures the issue asks for: exactly these keys, per size, in the JSON line. */
export interface Figures {
  firstRowsMedianMs: number;
  searchMedianMs: number;
  searchP95Ms: number;
  saveMedianMs: number;
  deleteMedianMs: number;
  libraryHeapMB: number;
  dbMB: number;
}
/** More detail, printed in the table only. */
export interface Detail {
  firstRowsP95Ms?: number;
  searchMaxMs?: number;
  searchKeystrokes: number;
  saveP95Ms?: number;
}
export type Measured = Figures & Detail;
export type Result = Figures & PopupFigures & { baseline: Figures };
const FIGURES: (keyof Figures)[] = [
  'firstRowsMedianMs',
  'searchMedianMs',
  'searchP95Ms',
  'saveMedianMs',
  'deleteMedianMs',
  'libraryHeapMB',
  'dbMB',
];

export const figuresOf = (measured: Measured): Figures =>
  Object.fromEntries(FIGURES.map((key) => [key, round(measured[key], 2)])) as unknown as Figures;

const ROWS: [keyof Figures, string][] = [
  ['firstRowsMedianMs', 'library open → first rows (median ms)'],
  ['searchMedianMs', 'search per keystroke (median ms)'],
  ['searchP95Ms', 'search per keystroke (p95 ms)'],
  ['saveMedianMs', 'save (median ms)'],
  ['deleteMedianMs', 'delete (median ms)'],
  ['libraryHeapMB', 'library JS heap (MB)'],
  ['dbMB', 'IndexedDB on disk (MB)'],
];

interface Report {
  /** Library sizes, in growing order. */
  sizes: number[];
  /** How many queries were typed. */
  queries: number;
  results: Record<string, Result>;
  details: Record<string, [Detail, Detail]>;
}

export function printReport({ sizes: SIZES, queries, results, details }: Report): void {
  console.log(
    `\nbench:library — Lectern vs a naive library (one store; lists and searches by reading every article), Chromium; ${queries} queries typed a key at a time; cell: Lectern vs naive (ratio)`,
  );
  const cell = (text: string) => text.padStart(30);
  console.log(''.padEnd(38) + SIZES.map((size) => cell(`${size.toLocaleString('en')} articles`)).join(''));
  for (const [key, label] of ROWS) {
    const cells = SIZES.map((size) => {
      const ours = results[size]![key] as number;
      const base = results[size]!.baseline[key] as number;
      return cell(`${ours} vs ${base} (${round(ours / base, 3)}×)`);
    });
    console.log(label.padEnd(38) + cells.join(''));
  }
  const detail = (label: string, show: (ours: Detail, naive: Detail) => string) =>
    console.log(
      label.padEnd(38) + SIZES.map((size) => cell(show(details[size]![0], details[size]![1]))).join(''),
    );
  detail('first rows p95 (ms)', (ours) => `${round(ours.firstRowsP95Ms ?? NaN)}`);
  detail('search slowest keystroke (ms)', (ours) => `${round(ours.searchMaxMs ?? NaN)}`);
  detail('save p95 (ms)', (ours) => `${round(ours.saveP95Ms ?? NaN)}`);
  detail(
    'keystrokes timed (Lectern / naive)',
    (ours, naive) => `${ours.searchKeystrokes} / ${naive.searchKeystrokes}`,
  );
  const popup = (label: string, show: (result: Result) => string) =>
    console.log(label.padEnd(38) + SIZES.map((size) => cell(show(results[size]!))).join(''));
  console.log('\ntoolbar popup (400×600) vs a bare page of the same build painting 50 rows');
  popup(
    'popup → first rows vs floor (ms)',
    (r) => `${r.popupFirstRowsMs} vs ${r.floorFirstRowsMs} (${r.popupRatio}×)`,
  );
  popup('popup search per keystroke (p95 ms)', (r) => `${r.popupSearchP95Ms}`);
  popup('popup JS heap (MB)', (r) => `${r.popupHeapMB}`);
  const [smallest, largest] = [SIZES[0]!, SIZES[SIZES.length - 1]!];
  if (largest > smallest) {
    // How Lectern's figures grow with the library, against how the naive library's grow.
    const growth = (key: keyof Figures, of: (result: Result) => Figures) =>
      `${round(of(results[largest]!)[key] / of(results[smallest]!)[key], 2)}×`;
    console.log(
      `\ngrowth ${smallest.toLocaleString('en')} → ${largest.toLocaleString('en')} articles (Lectern; naive)`,
    );
    for (const [key, label] of ROWS)
      console.log(
        label.padEnd(38) +
          cell(`${growth(key, (result) => result)}; ${growth(key, (result) => result.baseline)}`),
      );
  }
  console.log(JSON.stringify(results));
}
