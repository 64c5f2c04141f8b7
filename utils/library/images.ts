/**
 * Offline images of saved articles (filled by the image fetcher). The key starts with the
 * article id, so an article's images are one key range: deleting them is a single request.
 */
import type { WriteStore } from './tx';

export function imageKey(articleId: string, url: string): string {
  return `${articleId} ${url}`;
}

/** Article ids never contain a space (UUIDs), so this range holds exactly one article's images. */
export function imagesOf(articleId: string): IDBKeyRange {
  return IDBKeyRange.bound(`${articleId} `, `${articleId} \uffff`);
}

export function deleteImages(store: WriteStore<'images'>, articleId: string): Promise<void> {
  return store.delete(imagesOf(articleId));
}
