/** Pocket's 2024-2025 CSV export: title,url,time_added,tags,status (some files add cursor). */
import { unixToIso } from '../entry-fields';
import { EntrySink } from '../sink';
import { readCsvRows } from '../csv';
import { decodeText, readZip, baseName } from '../bytes';
import { IMPORT_MESSAGES, ImportError, type ImportResult } from '../types';

const PART = /^part_(\d+)\.csv$/i;

/** Pocket's own header, told apart from Instapaper's by the time_added column only Pocket writes. */
export function isPocketHeader(header: readonly string[]): boolean {
  return header.includes('time_added');
}

export function isPocketPart(path: string): boolean {
  return PART.test(baseName(path) ?? '');
}

const NO_URL = 'This Pocket export has no "url" column, so its links cannot be found.';

/** Reads one CSV into `sink`; false when it has no url column (nothing read). */
function readPocketCsv(text: string, sink: EntrySink, wherePrefix: string): boolean {
  let usable = true;
  readCsvRows(
    text,
    sink,
    wherePrefix,
    (header) => (usable = header.includes('url')),
    (row) => {
      const status = row.get('status')?.trim().toLowerCase();
      const favorite = row.get('favorite')?.trim().toLowerCase();
      sink.add(
        {
          url: row.get('url') ?? '',
          title: row.get('title'),
          addedAt: sink.date(row.get('time_added'), unixToIso, row.where),
          tags: (row.get('tags') ?? '').split('|'),
          state: status === 'archive' || status === 'archived' ? 'archived' : 'unread',
          favorite: favorite === '1' || favorite === 'true',
        },
        row.where,
      );
    },
  );
  return usable;
}

export function parsePocketCsv(text: string): ImportResult {
  const sink = new EntrySink();
  if (!readPocketCsv(text, sink, '')) throw new ImportError(NO_URL);
  return { format: 'pocket-csv', entries: sink.entries, problems: sink.problems };
}

/** The ZIP holds part_000000.csv, part_000001.csv, ...: read in numeric order, as exported. */
export function parsePocketZip(bytes: Uint8Array): ImportResult {
  const files = [...readZip(bytes, isPocketPart)].sort(
    ([a], [b]) => partNumber(a) - partNumber(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const sink = new EntrySink();
  let usable = 0;
  for (const [path, data] of files) {
    const name = baseName(path) ?? path;
    if (readPocketCsv(decodeText(data), sink, `${name} `)) usable++;
    else sink.problem(`${NO_URL} Skipped this part.`, name);
  }
  if (files.length === 0) throw new ImportError(IMPORT_MESSAGES.unknownZip);
  if (usable === 0) throw new ImportError(NO_URL);
  return { format: 'pocket-zip', entries: sink.entries, problems: sink.problems };
}

function partNumber(path: string): number {
  return Number(PART.exec(baseName(path) ?? '')?.[1] ?? 0);
}
