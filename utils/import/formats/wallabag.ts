/**
 * wallabag's JSON export: an array of entries (url, title, content, is_archived, is_starred, tags,
 * created_at, …), each with its annotations (quote, text = the note, ranges, created_at). The
 * ranges are XPaths into wallabag's own rendering: the quote is anchored in Lectern's text instead.
 */
import { isoToIso } from '../entry-fields';
import { EntrySink } from '../sink';
import { ImportError, type ImportedHighlight, type ImportResult } from '../types';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An array whose records look like wallabag entries (a URL and wallabag's own fields). */
export function isWallabagJson(json: unknown): json is unknown[] {
  if (!Array.isArray(json)) return false;
  const first = json.find(isRecord);
  return (
    !!first && 'url' in first && ('is_archived' in first || 'annotations' in first || 'is_starred' in first)
  );
}

/** Tags are strings, or {label, slug} objects in the API's shape. */
function tags(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((tag: unknown) => (isRecord(tag) ? text(tag.label) : text(tag)))
    .filter((tag): tag is string => tag !== undefined);
}

function annotations(value: unknown, sink: EntrySink, where: string): ImportedHighlight[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    sink.note('Its annotations are not a list, so they were skipped.', where);
    return [];
  }
  const found: ImportedHighlight[] = [];
  value.forEach((item: unknown, at) => {
    const quote = isRecord(item) ? text(item.quote)?.trim() : undefined;
    if (!isRecord(item) || !quote) {
      sink.note(`Skipped annotation ${at + 1}: it has no quote.`, where);
      return;
    }
    const created = text(item.created_at);
    const date = created === undefined ? null : isoToIso(created);
    found.push({
      quote,
      note: text(item.text)?.trim() ?? '',
      labels: [],
      createdAt: date?.ok ? date.iso : null,
    });
  });
  return found;
}

export function parseWallabagJson(json: unknown[]): ImportResult {
  if (!isWallabagJson(json)) throw new ImportError('This wallabag export has no entries.');
  const sink = new EntrySink();
  json.forEach((item: unknown, at) => {
    const where = `entry ${at + 1}`;
    if (!isRecord(item)) return sink.problem('Skipped an entry that is not an article record.', where);
    const content = text(item.content);
    const highlights = annotations(item.annotations, sink, where);
    sink.add(
      {
        url: text(item.url) ?? '',
        title: text(item.title),
        addedAt: sink.date(text(item.created_at), isoToIso, where),
        tags: tags(item.tags),
        state: item.is_archived === true || item.is_archived === 1 ? 'archived' : 'unread',
        favorite: item.is_starred === true || item.is_starred === 1,
        content: content?.trim() ? { type: 'html', text: content } : undefined,
        highlights,
      },
      where,
    );
  });
  return { format: 'wallabag-json', entries: sink.entries, problems: sink.problems };
}
