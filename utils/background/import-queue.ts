/**
 * The background's side of importing: one ImportQueue wired to the real fetch, the page parser
 * (an offscreen document in Chrome, where the service worker has no DOMParser; the background
 * page itself in Firefox) and the library. The queue's state is in IndexedDB, so the worker can
 * stop at any time: it resumes when the browser starts and whenever the worker wakes.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Article, RemovedBlock } from '../article';
import { fetchPage, DEFAULT_FETCH_LIMITS, type FetchLimits } from '../fetch-queue/fetch-page';
import { originPattern } from '../fetch-queue/origin-pattern';
import {
  OFFSCREEN_PATH,
  OFFSCREEN_TARGET,
  parseOutcome,
  type OffscreenRequest,
} from '../fetch-queue/offscreen-protocol';
import { parseCarriedBody, parseFetchedPage, windowDom, type ParseOutcome } from '../fetch-queue/parse-page';
import { DEFAULT_QUEUE_OPTIONS, ImportQueue, type QueueOptions } from '../fetch-queue/runner';
import { PARSE_TIMEOUT_MS, withParseTimeout } from '../fetch-queue/parse-timeout';
import {
  getBody,
  getQueueState,
  openQueueDb,
  pendingJobs,
  type ImportJob,
  type QueueDb,
} from '../fetch-queue/store';
import { announceChange } from '../library/changes';
import { openLibraryDb } from '../library/db/open';
import { completeLinkEntry, isWaitingLink } from '../library/link-entries';
import { upkeep } from '../library/upkeep';
import { browserSanitizer } from '../sanitize';
import type { QueueAction } from '../messages';

const e2e = import.meta.env.LECTERN_E2E === '1';
// The test build waits less, so timeouts and retries fit in an end-to-end test.
const LIMITS: FetchLimits = e2e ? { ...DEFAULT_FETCH_LIMITS, timeoutMs: 3_000 } : DEFAULT_FETCH_LIMITS;
const OPTIONS: QueueOptions = e2e
  ? { ...DEFAULT_QUEUE_OPTIONS, hostGapMs: 150, retryDelayMs: 500 }
  : DEFAULT_QUEUE_OPTIONS;
/** The test build may fetch its local test server (and no other local address). */
const TEST_SERVER = e2e ? ['127.0.0.1'] : undefined;

const hasDom = () => typeof DOMParser === 'function' && typeof document !== 'undefined';

let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
  });
  if (contexts.length) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: 'Read the pages of imported links into articles: the service worker has no DOMParser.',
    })
    // Another call may have made it between our check and this one: that is fine.
    .catch((error: unknown) => {
      if (!/single offscreen/i.test(String(error))) throw error;
    })
    .finally(() => (creating = null));
  await creating;
}

async function closeOffscreen(): Promise<void> {
  if (hasDom()) return;
  await browser.offscreen.closeDocument().catch(() => undefined);
}

async function parseInOffscreen(request: OffscreenRequest): Promise<ParseOutcome> {
  await ensureOffscreen();
  return parseOutcome(await browser.runtime.sendMessage(request));
}

async function parse(job: ImportJob, page: { html: string; finalUrl: string } | null): Promise<ParseOutcome> {
  const request: OffscreenRequest | null = page
    ? { target: OFFSCREEN_TARGET, kind: 'page', html: page.html, url: page.finalUrl }
    : await getBody(await openQueueDb(), job.id).then((body) =>
        body ? { target: OFFSCREEN_TARGET, kind: 'body', body, url: job.url, title: job.title } : null,
      );
  if (!request) return { ok: false, error: 'The body carried by the export is missing.' };
  if (!hasDom()) return parseInOffscreen(request);
  const dom = windowDom(globalThis as unknown as Window & typeof globalThis, browserSanitizer());
  return request.kind === 'page'
    ? parseFetchedPage(dom, request.html, request.url)
    : parseCarriedBody(dom, request.body, request.url, request.title);
}

let current: { db: QueueDb; queue: ImportQueue } | null = null;

/** The queue over the current connection (a new one after the database was deleted, e.g. a wipe). */
async function importQueue(): Promise<ImportQueue> {
  const db = await openQueueDb();
  if (current?.db === db) return current.queue;
  const queue = new ImportQueue(
    {
      db,
      fetchPage: (url, signal) => fetchPage(url, { signal, limits: LIMITS, allowHosts: TEST_SERVER }),
      // A hostile page can hang extraction: only closing the document stops it.
      parse: withParseTimeout(parse, PARSE_TIMEOUT_MS, closeOffscreen),
      stillWanted: async (job) => isWaitingLink(await openLibraryDb(), job.id),
      save: async (job: ImportJob, article: Article, removed: RemovedBlock[]) => {
        const library = await openLibraryDb();
        await completeLinkEntry(library, job.id, { article, removed, restoredIds: [] });
        announceChange();
        // Keeps the search index compact as thousands of pages arrive one by one.
        void upkeep(library);
      },
      mayFetch: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
    },
    OPTIONS,
  );
  current = { db, queue };
  return queue;
}

/**
 * Runs the queue until it is empty or paused. Chrome stops a service worker that makes no
 * extension calls for 30 s, even mid-fetch: a cheap call every 20 s keeps it alive while working.
 */
async function run(queue: ImportQueue): Promise<void> {
  if (queue.running) return void queue.start();
  const keepAlive = setInterval(() => void browser.runtime.getPlatformInfo().catch(() => undefined), 20_000);
  try {
    await queue.start();
  } catch (error) {
    // The database went away mid-run (deleted, browser shutting down): the next wake resumes.
    console.warn('Lectern import queue stopped:', error);
  } finally {
    clearInterval(keepAlive);
    if (!queue.running) await closeOffscreen();
  }
}

/** When the worker wakes or the browser starts: carry on with whatever was left. */
async function resumeImportQueue(): Promise<void> {
  const db = await openQueueDb();
  const [state, pending] = await Promise.all([getQueueState(db), pendingJobs(db)]);
  if (state.paused || pending.length === 0) return;
  await run(await importQueue());
}

export async function controlImportQueue(action: QueueAction): Promise<void> {
  const queue = await importQueue();
  if (action === 'pause') return queue.pause();
  if (action === 'resume') await queue.resume();
  else if (action === 'retry') await queue.retryFailed();
  void run(queue);
}

export function registerImportQueue(): void {
  browser.runtime.onStartup.addListener(() => void resumeImportQueue());
  void resumeImportQueue();
}
