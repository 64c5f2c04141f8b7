/**
 * Fetching one imported link. Every page is hostile: only http(s), no cookies or referrer sent,
 * the final URL after redirects checked again, a size cap while streaming (a Content-Length can
 * lie) and one deadline covering headers and body. Failures say what went wrong in plain words
 * and whether trying again later could help.
 */
import { fetchPublic } from '../net/public-fetch';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024 };

export type FetchOutcome =
  | { ok: true; finalUrl: string; html: string }
  /** `retry`: a later attempt may succeed (network down, server busy, timeout). */
  | { ok: false; error: string; retry: boolean };

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;

export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 1 : 0)} MB`;
}

function statusFailure(status: number): { error: string; retry: boolean } {
  if (status === 404 || status === 410) return { error: `The page is gone (HTTP ${status}).`, retry: false };
  if (status === 401 || status === 403)
    return { error: `The site refused access (HTTP ${status}); it may need you to sign in.`, retry: false };
  if (status === 429) return { error: 'The site asked Lectern to slow down (HTTP 429).', retry: true };
  if (status >= 500) return { error: `The site had a server error (HTTP ${status}).`, retry: true };
  return { error: `The site answered with HTTP ${status} instead of the page.`, retry: false };
}

/** The charset the headers or an early <meta> declare; UTF-8 when none (or an unknown one). */
export function decodeHtml(bytes: Uint8Array, contentType: string): string {
  const declared =
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(
      new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048)),
    )?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Reads at most `max` bytes; null when the body is longer. */
export async function readCapped(response: Response, max: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * `signal` cancels from outside (pause); the timeout is ours. `fetchImpl` is injectable for tests
 * and for the benchmark; the extension passes the global fetch.
 */
export async function fetchPage(
  url: string,
  options: {
    limits?: FetchLimits;
    signal?: AbortSignal;
    fetchImpl?: typeof fetch;
    /** Local hosts fetched all the same (the e2e build's test server); others are refused. */
    allowHosts?: readonly string[];
  } = {},
): Promise<FetchOutcome> {
  const { timeoutMs, maxBytes } = options.limits ?? DEFAULT_FETCH_LIMITS;
  if (!isWebUrl(url)) return { ok: false, error: 'Only http and https pages can be fetched.', retry: false };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCancel = () => controller.abort();
  options.signal?.addEventListener('abort', onCancel, { once: true });
  try {
    // Never the reader's machine or local network, not even through a redirect (public-fetch.ts).
    const fetched = await fetchPublic(
      url,
      {
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: controller.signal,
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
      },
      { fetchImpl: options.fetchImpl, allowHosts: options.allowHosts },
    );
    if (!fetched.ok) return { ok: false, error: fetched.reason, retry: false };
    const { response, url: finalUrl } = fetched;
    if (!isWebUrl(finalUrl))
      return { ok: false, error: 'The link redirected to something that is not a web page.', retry: false };
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, ...statusFailure(response.status) };
    }
    const contentType = response.headers.get('content-type') ?? '';
    const mime = contentType.split(';')[0]?.trim() ?? '';
    if (mime && !HTML_TYPES.test(mime)) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, error: `This link is not a web page (${mime}).`, retry: false };
    }
    const declared = Number(response.headers.get('content-length'));
    const tooBig = {
      ok: false,
      error: `The page is larger than ${megabytes(maxBytes)}.`,
      retry: false,
    } as const;
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return tooBig;
    }
    const bytes = await readCapped(response, maxBytes);
    if (!bytes) return tooBig;
    return { ok: true, finalUrl, html: decodeHtml(bytes, contentType) };
  } catch (error) {
    if (timedOut)
      return { ok: false, error: `The site did not answer within ${timeoutMs / 1000} s.`, retry: true };
    if (options.signal?.aborted) return { ok: false, error: 'Cancelled.', retry: true };
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    return { ok: false, error: `The page could not be reached${detail}.`, retry: true };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}
