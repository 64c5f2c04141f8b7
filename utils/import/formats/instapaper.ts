/** Instapaper's CSV export: URL,Title,Selection,Folder,Timestamp[,Tags]. */
import { quote, unixToIso } from '../entry-fields';
import { EntrySink, type RawEntry } from '../sink';
import { readCsvRows } from '../csv';
import { ImportError, type ImportResult } from '../types';

/** "Selection" and "Folder" are Instapaper's own columns; Pocket never writes them. */
export function isInstapaperHeader(header: readonly string[]): boolean {
  return header.includes('selection') || (header.includes('folder') && header.includes('timestamp'));
}

/** Instapaper's built-in folders; any other folder is the user's own and becomes a tag. */
function folderFields(folder: string): Pick<RawEntry, 'state' | 'favorite'> & { tag?: string } {
  switch (folder.toLowerCase()) {
    case '':
    case 'unread':
      return { state: 'unread', favorite: false };
    case 'archive':
      return { state: 'archived', favorite: false };
    case 'starred':
      return { state: 'unread', favorite: true };
    default:
      return { state: 'unread', favorite: false, tag: folder };
  }
}

/** Tags is a JSON array of strings, e.g. ["tech","ai"]. */
function readTags(raw: string | undefined, sink: EntrySink, where: string): string[] {
  const text = raw?.trim() ?? '';
  if (text === '') return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed)) {
      return parsed
        .filter((tag): tag is string | number => typeof tag === 'string' || typeof tag === 'number')
        .map(String);
    }
  } catch {
    // reported below, like any other shape we cannot use
  }
  sink.note(`Couldn't read the tags ${quote(text)}; imported it without tags.`, where);
  return [];
}

export function parseInstapaperCsv(text: string): ImportResult {
  const sink = new EntrySink();
  let hasUrl = true;
  readCsvRows(
    text,
    sink,
    '',
    (header) => (hasUrl = header.includes('url')),
    (row) => {
      const folder = folderFields(row.get('folder')?.trim() ?? '');
      const tags = readTags(row.get('tags'), sink, row.where);
      sink.add(
        {
          url: row.get('url') ?? '',
          title: row.get('title'),
          addedAt: sink.date(row.get('timestamp'), unixToIso, row.where),
          tags: folder.tag === undefined ? tags : [folder.tag, ...tags],
          state: folder.state,
          favorite: folder.favorite,
        },
        row.where,
      );
    },
  );
  if (!hasUrl)
    throw new ImportError('This Instapaper export has no "URL" column, so its links cannot be found.');
  return { format: 'instapaper-csv', entries: sink.entries, problems: sink.problems };
}
