/** CSV reading shared by the Pocket and Instapaper parsers. */
import Papa from 'papaparse';
import { LineCounter } from './entry-fields';
import type { EntrySink } from './sink';

/** Header cells, trimmed and lower-cased: exporters disagree on case ("URL" vs "url"). */
function normaliseHeader(cells: readonly string[]): string[] {
  return cells.map((cell) => cell.trim().toLowerCase());
}

/** The first non-blank record of `text`, as a normalised header, or null. Stops early on big files. */
export function csvHeader(text: string): string[] | null {
  const result = Papa.parse<string[]>(text, { delimiter: ',', preview: 1, skipEmptyLines: 'greedy' });
  const first = result.data[0];
  return first && first.length > 0 ? normaliseHeader(first) : null;
}

export interface CsvRow {
  /** Looks a field up by (normalised) column name; undefined when the file has no such column. */
  get(column: string): string | undefined;
  where: string;
}

/**
 * Streams the records of `text` to `onRow` in one Papa Parse pass. The first non-blank record is
 * the header; `onHeader` gets it and returns false to reject the file. Rows whose cell count differs
 * from the header's are reported and skipped: a stray comma shifts every later column, so guessing
 * which cell is which would import wrong data. `wherePrefix` is "" or e.g. "part_000001.csv ".
 */
export function readCsvRows(
  text: string,
  sink: EntrySink,
  wherePrefix: string,
  onHeader: (header: string[]) => boolean,
  onRow: (row: CsvRow) => void,
): void {
  let header: string[] | null = null;
  let index = new Map<string, number>();
  let lines: LineCounter | null = null;
  let rowStart = 0;
  let fields: string[] = [];
  let rejected = false;
  const row: CsvRow = {
    get: (column) => {
      const at = index.get(column);
      return at === undefined ? undefined : fields[at];
    },
    where: '',
  };
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result, parser) => {
      const start = rowStart;
      rowStart = result.meta.cursor;
      fields = result.data;
      if (rejected || fields.every((field) => field.trim() === '')) return;
      lines ??= new LineCounter(text, result.meta.linebreak === '\r' ? '\r' : '\n');
      const where = `${wherePrefix}line ${lines.lineAt(start)}`;
      if (result.errors.some((error) => error.code === 'MissingQuotes')) {
        sink.problem(
          'A quotation mark here is never closed, so the rest of the file could not be read.',
          where,
        );
        return;
      }
      if (header === null) {
        header = normaliseHeader(fields);
        index = new Map(header.map((name, at) => [name, at] as const).reverse());
        if (!onHeader(header)) {
          rejected = true;
          parser.abort();
        }
        return;
      }
      if (fields.length !== header.length) {
        sink.problem(
          `Skipped a row with ${fields.length} columns where the header has ${header.length}.`,
          where,
        );
        return;
      }
      row.where = where;
      onRow(row);
    },
  });
}
