/**
 * Lectern's own backup: one JSON file holding every article whole (list fields, reading state and
 * position, body, removed blocks, offline images as base64) and the settings, which restores to
 * an identical library (utils/import/restore-backup.ts). Each article also carries the portable
 * fields every Lectern version and parseImport() read (url, title, addedAt, tags, state), so an
 * old or hand-made backup still imports as links.
 */
import { browser } from 'wxt/browser';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../import/formats/lectern-backup';
import type { LibraryDb } from '../library/db/open';
import { allArticleIds, readFullArticle, type FullArticle } from '../library/whole-articles';
import { allHighlights } from '../highlights/store';

/** Where settings come from and go back to (browser.storage.sync in the extension). */
export interface SettingsStore {
  get(): Promise<Record<string, unknown>>;
  set(values: Record<string, unknown>): Promise<void>;
}

/** The extension's settings as a backup holds them: everything in storage.sync, as stored. */
export const syncSettings: SettingsStore = {
  get: () => browser.storage.sync.get(null),
  set: (values) => browser.storage.sync.set(values),
};

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
  // Every highlight and note (orphans too), oldest first, beside the articles they belong to.
  const highlights = (await allHighlights(db)).reverse();
  parts.push(
    '\n],"highlights":[',
    highlights.map((highlight) => `\n${JSON.stringify(highlight)}`).join(','),
    '\n]}\n',
  );
  return new Blob(parts, { type: 'application/json' });
}
