/**
 * Restoring Lectern's own backup (written by utils/export/backup.ts). A backup file is hostile
 * input like any other: every record's shape is checked (a damaged one is skipped and reported)
 * and every body and removed block passes through the sanitiser again before it is stored.
 */
import * as v from 'valibot';
import { ARTICLE_META_ENTRIES, count, REMOVED_BLOCK_ENTRIES, text } from '../article-schema';
import { fromBase64, type SettingsStore } from '../export/backup';
import { enqueueJobs, type QueueDb } from '../fetch-queue/store';
import type { LibraryDb } from '../library/db/open';
import { withDerived } from '../library/derive';
import { restoreRecords, type FullArticle, type ImageRecord } from '../library/whole-articles';
import type { Sanitizer } from '../sanitize/policy';
import { BACKUP_VERSION, parseLecternBackup } from './formats/lectern-backup';
import { importIntoLibrary } from './into-library';
import { ImportError, type ImportProblem } from './types';
import { restoreHighlights } from '../highlights/restore';

const time = v.pipe(v.number(), v.finite());
const html = text(20_000_000);

// Loose objects: fields added by later versions survive a restore into this one untouched.
const MetaSchema = v.looseObject({
  // Image keys put a space after the id: an id with a space could reach another article's images.
  id: v.pipe(v.string(), v.regex(/^[\w-]{1,100}$/)),
  ...ARTICLE_META_ENTRIES,
  savedAt: time,
  updatedAt: time,
  readAt: v.nullable(time),
  archived: v.boolean(),
  favorite: v.boolean(),
  tags: v.array(text(100)),
  kind: v.picklist(['article', 'link']),
  bytes: count,
  progress: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});

const BodySchema = v.looseObject({
  html,
  text: text(20_000_000),
  removed: v.array(v.looseObject({ ...REMOVED_BLOCK_ENTRIES, html })),
  restoredIds: v.array(v.pipe(v.number(), v.integer())),
});

const ImageSchema = v.object({
  articleId: v.optional(v.string()),
  url: text(8_000),
  type: v.pipe(text(100), v.regex(/^image\//i)),
  bytes: count,
  data: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});

const RecordSchema = v.object({
  meta: MetaSchema,
  body: v.nullable(BodySchema),
  images: v.optional(v.array(ImageSchema), []),
});

function issueText(issues: v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = issue?.path?.map((item) => String(item.key)).join('.');
  return path ? `its ${path} is not valid` : 'it is not a valid article record';
}

export interface RestoreSummary {
  /** Articles put back whole. */
  restored: number;
  /** Restored or imported entries that still wait for their page. */
  links: number;
  /** Already in the library: left as they are. */
  alreadySaved: number;
  settingsRestored: boolean;
  /** Highlights and notes put back (those already in the library are left as they are). */
  highlights: number;
  problems: ImportProblem[];
}

/**
 * Reads a backup's JSON into records to restore, with a problem for each damaged article. Bodies
 * and removed blocks come out of `sanitizer`, resolved against the article's own address.
 */
function readBackupRecords(
  json: Record<string, unknown>,
  sanitizer: Sanitizer,
): {
  records: FullArticle[];
  portable: unknown[];
  problems: ImportProblem[];
} {
  const { version, articles } = json;
  if (typeof version === 'number' && version > BACKUP_VERSION)
    throw new ImportError(
      'This backup was made by a newer version of Lectern. Update Lectern, then try again.',
    );
  if (!Array.isArray(articles))
    throw new ImportError('This Lectern backup is damaged: its list of articles is missing.');
  const records: FullArticle[] = [];
  const portable: unknown[] = [];
  const problems: ImportProblem[] = [];
  articles.forEach((item: unknown, index) => {
    const where = `article ${index + 1}`;
    if (typeof item !== 'object' || item === null || !('meta' in item)) {
      // A backup without whole records (older, or written by hand): its links still import.
      portable.push(item);
      return;
    }
    const parsed = v.safeParse(RecordSchema, item);
    if (!parsed.success) {
      problems.push({ error: `Skipped an article: ${issueText(parsed.issues)}.`, where });
      return;
    }
    // Checked; the record itself is kept as written (valibot rebuilds objects in schema order).
    const { meta, body } = item as {
      meta: v.InferOutput<typeof MetaSchema>;
      body: v.InferOutput<typeof BodySchema> | null;
    };
    records.push({
      meta: withDerived(meta),
      body: body
        ? {
            ...body,
            id: meta.id,
            html: sanitizer.html(body.html, meta.url),
            removed: body.removed.map((block) => ({ ...block, html: sanitizer.html(block.html, meta.url) })),
          }
        : undefined,
      images: parsed.output.images.map((image): ImageRecord => ({
        articleId: meta.id,
        url: image.url,
        type: image.type,
        bytes: image.bytes,
        blob: new Blob([fromBase64(image.data) as BlobPart], { type: image.type }),
      })),
    });
  });
  return { records, portable, problems };
}

/**
 * Restores a backup into the library: whole articles as they were, bodies sanitised again (one
 * transaction),
 * links that were still waiting back into the fetch queue, and the settings. Articles already
 * in the library (same id or address) are kept as they are.
 */
export async function restoreBackup(
  library: LibraryDb,
  queue: QueueDb,
  json: Record<string, unknown>,
  settings: SettingsStore,
  sanitizer: Sanitizer,
): Promise<RestoreSummary> {
  const { records, portable, problems } = readBackupRecords(json, sanitizer);
  const restored = await restoreRecords(library, records);
  const restoredLinks = records.filter(
    (record, index) => record.meta.kind === 'link' && !restored.skipped.some((skip) => skip.index === index),
  );
  await enqueueJobs(
    queue,
    restoredLinks.map(({ meta }) => ({ id: meta.id, url: meta.url, title: meta.title })),
  );
  let links = restoredLinks.length;
  let alreadySaved = restored.skipped.length;
  if (portable.length) {
    const imported = await importIntoLibrary(
      library,
      queue,
      parseLecternBackup({ ...json, articles: portable }),
    );
    problems.push(...imported.problems);
    links += imported.added;
    alreadySaved += imported.alreadySaved;
  }
  const highlights = await restoreHighlights(library, json.highlights, problems);
  const sync = (json.settings as { sync?: unknown } | undefined)?.sync;
  const settingsRestored = typeof sync === 'object' && sync !== null && !Array.isArray(sync);
  if (settingsRestored) await settings.set(sync as Record<string, unknown>);
  return {
    restored: restored.restored - restoredLinks.length,
    links,
    alreadySaved,
    settingsRestored,
    highlights,
    problems,
  };
}
