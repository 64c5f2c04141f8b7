/** Where parsed entries and problems are gathered; owns the link check and duplicate handling. */
import { checkUrl, cleanTags, type DateCheck } from './entry-fields';
import type { ImportEntry, ImportProblem } from './types';

export interface RawEntry {
  url: string;
  title?: string | undefined;
  addedAt?: string | null | undefined;
  tags?: string[] | undefined;
  state?: 'unread' | 'archived' | undefined;
  favorite?: boolean | undefined;
  read?: boolean | undefined;
  content?: ImportEntry['content'] | undefined;
  highlights?: ImportEntry['highlights'];
  articleNotes?: ImportEntry['articleNotes'];
}

/**
 * Collects entries and problems in file order; the first copy of a URL wins. Problems about an
 * entry's details (dates, tags) are held with `note` until `add` knows the entry is kept, so a row
 * skipped for its link is reported once, not three times.
 */
export class EntrySink {
  readonly entries: ImportEntry[] = [];
  readonly problems: ImportProblem[] = [];
  private readonly firstSeen = new Map<string, string>();
  private pending: ImportProblem[] = [];

  problem(error: string, where: string): void {
    this.problems.push({ error, where });
  }

  /** A problem with the entry about to be passed to `add`. */
  note(error: string, where: string): void {
    this.pending.push({ error, where });
  }

  add(raw: RawEntry, where: string): void {
    const notes = this.pending;
    this.pending = [];
    const checked = checkUrl(raw.url);
    if (!checked.ok) return this.problem(checked.error, where);
    const first = this.firstSeen.get(checked.url);
    if (first !== undefined) return this.problem(`Skipped a duplicate of the link at ${first}.`, where);
    this.firstSeen.set(checked.url, where);
    for (const note of notes) this.problems.push(note);
    const title = (raw.title ?? '').replace(/\s+/g, ' ').trim();
    const entry: ImportEntry = {
      url: checked.url,
      title: title === '' ? checked.url : title,
      addedAt: raw.addedAt ?? null,
      tags: cleanTags(raw.tags ?? []),
      state: raw.state ?? 'unread',
      favorite: raw.favorite ?? false,
    };
    if (raw.read) entry.read = true;
    if (raw.content) entry.content = raw.content;
    if (raw.highlights?.length) entry.highlights = raw.highlights;
    if (raw.articleNotes?.length) entry.articleNotes = raw.articleNotes;
    this.entries.push(entry);
  }

  /** Reads a date with `read`; an unreadable one becomes a noted problem and null. */
  date(raw: string | undefined, read: (raw: string) => DateCheck, where: string): string | null {
    if (raw === undefined) return null;
    const checked = read(raw);
    if (checked.ok) return checked.iso;
    this.note(checked.error, where);
    return null;
  }
}
