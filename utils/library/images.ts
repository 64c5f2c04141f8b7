/**
 * Offline images of saved articles (filled by the image fetcher). The key starts with the
 * article id, so an article's images are one key range: deleting them is a single request.
 */
import type { IDBPDatabase } from 'idb';
import type { ImageRecord, LecternDB } from './db/schema';
import type { WriteStore } from './db/tx';
import { FacetDeltas } from './facets';

export function imageKey(articleId: string, url: string): string {
  return `${articleId} ${url}`;
}

/** Article ids never contain a space (UUIDs), so this range holds exactly one article's images. */
function imagesOf(articleId: string): IDBKeyRange {
  return IDBKeyRange.bound(`${articleId} `, `${articleId} \uffff`);
}

export function deleteImages(store: WriteStore<'images'>, articleId: string): Promise<void> {
  return store.delete(imagesOf(articleId));
}

export interface NewImage {
  /** The img's src in the article's HTML: what the reader page and exports look up. */
  url: string;
  blob: Blob;
  type: string;
  bytes: number;
}

/**
 * Puts an article's offline images in place of any it had, and counts them in its size, in one
 * transaction apart from the save (the text is kept first and fast; pictures take seconds).
 * `savedAt` is the updatedAt of the save the images belong to: if the article was saved again or
 * deleted meanwhile, nothing is written and null comes back. Otherwise: the article's new size.
 */
export async function storeImages(
  db: IDBPDatabase<LecternDB>,
  articleId: string,
  savedAt: number,
  images: readonly NewImage[],
): Promise<number | null> {
  const tx = db.transaction(['articles', 'images', 'facets'], 'readwrite');
  const articles = tx.objectStore('articles');
  const store = tx.objectStore('images');
  const [meta, previous] = await Promise.all([
    articles.get(articleId),
    store.index('by-article').getAll(articleId),
  ]);
  if (!meta || meta.updatedAt !== savedAt) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return null;
  }
  const textBytes = meta.bytes - previous.reduce((sum, image) => sum + image.bytes, 0);
  const bytes = textBytes + images.reduce((sum, image) => sum + image.bytes, 0);
  const records: ImageRecord[] = images.map((image) => ({ articleId, ...image }));
  // The library's size (facets.ts) follows the article's.
  const facets = new FacetDeltas();
  facets.change(meta, { ...meta, bytes });
  await Promise.all([
    deleteImages(store, articleId),
    ...records.map((record) => store.put(record, imageKey(articleId, record.url))),
    articles.put({ ...meta, bytes }),
    facets.apply(tx.objectStore('facets')),
    tx.done,
  ]);
  return bytes;
}

/** An article's offline images (the reader page shows these instead of the network copies). */
export function readImages(db: IDBPDatabase<LecternDB>, articleId: string): Promise<ImageRecord[]> {
  return db.getAllFromIndex('images', 'by-article', articleId);
}
