/**
 * The whole import in Node: a file becomes link entries, then the queue fetches each page from
 * the e2e page server on 127.0.0.1 (real HTTP: redirects, a timeout, a 404, a non-page, a page
 * with no article), reads it with extract() and turns the entry into an article that keeps the
 * export's date, tags and state, is readable offline and found by words from its body.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/import';
import { fetchPage } from '../../../utils/fetch-queue/fetch-page';
import { importIntoLibrary } from '../../../utils/import/into-library';
import { parseCarriedBody, parseFetchedPage, type PageDom } from '../../../utils/fetch-queue/parse-page';
import { ImportQueue } from '../../../utils/fetch-queue/runner';
import { countJobs, failedJobs, getBody, openQueueDb } from '../../../utils/fetch-queue/store';
import { findByUrl, getArticle } from '../../../utils/library/articles';
import { openLibraryDb } from '../../../utils/library/db/open';
import { completeLinkEntry, isWaitingLink } from '../../../utils/library/link-entries';
import { LibrarySearch } from '../../../utils/library/search/query';
import { nodeSanitizer, parseDocument } from '../../../scripts/node-dom';
import { fixture } from '../../fixtures/imports/helpers';
import { startServer, type PageServer } from '../../e2e/harness/server';

let server: PageServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const dom: PageDom = { parse: parseDocument, sanitizer: nodeSanitizer() };

describe('import, then fetch every page', () => {
  it('turns link entries into articles, and reports what failed and why', async () => {
    const at = (path: string) => `${server.origin}${path}`;
    const pages = '/fixtures/import-pages';
    const csv = [
      'title,url,time_added,tags,status',
      `River,${at(`${pages}/river-restoration.html`)},1700000000,nature|Towns,unread`,
      `Trains,${at(`/redirect-to${pages}/night-trains.html`)},1700000100,travel,archive`,
      `Bread,${at(`${pages}/sourdough-science.html?utm_source=pocket`)},1700000200,,unread`,
      `Gone,${at(`${pages}/deleted-long-ago.html`)},1700000300,,unread`,
      `Login,${at(`${pages}/not-an-article.html`)},1700000400,,unread`,
      `Slow,${at('/slow/10000')},1700000500,,unread`,
      `Picture,${at(`${pages}/photo.png`)},1700000600,,unread`,
    ].join('\n');
    const library = await openLibraryDb('queue-library-1');
    const queueDb = await openQueueDb('queue-library-1-jobs');
    const summary = await importIntoLibrary(
      library,
      queueDb,
      parseImport(new TextEncoder().encode(csv), 'export.csv'),
    );
    expect(summary).toMatchObject({ format: 'pocket-csv', added: 7, problems: [] });

    const queue = new ImportQueue(
      {
        db: queueDb,
        fetchPage: (url, signal) =>
          fetchPage(url, {
            signal,
            limits: { timeoutMs: 500, maxBytes: 5 << 20 },
            allowHosts: ['127.0.0.1'],
          }),
        parse: async (job, page) => {
          if (page) return parseFetchedPage(dom, page.html, page.finalUrl);
          const body = await getBody(queueDb, job.id);
          return body ? parseCarriedBody(dom, body, job.url, job.title) : { ok: false, error: 'no body' };
        },
        stillWanted: (job) => isWaitingLink(library, job.id),
        save: async (job, article, removed) =>
          void (await completeLinkEntry(library, job.id, { article, removed, restoredIds: [] })),
        mayFetch: async () => true,
      },
      { concurrency: 4, hostGapMs: 20, maxAttempts: 2, retryDelayMs: 50 },
    );
    await queue.start();

    expect(await countJobs(queueDb)).toEqual({ pending: 0, done: 3, failed: 4, total: 7 });
    const river = await findByUrl(library, at(`${pages}/river-restoration.html`));
    expect(river).toMatchObject({
      kind: 'article',
      title: 'How a small town brought its river back to life',
      siteName: 'The Valley Courier',
      byline: 'Maria Okafor',
      savedAt: 1700000000_000,
      tags: ['nature', 'towns'],
      shelf: 'unread',
    });
    expect(river!.wordCount).toBeGreaterThan(200);
    const saved = await getArticle(library, river!.id);
    expect(saved?.body?.text).toContain('kingfishers nested in the new banks');
    expect(saved?.body?.html).not.toMatch(/newsletter|<form|<script/i);

    // Redirected: stored under the link the user saved, read from where it led.
    const trains = await findByUrl(library, at(`/redirect-to${pages}/night-trains.html`));
    expect(trains).toMatchObject({
      kind: 'article',
      archived: true,
      title: 'The quiet comeback of the European night train',
    });
    expect((await findByUrl(library, at(`${pages}/sourdough-science.html`)))?.kind).toBe('article');

    const search = new LibrarySearch(library);
    expect((await search.search('kingfishers')).ids).toEqual([river!.id]);
    expect((await search.search('sleeper carriages')).ids).toEqual([trains!.id]);

    const failures = (await failedJobs(queueDb)).map((job) => [job.title, job.error, job.attempts]);
    expect(failures).toEqual([
      ['Gone', 'The page is gone (HTTP 404).', 1],
      ['Login', 'No article found on this page.', 1],
      ['Slow', 'The site did not answer within 0.5 s.', 2],
      ['Picture', 'This link is not a web page (image/png).', 1],
    ]);
    // Failed pages stay in the library as links: nothing the user had is lost.
    expect((await findByUrl(library, at(`${pages}/not-an-article.html`)))?.kind).toBe('link');
  });

  it('reads Omnivore bodies from the export, without the network', async () => {
    const library = await openLibraryDb('queue-library-2');
    const queueDb = await openQueueDb('queue-library-2-jobs');
    await importIntoLibrary(library, queueDb, parseImport(fixture('omnivore-export.zip')));
    let fetched = 0;
    await new ImportQueue(
      {
        db: queueDb,
        fetchPage: async () => (fetched++, { ok: false, error: 'offline', retry: false }),
        parse: async (job, page) => {
          const body = page ? undefined : await getBody(queueDb, job.id);
          return body ? parseCarriedBody(dom, body, job.url, job.title) : { ok: false, error: 'offline' };
        },
        stillWanted: (job) => isWaitingLink(library, job.id),
        save: async (job, article, removed) =>
          void (await completeLinkEntry(library, job.id, { article, removed, restoredIds: [] })),
        mayFetch: async () => true,
      },
      { hostGapMs: 0 },
    ).start();
    expect(fetched).toBe(1); // article-3 has no body in the export
    const first = await findByUrl(library, 'https://omnivore.example.com/article-1');
    expect(first).toMatchObject({ kind: 'article', shelf: 'read', tags: ['newsletter', 'tech'] });
    expect((await getArticle(library, first!.id))?.body?.html).toBe(
      '<h1>Omnivore article 1</h1>\n<p>Some <strong>markdown</strong> body.</p>',
    );
  });
});
