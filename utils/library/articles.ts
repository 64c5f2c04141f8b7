/** Library queries: save, read, list and delete articles. Usable from any extension context. */
import type { IDBPDatabase } from 'idb';
import type { Article, RemovedBlock } from '../article';
import type { ArticleBody, ArticleMeta, LecternDB } from './schema';
import { normaliseUrl } from './url';

export type LibraryDb = IDBPDatabase<LecternDB>;

export interface SaveInput {
  article: Article;
  removed: RemovedBlock[];
  restoredIds: number[];
}

function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

const bytesOf = (body: ArticleBody) =>
  new Blob([body.html, body.text, ...body.removed.map((block) => block.html)]).size;

/**
 * Saves an article and its body in one transaction. The same (normalised) URL saved again
 * updates the entry in place, keeping its id, date saved, tags and reading state.
 */
export async function saveArticle(
  db: LibraryDb,
  input: SaveInput,
  now = Date.now(),
): Promise<{ id: string; updated: boolean }> {
  const url = normaliseUrl(input.article.url);
  const tx = db.transaction(['articles', 'bodies'], 'readwrite');
  const articles = tx.objectStore('articles');
  const existing = await articles.index('by-url').get(url);
  const id = existing?.id ?? newId();
  const { html, text, ...fields } = input.article;
  const body: ArticleBody = { id, html, text, removed: input.removed, restoredIds: input.restoredIds };
  const meta: ArticleMeta = {
    ...fields,
    url,
    id,
    savedAt: existing?.savedAt ?? now,
    updatedAt: now,
    readAt: existing?.readAt ?? null,
    archived: existing?.archived ?? false,
    favorite: existing?.favorite ?? false,
    tags: existing?.tags ?? [],
    kind: 'article',
    bytes: bytesOf(body),
    progress: existing?.progress ?? 0,
  };
  await Promise.all([articles.put(meta), tx.objectStore('bodies').put(body), tx.done]);
  return { id, updated: !!existing };
}

export async function findByUrl(db: LibraryDb, url: string): Promise<ArticleMeta | undefined> {
  return db.getFromIndex('articles', 'by-url', normaliseUrl(url));
}

export async function getArticle(
  db: LibraryDb,
  id: string,
): Promise<{ meta: ArticleMeta; body: ArticleBody | undefined } | null> {
  const tx = db.transaction(['articles', 'bodies']);
  const [meta, body] = await Promise.all([
    tx.objectStore('articles').get(id),
    tx.objectStore('bodies').get(id),
    tx.done,
  ]);
  return meta ? { meta, body } : null;
}

/** Newest first, reading only list metadata (never bodies). */
export async function listNewest(db: LibraryDb, limit = Infinity): Promise<ArticleMeta[]> {
  const result: ArticleMeta[] = [];
  let cursor = await db.transaction('articles').store.index('by-savedAt').openCursor(null, 'prev');
  while (cursor && result.length < limit) {
    result.push(cursor.value);
    cursor = await cursor.continue();
  }
  return result;
}

export async function deleteArticle(db: LibraryDb, id: string): Promise<void> {
  const tx = db.transaction(['articles', 'bodies'], 'readwrite');
  await Promise.all([tx.objectStore('articles').delete(id), tx.objectStore('bodies').delete(id), tx.done]);
}

export async function updateMeta(
  db: LibraryDb,
  id: string,
  change: Partial<Pick<ArticleMeta, 'readAt' | 'archived' | 'favorite' | 'tags' | 'progress'>>,
): Promise<void> {
  const tx = db.transaction('articles', 'readwrite');
  const meta = await tx.store.get(id);
  if (meta) await tx.store.put({ ...meta, ...change });
  await tx.done;
}

export async function setRestoredBlocks(db: LibraryDb, id: string, restoredIds: number[]): Promise<void> {
  const tx = db.transaction('bodies', 'readwrite');
  const body = await tx.store.get(id);
  if (body) await tx.store.put({ ...body, restoredIds });
  await tx.done;
}

/** Puts back an article exactly as it was (undo of a delete), in one transaction. */
export async function restoreArticle(
  db: LibraryDb,
  meta: ArticleMeta,
  body: ArticleBody | undefined,
): Promise<void> {
  const tx = db.transaction(['articles', 'bodies'], 'readwrite');
  await Promise.all([
    tx.objectStore('articles').put(meta),
    body ? tx.objectStore('bodies').put(body) : Promise.resolve(),
    tx.done,
  ]);
}

export async function countArticles(db: LibraryDb): Promise<number> {
  return db.count('articles');
}
