/**
 * The import queue's page fetch and the offline-image fetcher never reach the reader's machine or
 * local network, not even through a redirect. The bug: both fetched any http(s) address and
 * followed any redirect, from extension contexts the browser's Private Network Access rules do
 * not cover, so a hostile link or picture could make Lectern call a router or a local service.
 */
import { describe, expect, it } from 'vitest';
import { fetchPage } from '../../../utils/fetch-queue/fetch-page';
import { MAX_REDIRECTS } from '../../../utils/net/public-fetch';
import { fetchImages } from '../../../utils/offline-images/fetch-images';
import { LOOPBACK_SPELLINGS } from '../../network-privacy-cases';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** A fetch that answers from a table and records what was asked; unknown addresses throw. */
function stubFetch(routes: Record<string, () => Response>) {
  const asked: { url: string; redirect: RequestRedirect | undefined }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    asked.push({ url, redirect: init?.redirect });
    const route = routes[url];
    if (!route) throw new TypeError('Failed to fetch');
    const response = route();
    if (!response.url) Object.defineProperty(response, 'url', { value: url });
    return response;
  }) as typeof fetch;
  return { fetchImpl, asked };
}

const page = () => new Response('<p>Hello</p>', { status: 200, headers: { 'content-type': 'text/html' } });
const picture = () => new Response(PNG, { status: 200, headers: { 'content-type': 'image/png' } });
const redirect = (location: string) => () => new Response(null, { status: 302, headers: { location } });
/** What a browser answers to redirect: 'manual': nothing about where it points. */
const opaqueRedirect = () =>
  ({ type: 'opaqueredirect', status: 0, url: '', headers: new Headers(), body: null }) as unknown as Response;
/** The browser's own follow, ending at `url`. */
const endedAt = (url: string, make: () => Response) => () => {
  const response = make();
  Object.defineProperty(response, 'url', { value: url });
  return response;
};

const PRIVATE = [
  ...LOOPBACK_SPELLINGS,
  'http://10.1.2.3/',
  'http://192.168.0.1/admin',
  'http://172.20.0.1/',
  'http://169.254.169.254/latest/meta-data/',
  'http://100.64.0.1/',
  'http://[fd00::1]/',
  'http://[fe80::1]/',
  'http://[::ffff:192.168.0.1]/',
  'http://3232235521/',
  'http://printer.local/',
  'http://build.internal/',
  'http://nas.home.arpa/',
];

describe('fetchPage refuses the local network', () => {
  it.each(PRIVATE)('%s is refused before anything is sent', async (url) => {
    const { fetchImpl, asked } = stubFetch({});
    const outcome = await fetchPage(url, { fetchImpl });
    expect(outcome).toMatchObject({ ok: false, retry: false });
    expect(!outcome.ok && outcome.error).toMatch(/^Refused: it points into the local network \(/);
    expect(asked).toEqual([]);
  });

  it('a redirect into the local network is refused, and its target never requested', async () => {
    const { fetchImpl, asked } = stubFetch({
      'https://short.example/x': redirect('https://hop.example/y'),
      'https://hop.example/y': redirect('http://0x7f.1:8080/admin'),
    });
    const outcome = await fetchPage('https://short.example/x', { fetchImpl });
    expect(!outcome.ok && outcome.error).toBe(
      'Refused a redirect: it points into the local network (loopback address 127.0.0.1), which Lectern never contacts.',
    );
    expect(asked.map((call) => call.url)).toEqual(['https://short.example/x', 'https://hop.example/y']);
    expect(asked.every((call) => call.redirect === 'manual')).toBe(true);
  });

  it('in a browser (an opaque manual redirect), the final address is checked before the page is read', async () => {
    const { fetchImpl, asked } = stubFetch({});
    let calls = 0;
    const browserFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      await fetchImpl(input, init).catch(() => undefined);
      return init?.redirect === 'manual' ? opaqueRedirect() : endedAt('http://192.168.1.1/router', page)();
    }) as typeof fetch;
    const outcome = await fetchPage('https://short.example/x', { fetchImpl: browserFetch });
    expect(!outcome.ok && outcome.error).toMatch(/^Refused a redirect: .*private address 192\.168\.1\.1/);
    expect(calls).toBe(2);
    expect(asked.map((call) => call.redirect)).toEqual(['manual', 'follow']);
    // Known now to hide redirects: the next fetch is not sent twice.
    await fetchPage('https://short.example/y', { fetchImpl: browserFetch });
    expect(asked.map((call) => call.redirect)).toEqual(['manual', 'follow', 'follow']);
  });

  it('public redirects are followed, at most ten', async () => {
    const routes: Record<string, () => Response> = { 'https://end.example/': page };
    for (let hop = 0; hop < 3; hop++)
      routes[`https://hop${hop}.example/`] = redirect(
        hop === 2 ? 'https://end.example/' : `https://hop${hop + 1}.example/`,
      );
    const { fetchImpl } = stubFetch(routes);
    expect(await fetchPage('https://hop0.example/', { fetchImpl })).toMatchObject({
      ok: true,
      finalUrl: 'https://end.example/',
    });
    const loop = stubFetch({ 'https://loop.example/': redirect('https://loop.example/') });
    const looped = await fetchPage('https://loop.example/', { fetchImpl: loop.fetchImpl });
    expect(!looped.ok && looped.error).toBe(`More than ${MAX_REDIRECTS} redirects.`);
    expect(loop.asked).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('an allowed test host is fetched; other local spellings still are not', async () => {
    const { fetchImpl } = stubFetch({
      'http://127.0.0.1:9/a': page,
      'http://127.0.0.1:9/b': redirect('http://localhost:9/a'),
    });
    expect((await fetchPage('http://127.0.0.1:9/a', { fetchImpl, allowHosts: ['127.0.0.1'] })).ok).toBe(true);
    const outcome = await fetchPage('http://127.0.0.1:9/b', { fetchImpl, allowHosts: ['127.0.0.1'] });
    expect(!outcome.ok && outcome.error).toMatch(/loopback address localhost/);
  });
});

describe('fetchImages refuses the local network', () => {
  const candidate = (src: string) => ({ src, fetchUrl: src });

  it('local pictures of a public page are skipped with the reason, public ones fetched', async () => {
    const { fetchImpl, asked } = stubFetch({
      'https://cdn.example/a.png': picture,
      'https://cdn.example/b.png': redirect('http://[::ffff:127.0.0.1]/x.png'),
    });
    const result = await fetchImages(
      [
        'https://cdn.example/a.png',
        'http://2130706433/x.png',
        'http://10.0.0.8/y.png',
        'https://cdn.example/b.png',
      ].map(candidate),
      { fetchImpl, pageUrl: 'https://news.example/story' },
    );
    expect(result.images.map((image) => image.src)).toEqual(['https://cdn.example/a.png']);
    expect(Object.fromEntries(result.skipped.map((skip) => [skip.src, skip.reason]))).toEqual({
      'http://2130706433/x.png':
        'Refused: it points into the local network (loopback address 127.0.0.1), which Lectern never contacts.',
      'http://10.0.0.8/y.png':
        'Refused: it points into the local network (private address 10.0.0.8), which Lectern never contacts.',
      'https://cdn.example/b.png':
        'Refused a redirect: it points into the local network (loopback address [::ffff:7f00:1]), which Lectern never contacts.',
    });
    expect(asked.map((call) => call.url).sort()).toEqual([
      'https://cdn.example/a.png',
      'https://cdn.example/b.png',
    ]);
  });

  it('an intranet page keeps its own pictures offline', async () => {
    const { fetchImpl } = stubFetch({ 'http://wiki.internal/logo.png': picture });
    const result = await fetchImages([candidate('http://wiki.internal/logo.png')], {
      fetchImpl,
      pageUrl: 'http://wiki.internal/page',
    });
    expect(result.images).toHaveLength(1);
  });
});
