/**
 * Lectern's own backup, {"format":"lectern-backup","version":1,"articles":[...]}. Only the list
 * fields are exposed here, like any other import; restoring bodies and reading state is elsewhere.
 */
import { isoToIso, unixToIso } from '../entry-fields';
import { EntrySink } from '../sink';
import { ImportError, type ImportResult } from '../types';

export const BACKUP_FORMAT = 'lectern-backup';
export const BACKUP_VERSION = 1;

export function isLecternBackup(json: unknown): json is Record<string, unknown> {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === BACKUP_FORMAT;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function parseLecternBackup(json: Record<string, unknown>): ImportResult {
  const { version, articles } = json;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new ImportError(
      'This backup was made by a newer version of Lectern. Update Lectern, then try again.',
    );
  }
  if (version !== BACKUP_VERSION || !Array.isArray(articles)) {
    throw new ImportError('This Lectern backup is damaged: its list of articles is missing.');
  }
  const sink = new EntrySink();
  articles.forEach((item: unknown, at) => {
    const where = `article ${at + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      sink.problem('Skipped an entry that is not an article record.', where);
      return;
    }
    const article = item as Record<string, unknown>;
    const { addedAt, savedAt, tags } = article;
    sink.add(
      {
        url: text(article.url) ?? '',
        title: text(article.title),
        // ISO in backups; a stored record's savedAt (ms since epoch) is accepted too.
        addedAt:
          typeof addedAt === 'string'
            ? sink.date(addedAt, isoToIso, where)
            : typeof savedAt === 'number'
              ? sink.date(String(savedAt), unixToIso, where)
              : null,
        tags: Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string') : [],
        state: article.state === 'archived' || article.archived === true ? 'archived' : 'unread',
        favorite: article.favorite === true,
        read: article.read === true || typeof article.readAt === 'number',
      },
      where,
    );
  });
  return { format: 'lectern-backup', entries: sink.entries, problems: sink.problems };
}
