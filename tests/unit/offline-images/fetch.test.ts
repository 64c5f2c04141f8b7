/**
 * The offline-image fetcher with a stubbed fetch: caps per picture and per article, only raster
 * pictures kept (by their bytes, not their declared type), no SVG, each src once, a failure or a
 * timeout of one picture never failing the others, no more than `concurrency` downloads at once.
 */
import { describe, expect, it } from 'vitest';
import type { ImageCandidate } from '../../../utils/offline-images/candidates';
import {
  DEFAULT_IMAGE_LIMITS,
  fetchImages,
  type ImageLimits,
} from '../../../utils/offline-images/fetch-images';
import { sniffRasterType } from '../../../utils/offline-images/sniff';

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0]);
const padded = (head: Uint8Array, size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return bytes;
};

interface Served {
  body: Uint8Array | string;
  type?: string;
  status?: number;
  /** Never answers (for the timeout). */
  hang?: boolean;
  fail?: boolean;
  length?: number;
}

function stubFetch(routes: Record<string, Served>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  let active = 0;
  let peak = 0;
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    const route = routes[url];
    active++;
    peak = Math.max(peak, active);
    try {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (!route || route.fail) throw new TypeError('Failed to fetch');
      if (route.hang)
        return await new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
        );
      const headers: Record<string, string> = {};
      if (route.type) headers['content-type'] = route.type;
      if (route.length !== undefined) headers['content-length'] = String(route.length);
      const response = new Response(route.body as BodyInit, { status: route.status ?? 200, headers });
      Object.defineProperty(response, 'url', { value: url });
      return response;
    } finally {
      active--;
    }
  }) as typeof fetch;
  return { fetchImpl, calls, peak: () => peak };
}

const candidate = (src: string, fetchUrl = src): ImageCandidate => ({ src, fetchUrl });
const limits = (overrides: Partial<ImageLimits>): ImageLimits => ({ ...DEFAULT_IMAGE_LIMITS, ...overrides });

describe('sniffRasterType', () => {
  it('knows PNG, JPEG, GIF, WebP and AVIF by their first bytes, and nothing else', () => {
    const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
    expect(sniffRasterType(padded(PNG, 32))).toBe('image/png');
    expect(sniffRasterType(padded(JPEG, 32))).toBe('image/jpeg');
    expect(sniffRasterType(padded(ascii('GIF89a'), 32))).toBe('image/gif');
    expect(sniffRasterType(ascii('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffRasterType(ascii('\0\0\0\x1cftypavif\0\0\0\0'))).toBe('image/avif');
    expect(sniffRasterType(ascii('<svg xmlns="http://www.w3.org/2000/svg"><script>'))).toBeNull();
    expect(sniffRasterType(ascii('<!doctype html><html>'))).toBeNull();
  });
});

describe('fetchImages', () => {
  it('keeps raster pictures under their src, typed by their bytes, without cookies or referrer', async () => {
    const { fetchImpl, calls } = stubFetch({
      'https://cdn.example/a.png': { body: padded(PNG, 100), type: 'image/png' },
      // A server that calls its JPEG a PNG: the bytes decide.
      'https://cdn.example/b-1200.jpg': { body: padded(JPEG, 200), type: 'image/png' },
    });
    const result = await fetchImages(
      [
        candidate('https://cdn.example/a.png'),
        candidate('https://cdn.example/b.jpg', 'https://cdn.example/b-1200.jpg'),
      ],
      { fetchImpl },
    );
    expect(result.images.map(({ src, type, bytes }) => ({ src, type, bytes }))).toEqual([
      { src: 'https://cdn.example/a.png', type: 'image/png', bytes: 100 },
      { src: 'https://cdn.example/b.jpg', type: 'image/jpeg', bytes: 200 },
    ]);
    expect(result.images[1]!.blob.type).toBe('image/jpeg');
    expect(result.images[1]!.blob.size).toBe(200);
    expect(result.bytes).toBe(300);
    expect(calls.map((call) => call.init?.credentials)).toEqual(['omit', 'omit']);
    expect(calls.map((call) => call.init?.referrerPolicy)).toEqual(['no-referrer', 'no-referrer']);
  });

  it('refuses SVG, HTML, bytes that are not a picture, and non-web URLs', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const { fetchImpl, calls } = stubFetch({
      'https://x.example/logo.svg': { body: svg, type: 'image/svg+xml' },
      'https://x.example/page': { body: '<html><script>alert(1)</script>', type: 'text/html' },
      // Declared as a picture, but the bytes are SVG: a blob typed from the bytes would be script.
      'https://x.example/liar.png': { body: svg, type: 'image/png' },
      'https://x.example/ok.png': { body: padded(PNG, 50), type: 'image/png' },
    });
    const result = await fetchImages(
      [
        candidate('https://x.example/logo.svg'),
        candidate('https://x.example/page'),
        candidate('https://x.example/liar.png'),
        candidate('https://x.example/ok.png'),
        candidate('https://x.example/data.png', 'data:image/png;base64,AAAA'),
      ],
      { fetchImpl },
    );
    expect(result.images.map((image) => image.src)).toEqual(['https://x.example/ok.png']);
    expect(result.skipped.map((skip) => skip.reason)).toEqual([
      'not a raster image (image/svg+xml)',
      'not a raster image (text/html)',
      'the bytes are not a picture (declared image/png)',
      'no permission to read this site',
    ]);
    expect(calls.map((call) => call.url)).not.toContain('data:image/png;base64,AAAA');
  });

  it('fetches each src once', async () => {
    const { fetchImpl, calls } = stubFetch({
      'https://x.example/a.png': { body: padded(PNG, 20), type: 'image/png' },
    });
    const result = await fetchImages(
      [
        candidate('https://x.example/a.png'),
        candidate('https://x.example/a.png'),
        candidate('https://x.example/a.png'),
      ],
      { fetchImpl },
    );
    expect(result.images).toHaveLength(1);
    expect(calls).toHaveLength(1);
  });

  it('one picture failing, erroring or timing out leaves the others kept', async () => {
    const { fetchImpl } = stubFetch({
      'https://x.example/1.png': { body: padded(PNG, 20), type: 'image/png' },
      'https://x.example/gone.png': { body: 'nope', status: 404, type: 'text/plain' },
      'https://x.example/down.png': { body: '', fail: true },
      'https://x.example/slow.png': { body: '', hang: true },
      'https://x.example/2.png': { body: padded(PNG, 20), type: 'image/png' },
    });
    const urls = ['1', 'gone', 'down', 'slow', '2'].map((name) => `https://x.example/${name}.png`);
    const started = Date.now();
    const result = await fetchImages(
      urls.map((url) => candidate(url)),
      {
        fetchImpl,
        limits: limits({ timeoutMs: 200 }),
      },
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.images.map((image) => image.src)).toEqual([urls[0], urls[4]]);
    expect(Object.fromEntries(result.skipped.map((skip) => [skip.src, skip.reason]))).toEqual({
      [urls[1]!]: 'HTTP 404',
      [urls[2]!]: 'unreachable (Failed to fetch)',
      [urls[3]!]: 'no answer within 0.2 s',
    });
  });

  it('refuses a picture over the per-image cap, declared or streamed, and keeps the rest', async () => {
    const { fetchImpl } = stubFetch({
      'https://x.example/declared.png': { body: padded(PNG, 20), type: 'image/png', length: 5_000 },
      'https://x.example/streamed.png': { body: padded(PNG, 2_000), type: 'image/png' },
      'https://x.example/small.png': { body: padded(PNG, 500), type: 'image/png' },
    });
    const result = await fetchImages(
      ['declared', 'streamed', 'small'].map((name) => candidate(`https://x.example/${name}.png`)),
      { fetchImpl, limits: limits({ perImageBytes: 1_000 }) },
    );
    expect(result.images.map((image) => image.bytes)).toEqual([500]);
    expect(result.skipped.map((skip) => skip.reason)).toEqual(['larger than 1 KB', 'larger than 1 KB']);
  });

  it('stops once the article cap is reached: no more downloads start', async () => {
    const routes: Record<string, Served> = {};
    const urls = Array.from({ length: 10 }, (_, index) => `https://x.example/${index}.png`);
    for (const url of urls) routes[url] = { body: padded(PNG, 400), type: 'image/png' };
    const { fetchImpl, calls } = stubFetch(routes);
    const result = await fetchImages(
      urls.map((url) => candidate(url)),
      {
        fetchImpl,
        limits: limits({ perArticleBytes: 1_000, concurrency: 1 }),
      },
    );
    expect(result.images).toHaveLength(2);
    expect(result.bytes).toBe(800);
    expect(result.bytes).toBeLessThanOrEqual(1_000);
    expect(calls).toHaveLength(3);
    expect(result.skipped).toHaveLength(8);
    expect(new Set(result.skipped.map((skip) => skip.reason))).toEqual(
      new Set(['the article reached its size cap']),
    );
  });

  it('never runs more than `concurrency` downloads at once', async () => {
    const routes: Record<string, Served> = {};
    const urls = Array.from({ length: 12 }, (_, index) => `https://x.example/${index}.png`);
    for (const url of urls) routes[url] = { body: padded(PNG, 20), type: 'image/png' };
    const { fetchImpl, peak } = stubFetch(routes);
    const result = await fetchImages(
      urls.map((url) => candidate(url)),
      { fetchImpl, limits: limits({ concurrency: 4 }) },
    );
    expect(result.images).toHaveLength(12);
    expect(peak()).toBe(4);
  });

  it('asks for permission once per site and skips the sites it may not read', async () => {
    const { fetchImpl, calls } = stubFetch({
      'https://ok.example/1.png': { body: padded(PNG, 20), type: 'image/png' },
      'https://ok.example/2.png': { body: padded(PNG, 20), type: 'image/png' },
      'https://no.example/3.png': { body: padded(PNG, 20), type: 'image/png' },
    });
    const asked: string[] = [];
    const result = await fetchImages(
      ['https://ok.example/1.png', 'https://ok.example/2.png', 'https://no.example/3.png'].map((url) =>
        candidate(url),
      ),
      {
        fetchImpl,
        mayFetch: async (url) => {
          asked.push(new URL(url).host);
          return url.startsWith('https://ok.example/');
        },
      },
    );
    expect(result.images).toHaveLength(2);
    expect(asked.sort()).toEqual(['no.example', 'ok.example']);
    expect(calls.map((call) => call.url)).not.toContain('https://no.example/3.png');
  });
});
