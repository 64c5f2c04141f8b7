/**
 * Fetching imported links treats every page as hostile: real HTTP against the e2e page server on
 * 127.0.0.1 (redirects, timeouts, errors, non-pages, oversized pages), then reading the page into
 * an article with the same extract() the reader uses.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeHtml,
  fetchPage as fetchAnyPage,
  type FetchOutcome,
} from '../../../utils/fetch-queue/fetch-page';
import { markdownToHtml } from '../../../utils/import/formats/omnivore-markdown';
import { parseCarriedBody, parseFetchedPage, type PageDom } from '../../../utils/fetch-queue/parse-page';
import { nodeSanitizer, parseDocument } from '../../../scripts/node-dom';
import { startServer, type PageServer } from '../../e2e/harness/server';

let server: PageServer;
/** A second server for what the page server doesn't do: huge bodies, odd types, no length. */
let odd: Server;
let oddOrigin = '';
/** The servers here are on 127.0.0.1, which fetchPage refuses unless told (local-network.test.ts). */
const fetchPage = (url: string, options: Parameters<typeof fetchAnyPage>[1] = {}) =>
  fetchAnyPage(url, { allowHosts: ['127.0.0.1'], ...options });
const dom: PageDom = { parse: parseDocument, sanitizer: nodeSanitizer() };
const page = (name: string) => `${server.origin}/fixtures/import-pages/${name}`;

beforeAll(async () => {
  server = await startServer();
  odd = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/pdf')
      return void response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    if (path === '/huge-declared')
      return void response
        .writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) })
        .end();
    if (path === '/huge-streamed') {
      // No Content-Length: the cap must hold while streaming.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
      let sent = 0;
      const push = () => {
        while (sent < 200 && response.write(chunk)) sent++;
        if (sent >= 200) response.end();
        else response.once('drain', push);
      };
      return void push();
    }
    if (path === '/to-data')
      return void response.writeHead(302, { location: 'data:text/html,<p>hi</p>' }).end();
    if (path === '/busy') return void response.writeHead(503).end();
    if (path === '/limited') return void response.writeHead(429).end();
    if (path === '/private') return void response.writeHead(403).end();
    if (path === '/cookies')
      return void response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<p>${request.headers.cookie ?? 'none'}</p>`);
    response.writeHead(404).end();
  });
  await new Promise<void>((done) => odd.listen(0, '127.0.0.1', done));
  const address = odd.address();
  oddOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await server.close();
  odd.closeAllConnections();
  await new Promise((done) => odd.close(done));
});

const failure = (outcome: FetchOutcome) =>
  outcome.ok ? null : { error: outcome.error, retry: outcome.retry };

describe('fetchPage', () => {
  it('fetches a page and decodes it', async () => {
    const outcome = await fetchPage(page('night-trains.html'));
    expect(outcome).toMatchObject({ ok: true, finalUrl: page('night-trains.html') });
    expect(outcome.ok && outcome.html).toContain('The quiet comeback of the European night train');
  });

  it('follows redirects and reports where it ended up', async () => {
    const outcome = await fetchPage(`${server.origin}/redirect-to/fixtures/import-pages/night-trains.html`);
    expect(outcome).toMatchObject({ ok: true, finalUrl: page('night-trains.html') });
  });

  it('gives up on a site that does not answer in time, and says a retry may help', async () => {
    const started = Date.now();
    const outcome = await fetchPage(`${server.origin}/slow/5000`, {
      limits: { timeoutMs: 300, maxBytes: 1024 * 1024 },
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(failure(outcome)).toEqual({ error: 'The site did not answer within 0.3 s.', retry: true });
  });

  it('says what a missing page, a refusal, a busy server and a rate limit are', async () => {
    expect(failure(await fetchPage(page('no-such-page.html')))).toEqual({
      error: 'The page is gone (HTTP 404).',
      retry: false,
    });
    expect(failure(await fetchPage(`${oddOrigin}/private`))).toEqual({
      error: 'The site refused access (HTTP 403); it may need you to sign in.',
      retry: false,
    });
    expect(failure(await fetchPage(`${oddOrigin}/busy`))).toMatchObject({ retry: true });
    expect(failure(await fetchPage(`${oddOrigin}/limited`))).toMatchObject({
      error: 'The site asked Lectern to slow down (HTTP 429).',
      retry: true,
    });
  });

  it('refuses what is not a web page: other types, other schemes, a redirect off the web', async () => {
    expect(failure(await fetchPage(`${oddOrigin}/pdf`))).toEqual({
      error: 'This link is not a web page (application/pdf).',
      retry: false,
    });
    expect(failure(await fetchPage('javascript:alert(1)'))).toEqual({
      error: 'Only http and https pages can be fetched.',
      retry: false,
    });
    expect(failure(await fetchPage('file:///etc/passwd'))).toMatchObject({ retry: false });
    expect((await fetchPage(`${oddOrigin}/to-data`)).ok).toBe(false);
  });

  it('caps the size, whether the server declares it or not', async () => {
    const limits = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 };
    expect(failure(await fetchPage(`${oddOrigin}/huge-declared`, { limits }))).toEqual({
      error: 'The page is larger than 5 MB.',
      retry: false,
    });
    expect(failure(await fetchPage(`${oddOrigin}/huge-streamed`, { limits }))).toEqual({
      error: 'The page is larger than 5 MB.',
      retry: false,
    });
  });

  it('sends no cookies and no credentials', async () => {
    const outcome = await fetchPage(`${oddOrigin}/cookies`);
    expect(outcome.ok && outcome.html).toBe('<p>none</p>');
  });

  it('can be cancelled from outside (pause)', async () => {
    const controller = new AbortController();
    const pending = fetchPage(`${server.origin}/slow/5000`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(failure(await pending)).toEqual({ error: 'Cancelled.', retry: true });
  });

  it('decodes the charset the headers or a <meta> declare', () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('<meta charset="windows-1252"><p>caf'),
      0xe9,
      0x3c,
    ]);
    expect(decodeHtml(bytes, 'text/html')).toContain('café');
    expect(decodeHtml(new TextEncoder().encode('<p>café</p>'), 'text/html; charset=utf-8')).toBe(
      '<p>café</p>',
    );
    expect(decodeHtml(new TextEncoder().encode('<p>ok</p>'), 'text/html; charset=bogus-9')).toBe('<p>ok</p>');
  });
});

describe('reading a fetched page', () => {
  it('extracts the article, without the site chrome', async () => {
    const fetched = await fetchPage(page('river-restoration.html'));
    if (!fetched.ok) throw new Error(fetched.error);
    const outcome = parseFetchedPage(dom, fetched.html, fetched.finalUrl);
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.article).toMatchObject({
      title: 'How a small town brought its river back to life',
      siteName: 'The Valley Courier',
      url: page('river-restoration.html'),
    });
    expect(outcome.article.text).toContain('Trout returned to pools');
    expect(outcome.article.text).not.toContain('Sign up for our newsletter');
    expect(outcome.article.wordCount).toBeGreaterThan(200);
  });

  it('says when a page holds no article', async () => {
    const fetched = await fetchPage(page('not-an-article.html'));
    if (!fetched.ok) throw new Error(fetched.error);
    expect(parseFetchedPage(dom, fetched.html, fetched.finalUrl)).toEqual({
      ok: false,
      error: 'No article found on this page.',
    });
  });

  it('keeps a body carried by the export as it is, sanitised', () => {
    const outcome = parseCarriedBody(
      dom,
      {
        type: 'html',
        text: '<div><p onclick="steal()">Some <em>HTML</em> body.</p><script>alert(1)</script></div>',
      },
      'https://omnivore.example.com/article-2',
      'Omnivore article 2',
    );
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.article.html).toBe('<div><p>Some <em>HTML</em> body.</p></div>');
    expect(outcome.article).toMatchObject({
      title: 'Omnivore article 2',
      text: 'Some HTML body.',
      wordCount: 3,
    });
    expect(parseCarriedBody(dom, { type: 'html', text: '  ' }, 'https://a.example/', 'x')).toEqual({
      ok: false,
      error: 'The body in the export is empty.',
    });
  });
});

describe('Markdown bodies (Omnivore)', () => {
  it('converts the common constructs', () => {
    expect(
      markdownToHtml(
        [
          '# Title',
          '',
          'Some **bold**, *em* and `co*de*` with a [link](https://a.example/x "t").',
          '',
          '- one',
          '- two',
          '',
          '1. first',
          '',
          '> quoted',
          '',
          '```js',
          'if (a < b) {}',
          '```',
          '',
          '![alt](https://a.example/i.png)',
          '',
          '---',
        ].join('\n'),
      ),
    ).toBe(
      [
        '<h1>Title</h1>',
        '<p>Some <strong>bold</strong>, <em>em</em> and <code>co*de*</code> with a <a href="https://a.example/x">link</a>.</p>',
        '<ul><li>one</li><li>two</li></ul>',
        '<ol><li>first</li></ol>',
        '<blockquote><p>quoted</p></blockquote>',
        '<pre><code class="language-js">if (a &lt; b) {}</code></pre>',
        '<p><img src="https://a.example/i.png" alt="alt"></p>',
        '<hr>',
      ].join('\n'),
    );
  });

  it('escapes raw HTML and drops script links; keeps parentheses inside links', () => {
    expect(markdownToHtml('[Foo](https://en.wikipedia.org/wiki/Foo_(bar))')).toBe(
      '<p><a href="https://en.wikipedia.org/wiki/Foo_(bar)">Foo</a></p>',
    );
    expect(markdownToHtml('[*a*](https://x.example/_b_/c) _d_')).toBe(
      '<p><a href="https://x.example/_b_/c"><em>a</em></a> <em>d</em></p>',
    );
    expect(markdownToHtml('<script>alert(1)</script> [x](javascript:alert(1))')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; x</p>',
    );
  });
});
