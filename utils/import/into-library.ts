/**
 * Parsed export → library. Every entry becomes a link entry (kind 'link') in one transaction, so
 * the library shows the whole import at once or, if the write fails, nothing of it; then each new
 * entry gets a job in the fetch queue. Runs in the options page (extension origin: the same
 * IndexedDB as the background), which then wakes the background's queue.
 */
import type { LibraryDb } from '../library/db/open';
import { addLinkEntries, type LinkInput } from '../library/link-entries';
import { enqueueJobs, type NewJob, type QueueDb } from '../fetch-queue/store';
import type { ImportEntry, ImportFormat, ImportProblem, ImportResult } from './types';
import { highlightsFromImport, putHighlights } from '../highlights/imported';

export interface ImportSummary {
  format: ImportFormat;
  /** Entries the file held that could be read. */
  found: number;
  added: number;
  /** Already in the library: left exactly as they were. */
  alreadySaved: number;
  /** Carried their article in the export (Omnivore): read without fetching. */
  withBody: number;
  /** Highlights and notes brought in with the new entries. */
  highlights: number;
  problems: ImportProblem[];
}

function toLinkInput(entry: ImportEntry, now: number): LinkInput {
  const added = entry.addedAt === null ? NaN : Date.parse(entry.addedAt);
  return {
    url: entry.url,
    title: entry.title,
    savedAt: Number.isFinite(added) ? added : now,
    // The exports say that, not when, an article was read.
    readAt: entry.read ? now : null,
    archived: entry.state === 'archived',
    favorite: entry.favorite,
    tags: entry.tags,
  };
}

export async function importIntoLibrary(
  library: LibraryDb,
  queue: QueueDb,
  parsed: ImportResult,
  now = Date.now(),
): Promise<ImportSummary> {
  const { added, existing } = await addLinkEntries(
    library,
    parsed.entries.map((entry) => toLinkInput(entry, now)),
    now,
  );
  const jobs: NewJob[] = added.map(({ id, url, title, input }) => ({
    id,
    url,
    title,
    body: parsed.entries[input]?.content,
  }));
  await enqueueJobs(queue, jobs);
  // Only new entries get the file's highlights: an article already saved keeps its own.
  const highlights = added.flatMap(({ id, input }) => {
    const entry = parsed.entries[input];
    return entry ? highlightsFromImport(id, entry, now) : [];
  });
  await putHighlights(library, highlights);
  return {
    format: parsed.format,
    found: parsed.entries.length,
    added: added.length,
    alreadySaved: existing.length,
    withBody: jobs.filter((job) => job.body).length,
    highlights: highlights.length,
    problems: parsed.problems,
  };
}

/** Queues every link entry that has no job (e.g. restored from a backup, or dismissed before). */
export async function enqueueWaitingLinks(library: LibraryDb, queue: QueueDb): Promise<number> {
  const queued = new Set(await queue.getAllKeys('jobs'));
  const jobs: NewJob[] = [];
  let cursor = await library.transaction('articles').store.index('by-savedAt').openCursor();
  while (cursor) {
    const meta = cursor.value;
    if (meta.kind === 'link' && !queued.has(meta.id))
      jobs.push({ id: meta.id, url: meta.url, title: meta.title });
    cursor = await cursor.continue();
  }
  await enqueueJobs(queue, jobs);
  return jobs.length;
}
