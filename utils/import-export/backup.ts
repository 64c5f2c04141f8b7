/**
 * Lectern's own backup: one JSON file holding every article whole (list fields, reading state and
 * position, body, removed blocks, offline images as base64) and the settings, which restores to
 * an identical library. Each article also carries the portable fields every Lectern version and
 * parseImport() read (url, title, addedAt, tags, state), so an old or hand-made backup still
 * imports as links. Restoring checks every record's shape; a damaged one is skipped and reported.
 */
import * as v from 'valibot';
import type { SafeHtml } from '../article';
import { ARTICLE_META_ENTRIES, count, text } from '../article-schema';
import type { LibraryDb } from '../library/articles';
import { withDerived } from '../library/derive';
import {
  allArticleIds,
  readFullArticle,
  restoreRecords,
  type FullArticle,
  type ImageRecord,
} from '../library/import-support';
import { importIntoLibrary } from './import-into-library';
import { BACKUP_FORMAT, BACKUP_VERSION, parseLecternBackup } from './lectern-backup';
import { enqueueJobs, type QueueDb } from './queue-store';
import { ImportError, type ImportProblem } from './types';

/** Where settings come from and go back to (browser.storage.sync in the extension). */
export interface SettingsStore {
  get(): Promise<Record<string, unknown>>;
  set(values: Record<string, unknown>): Promise<void>;
}

const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  return bytes;
}

async function backupRecord({ meta, body, images }: FullArticle) {
  return {
    // Portable fields: what parseImport() reads from any Lectern backup.
    url: meta.url,
    title: meta.title,
    addedAt: new Date(meta.savedAt).toISOString(),
    tags: meta.tags,
    state: meta.archived ? 'archived' : 'unread',
    favorite: meta.favorite,
    read: meta.readAt !== null,
    // Everything else, exactly as stored.
    meta,
    body: body ?? null,
    images: await Promise.all(
      images.map(async (image) => ({
        articleId: image.articleId,
        url: image.url,
        type: image.type,
        bytes: image.bytes,
        data: toBase64(new Uint8Array(await image.blob.arrayBuffer())),
      })),
    ),
  };
}

/**
 * The backup as a Blob, built one article at a time so a large library never becomes one giant
 * string. `onProgress` gets (done, total).
 */
export async function createBackup(
  db: LibraryDb,
  settings: SettingsStore,
  options: { now?: number; generator?: string; onProgress?: (done: number, total: number) => void } = {},
): Promise<Blob> {
  const ids = await allArticleIds(db);
  const head = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(options.now ?? Date.now()).toISOString(),
    generator: options.generator ?? 'Lectern',
    settings: { sync: await settings.get() },
  };
  const parts: string[] = [JSON.stringify(head).slice(0, -1), ',"articles":['];
  let done = 0;
  for (const id of ids) {
    const article = await readFullArticle(db, id);
    if (!article) continue;
    parts.push(`${done ? ',' : ''}\n${JSON.stringify(await backupRecord(article))}`);
    done++;
    options.onProgress?.(done, ids.length);
  }
  parts.push('\n]}\n');
  return new Blob(parts, { type: 'application/json' });
}

const time = v.pipe(v.number(), v.finite());
const safeHtml = v.pipe(
  text(20_000_000),
  v.transform((html) => html as SafeHtml),
);

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
  html: safeHtml,
  text: text(20_000_000),
  removed: v.array(
    v.looseObject({ id: count, kind: text(40), rule: text(120), preview: text(400), html: safeHtml }),
  ),
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
  problems: ImportProblem[];
}

/** Reads a backup's JSON into records to restore, with a problem for each damaged article. */
export function readBackupRecords(json: Record<string, unknown>): {
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
      body: body ? { ...body, id: meta.id } : undefined,
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
 * Restores a backup into the library: whole articles exactly as they were (one transaction),
 * links that were still waiting back into the fetch queue, and the settings. Articles already
 * in the library (same id or address) are kept as they are.
 */
export async function restoreBackup(
  library: LibraryDb,
  queue: QueueDb,
  json: Record<string, unknown>,
  settings: SettingsStore,
): Promise<RestoreSummary> {
  const { records, portable, problems } = readBackupRecords(json);
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
  const sync = (json.settings as { sync?: unknown } | undefined)?.sync;
  const settingsRestored = typeof sync === 'object' && sync !== null && !Array.isArray(sync);
  if (settingsRestored) await settings.set(sync as Record<string, unknown>);
  return {
    restored: restored.restored - restoredLinks.length,
    links,
    alreadySaved,
    settingsRestored,
    problems,
  };
}
