/**
 * Library writes and reads by id: save, read, delete and undo. Each write is one transaction over
 * the article, its body and images, the filter counts and the search index, so a failure leaves
 * all of them as they were. Usable from any extension context.
 */
import type { LibraryDb } from './db/open';
import type { Article, RemovedBlock } from '../article';
import { normaliseTags, withDerived } from './derive';
import { FacetDeltas } from './facets';
import { deleteImages, imageKey } from './images';
import type { ArticleBody, ArticleMeta, ImageRecord } from './db/schema';
import { updateSearchIndex, type IndexUpdate } from './search/indexer';
import { bodyTerms, metaTerms, notesTerms } from './search/terms';
import type { Highlight } from '../highlights/highlight';
import { commit, WRITE_STORES } from './db/tx';
import { normaliseUrl } from './url';

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

/** UTF-8 size of a string, counted (a Blob per save would copy every body into blob storage). */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

const bytesOf = (body: ArticleBody) =>
  [body.html, body.text, ...body.removed.map((block) => block.html)].reduce(
    (sum, part) => sum + utf8Bytes(part),
    0,
  );

/** Reading state an import (or the benchmark) brings along; a normal save keeps what was there. */
export type SavedState = Partial<
  Pick<ArticleMeta, 'savedAt' | 'readAt' | 'archived' | 'favorite' | 'tags' | 'progress'>
>;

export interface SaveItem extends SaveInput {
  state?: SavedState;
}

/**
 * Saves an article and its body in one transaction. The same (normalised) URL saved again
 * updates the entry in place, keeping its id, date saved, tags and reading state (its offline
 * images are dropped: they belonged to the old copy).
 */
export async function saveArticle(
  db: LibraryDb,
  input: SaveInput,
  now = Date.now(),
): Promise<{ id: string; updated: boolean }> {
  return (await saveArticles(db, [input], now))[0]!;
}

/** Saves many articles in one transaction (imports): all of them, or none if one fails. */
export async function saveArticles(
  db: LibraryDb,
  items: readonly SaveItem[],
  now = Date.now(),
): Promise<{ id: string; updated: boolean }[]> {
  const urls = items.map((item) => normaliseUrl(item.article.url));
  // Tokenising is the costly part of indexing: done before the transaction opens.
  const bodyWeights = items.map((item) => bodyTerms(item.article.text));
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  const articles = tx.objectStore('articles');
  return commit(tx, async (writes) => {
    const found = await Promise.all(urls.map((url) => articles.index('by-url').get(url)));
    const facets = new FacetDeltas();
    const updates: IndexUpdate[] = [];
    const byUrl = new Map<string, ArticleMeta>();
    const results = items.map((item, index) => {
      const url = urls[index]!;
      // The same URL twice in one batch: the later copy updates the earlier one.
      const existing = byUrl.get(url) ?? found[index];
      const id = existing?.id ?? newId();
      const { html, text, ...fields } = item.article;
      const body: ArticleBody = { id, html, text, removed: item.removed, restoredIds: item.restoredIds };
      const meta = withDerived({
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
        ...item.state,
      });
      if (item.state?.tags) meta.tags = normaliseTags(item.state.tags);
      byUrl.set(url, meta);
      facets.change(existing, meta);
      writes.push(articles.put(meta));
      writes.push(tx.objectStore('bodies').put(body));
      // A new copy's pictures come from its own fetch (utils/background/keep-images.ts): until
      // then it is a text-only article, and its size says so.
      if (existing) writes.push(deleteImages(tx.objectStore('images'), id));
      updates.push({ id, meta: metaTerms(meta), body: bodyWeights[index]! });
      return { id, updated: !!existing };
    });
    writes.push(facets.apply(tx.objectStore('facets')));
    writes.push(updateSearchIndex(tx, updates));
    return results;
  });
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

/** Everything a delete removed, kept by the page so Undo can put it back. */
export interface DeletedArticle {
  meta: ArticleMeta;
  body: ArticleBody | undefined;
  images: ImageRecord[];
  /** Its highlights and notes, which go with it (and come back with Undo). */
  highlights?: Highlight[];
}

/**
 * Deletes articles with their bodies, images, counts and index entries; returns what went
 * (without bodies and images when `keep` is false: a delete too large to undo).
 */
export async function deleteArticles(
  db: LibraryDb,
  ids: readonly string[],
  { keep = true } = {},
): Promise<DeletedArticle[]> {
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  const articles = tx.objectStore('articles');
  const bodies = tx.objectStore('bodies');
  const images = tx.objectStore('images');
  const highlights = tx.objectStore('highlights');
  return commit(tx, async (writes) => {
    const [metas, bodyList, imageLists, highlightLists] = await Promise.all([
      Promise.all(ids.map((id) => articles.get(id))),
      keep ? Promise.all(ids.map((id) => bodies.get(id))) : [],
      keep ? Promise.all(ids.map((id) => images.index('by-article').getAll(id))) : [],
      Promise.all(ids.map((id) => highlights.index('by-article').getAll(id))),
    ]);
    const deleted: DeletedArticle[] = [];
    const facets = new FacetDeltas();
    ids.forEach((id, index) => {
      const meta = metas[index];
      if (!meta) return;
      const marks = highlightLists[index] ?? [];
      deleted.push({ meta, body: bodyList[index], images: imageLists[index] ?? [], highlights: marks });
      for (const highlight of marks) writes.push(highlights.delete(highlight.id));
      facets.change(meta, undefined);
      writes.push(articles.delete(id));
      writes.push(bodies.delete(id));
      writes.push(deleteImages(images, id));
    });
    writes.push(facets.apply(tx.objectStore('facets')));
    writes.push(
      updateSearchIndex(
        tx,
        deleted.map(({ meta }) => ({ id: meta.id, remove: true as const })),
      ),
    );
    return deleted;
  });
}

export async function deleteArticle(db: LibraryDb, id: string): Promise<DeletedArticle | null> {
  return (await deleteArticles(db, [id]))[0] ?? null;
}

/** Puts deleted articles back exactly as they were (Undo), in one transaction. */
export async function restoreArticles(db: LibraryDb, deleted: readonly DeletedArticle[]): Promise<void> {
  const bodyWeights = deleted.map(({ body }) => bodyTerms(body?.text ?? ''));
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  await commit(tx, (writes) => {
    const facets = new FacetDeltas();
    for (const { meta, body, images, highlights = [] } of deleted) {
      const restored = withDerived(meta);
      for (const highlight of highlights) writes.push(tx.objectStore('highlights').put(highlight));
      facets.change(undefined, restored);
      writes.push(tx.objectStore('articles').put(restored));
      if (body) writes.push(tx.objectStore('bodies').put(body));
      for (const image of images)
        writes.push(tx.objectStore('images').put(image, imageKey(meta.id, image.url)));
    }
    writes.push(facets.apply(tx.objectStore('facets')));
    writes.push(
      updateSearchIndex(
        tx,
        deleted.map(({ meta, highlights = [] }, index) => ({
          id: meta.id,
          meta: metaTerms(meta),
          body: bodyWeights[index],
          ...(highlights.length
            ? { notes: notesTerms(highlights.flatMap((mark) => [mark.target?.quote.exact ?? '', mark.note])) }
            : {}),
        })),
      ),
    );
  });
}

export async function setRestoredBlocks(db: LibraryDb, id: string, restoredIds: number[]): Promise<void> {
  const tx = db.transaction('bodies', 'readwrite');
  const body = await tx.store.get(id);
  if (body) await tx.store.put({ ...body, restoredIds });
  await tx.done;
}
