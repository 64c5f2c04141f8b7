/**
 * After a save, when the user asked for offline images: download the article's pictures and put
 * them in the library in a second transaction. The save has already answered: a crash or a
 * stopped worker in between leaves a valid text-only article, and each picture is fetched only
 * if Lectern still holds host access to its site (the user can revoke it at any time).
 */
import { browser } from 'wxt/browser';
import type { LibraryDb } from '../library/db/open';
import { announceChange } from '../library/changes';
import { storeImages } from '../library/images';
import type { ImageCandidate } from '../offline-images/candidates';
import { fetchImages, type FetchImagesOptions } from '../offline-images/fetch-images';
import { offlineImagesEnabled } from '../offline-images/setting';
import { originPattern } from '../fetch-queue/origin-pattern';

export interface KeepImagesJob {
  id: string;
  /** The save's updatedAt: pictures of an older copy are not stored over a newer one. */
  savedAt: number;
  candidates: readonly ImageCandidate[];
  /** The article's page: an intranet page's own local pictures may be kept (public-fetch.ts). */
  pageUrl?: string;
}

export interface KeptImages {
  stored: number;
  skipped: number;
  /** The article's size with its pictures, or null when nothing was written. */
  bytes: number | null;
  ms: number;
}

const mayFetch = (url: string) =>
  browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => false);

export async function keepImages(
  db: LibraryDb,
  job: KeepImagesJob,
  options: FetchImagesOptions = {},
): Promise<KeptImages | null> {
  if (job.candidates.length === 0 || !(await offlineImagesEnabled())) return null;
  const started = Date.now();
  // Chrome stops a service worker that makes no extension calls for 30 s, even mid-fetch.
  const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), 20_000);
  try {
    const { images, skipped } = await fetchImages(job.candidates, {
      mayFetch,
      pageUrl: job.pageUrl,
      ...options,
    });
    if (images.length === 0)
      return { stored: 0, skipped: skipped.length, bytes: null, ms: Date.now() - started };
    const bytes = await storeImages(
      db,
      job.id,
      job.savedAt,
      images.map(({ src, blob, type, bytes }) => ({ url: src, blob, type, bytes })),
    );
    if (bytes !== null) announceChange();
    return {
      stored: bytes === null ? 0 : images.length,
      skipped: skipped.length,
      bytes,
      ms: Date.now() - started,
    };
  } finally {
    clearInterval(keepAlive);
  }
}
