/**
 * Downloads an article's pictures for offline reading. Every URL comes from a hostile page: only
 * http(s), no cookies or referrer sent, a deadline and a size cap per picture (a Content-Length
 * can lie: the body is counted while it streams), a cap for the whole article after which no
 * more downloads start, and only raster images kept (the bytes are checked, not just the
 * declared type; SVG is refused since it can carry script). One picture failing never fails
 * the others.
 */
import { isWebUrl, readCapped } from '../fetch-queue/fetch-page';
import { fetchPublic } from '../net/public-fetch';
import type { ImageCandidate } from './candidates';
import { sniffRasterType, type RasterType } from './sniff';

export interface ImageLimits {
  /** Downloads at once. */
  concurrency: number;
  /** Per picture, covering the headers and the body. */
  timeoutMs: number;
  perImageBytes: number;
  perArticleBytes: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = {
  concurrency: 4,
  timeoutMs: 15_000,
  perImageBytes: 5 * 1024 * 1024,
  perArticleBytes: 25 * 1024 * 1024,
};

export interface FetchedImage {
  /** The key: the img's src in the article (see candidates.ts). */
  src: string;
  blob: Blob;
  type: RasterType;
  bytes: number;
}

export interface SkippedImage {
  src: string;
  reason: string;
}

export interface FetchImagesOptions {
  limits?: ImageLimits;
  fetchImpl?: typeof fetch;
  /** Whether Lectern may read this URL (its host permission); asked once per origin. */
  mayFetch?: (url: string) => Promise<boolean>;
  signal?: AbortSignal;
  /** The article's page: when it is on the local network, its local pictures may be fetched. */
  pageUrl?: string;
  /** Local hosts fetched all the same (the e2e build's test server); others are refused. */
  allowHosts?: readonly string[];
}

type Outcome = { ok: true; image: FetchedImage } | { ok: false; reason: string };

const DECLARED_IMAGE = /^image\//i;
const SVG = /^image\/svg/i;
const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;

async function fetchOne(
  candidate: ImageCandidate,
  limits: ImageLimits,
  fetchImpl: typeof fetch,
  options: FetchImagesOptions,
): Promise<Outcome> {
  const { signal } = options;
  const url = candidate.fetchUrl;
  if (!isWebUrl(url)) return { ok: false, reason: 'not an http(s) URL' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const onCancel = () => controller.abort();
  signal?.addEventListener('abort', onCancel, { once: true });
  try {
    // Never the reader's machine or local network, not even through a redirect (public-fetch.ts).
    const fetched = await fetchPublic(
      url,
      {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
        headers: { accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif;q=0.9' },
      },
      { fetchImpl, pageUrl: options.pageUrl, allowHosts: options.allowHosts },
    );
    if (!fetched.ok) return { ok: false, reason: fetched.reason };
    const { response } = fetched;
    const refuse = async (reason: string): Promise<Outcome> => {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, reason };
    };
    if (!isWebUrl(fetched.url)) return refuse('redirected away from the web');
    if (!response.ok) return refuse(`HTTP ${response.status}`);
    const declared = (response.headers.get('content-type') ?? '').split(';')[0]!.trim();
    if (!DECLARED_IMAGE.test(declared) || SVG.test(declared))
      return refuse(`not a raster image (${declared || 'no type'})`);
    const length = Number(response.headers.get('content-length'));
    const tooBig = `larger than ${size(limits.perImageBytes)}`;
    if (Number.isFinite(length) && length > limits.perImageBytes) return refuse(tooBig);
    const bytes = await readCapped(response, limits.perImageBytes);
    if (!bytes) return { ok: false, reason: tooBig };
    const type = sniffRasterType(bytes);
    if (!type) return { ok: false, reason: `the bytes are not a picture (declared ${declared})` };
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
    return { ok: true, image: { src: candidate.src, blob, type, bytes: bytes.byteLength } };
  } catch (error) {
    if (signal?.aborted) return { ok: false, reason: 'cancelled' };
    if (controller.signal.aborted)
      return { ok: false, reason: `no answer within ${limits.timeoutMs / 1000} s` };
    return { ok: false, reason: `unreachable (${(error as Error).message})` };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCancel);
  }
}

/**
 * Fetches the candidates, `limits.concurrency` at a time. Pictures come back in the order given;
 * once the article's cap is reached, the picture that would pass it and every one not yet
 * started are skipped.
 */
export async function fetchImages(
  candidates: readonly ImageCandidate[],
  options: FetchImagesOptions = {},
): Promise<{ images: FetchedImage[]; skipped: SkippedImage[]; bytes: number }> {
  const limits = options.limits ?? DEFAULT_IMAGE_LIMITS;
  const fetchImpl = options.fetchImpl ?? ((input, init) => fetch(input, init));
  const permitted = new Map<string, Promise<boolean>>();
  const mayFetch = (url: string) => {
    if (!options.mayFetch) return Promise.resolve(true);
    const origin = new URL(url).origin;
    if (!permitted.has(origin))
      permitted.set(
        origin,
        options.mayFetch(url).catch(() => false),
      );
    return permitted.get(origin)!;
  };

  const unique = [...new Map(candidates.map((candidate) => [candidate.src, candidate])).values()];
  const results: (Outcome | undefined)[] = new Array(unique.length);
  let total = 0;
  let full = false;
  let next = 0;

  const worker = async () => {
    while (next < unique.length) {
      const index = next++;
      const candidate = unique[index]!;
      if (full) {
        results[index] = { ok: false, reason: 'the article reached its size cap' };
        continue;
      }
      if (!isWebUrl(candidate.fetchUrl) || !(await mayFetch(candidate.fetchUrl))) {
        results[index] = { ok: false, reason: 'no permission to read this site' };
        continue;
      }
      const outcome = await fetchOne(candidate, limits, fetchImpl, options);
      if (outcome.ok && total + outcome.image.bytes > limits.perArticleBytes) {
        full = true;
        results[index] = { ok: false, reason: 'the article reached its size cap' };
        continue;
      }
      if (outcome.ok) total += outcome.image.bytes;
      results[index] = outcome;
    }
  };
  await Promise.all(Array.from({ length: Math.min(limits.concurrency, unique.length) }, worker));

  const images: FetchedImage[] = [];
  const skipped: SkippedImage[] = [];
  results.forEach((outcome, index) => {
    if (outcome?.ok) images.push(outcome.image);
    else skipped.push({ src: unique[index]!.src, reason: outcome?.reason ?? 'not fetched' });
  });
  return { images, skipped, bytes: total };
}
