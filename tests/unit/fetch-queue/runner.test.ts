/**
 * The import queue runner with injected fetch, parse, save and clock: politeness (concurrency,
 * one request per host at a time, spacing), retries with backoff, permanent failures, pause and
 * resume, the permission pause, and picking up after a restart (a new runner on the same state).
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { queuedArticle } from './helpers';
import type { FetchOutcome } from '../../../utils/fetch-queue/fetch-page';
import { ImportQueue, type Clock, type QueueDeps } from '../../../utils/fetch-queue/runner';
import {
  countJobs,
  enqueueJobs,
  failedJobs,
  getJob,
  getQueueState,
  openQueueDb,
  putJob,
  type QueueDb,
} from '../../../utils/fetch-queue/store';

/** Virtual time: a sleep moves the clock instead of waiting. */
class FakeClock implements Clock {
  time = 1_000_000;
  now = () => this.time;
  sleep = async (ms: number) => {
    this.time += ms;
    await new Promise((done) => setTimeout(done, 0));
  };
}

const article = queuedArticle;

type Behaviour = FetchOutcome | ((attempt: number) => FetchOutcome);

interface Harness {
  db: QueueDb;
  clock: FakeClock;
  deps: QueueDeps;
  starts: { url: string; host: string; at: number; inFlight: number; hostInFlight: number }[];
  saved: string[];
  behaviours: Map<string, Behaviour>;
  wanted: Set<string>;
  allowed: { value: boolean };
  /** Resolves fetches of a URL only when released (for pause tests). */
  gates: Map<string, Promise<void>>;
}

let dbCounter = 0;

async function harness(): Promise<Harness> {
  const db = await openQueueDb(`queue-test-${++dbCounter}`);
  const clock = new FakeClock();
  const starts: Harness['starts'] = [];
  const saved: string[] = [];
  const behaviours = new Map<string, Behaviour>();
  const wanted = new Set<string>();
  const allowed = { value: true };
  const gates = new Map<string, Promise<void>>();
  const attempts = new Map<string, number>();
  let inFlight = 0;
  const hostInFlight = new Map<string, number>();
  const deps: QueueDeps = {
    db,
    clock,
    async fetchPage(url, signal) {
      const host = new URL(url).hostname;
      inFlight++;
      hostInFlight.set(host, (hostInFlight.get(host) ?? 0) + 1);
      starts.push({ url, host, at: clock.now(), inFlight, hostInFlight: hostInFlight.get(host)! });
      try {
        // A little real latency so several fetches overlap.
        await new Promise((done) => setTimeout(done, 2));
        const gate = gates.get(url);
        if (gate) await Promise.race([gate, new Promise((done) => signal.addEventListener('abort', done))]);
        if (signal.aborted) return { ok: false, error: 'Cancelled.', retry: true };
        const attempt = (attempts.get(url) ?? 0) + 1;
        attempts.set(url, attempt);
        const behaviour = behaviours.get(url) ?? { ok: true, finalUrl: url, html: '<p>page</p>' };
        return typeof behaviour === 'function' ? behaviour(attempt) : behaviour;
      } finally {
        inFlight--;
        hostInFlight.set(host, hostInFlight.get(host)! - 1);
      }
    },
    async parse(job, page) {
      if (page?.html.includes('no article')) return { ok: false, error: 'No article found on this page.' };
      return { ok: true, article: article(job.url), removed: [] };
    },
    stillWanted: async (job) => wanted.has(job.id),
    save: async (job) => void saved.push(job.url),
    mayFetch: async () => allowed.value,
  };
  return { db, clock, deps, starts, saved, behaviours, wanted, allowed, gates };
}

async function addJobs(h: Harness, urls: string[]): Promise<string[]> {
  const jobs = urls.map((url, index) => ({ id: `job-${index + 1}`, url, title: `Title ${index + 1}` }));
  for (const job of jobs) h.wanted.add(job.id);
  await enqueueJobs(h.db, jobs);
  return jobs.map((job) => job.id);
}

const OPTIONS = { concurrency: 3, hostGapMs: 1_000, maxAttempts: 3, retryDelayMs: 30_000 };

describe('import queue', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });

  it('fetches, reads and saves every pending job, then stops', async () => {
    const urls = ['https://a.example/1', 'https://b.example/1', 'https://c.example/1'];
    await addJobs(h, urls);
    await new ImportQueue(h.deps, OPTIONS).start();
    expect(h.saved.sort()).toEqual(urls);
    expect(await countJobs(h.db)).toEqual({ pending: 0, done: 3, failed: 0, total: 3 });
    const job = await getJob(h.db, 'job-1');
    expect(job).toMatchObject({ status: 'done', attempts: 1, error: null, finishedAt: h.clock.time });
  });

  it('is polite: a few at a time, one per host, and spaced out on the same host', async () => {
    const urls: string[] = [];
    for (let n = 0; n < 5; n++)
      for (const host of ['a', 'b', 'c', 'd', 'e']) urls.push(`https://${host}.example/${n}`);
    await addJobs(h, urls);
    await new ImportQueue(h.deps, OPTIONS).start();
    expect(h.saved).toHaveLength(25);
    expect(Math.max(...h.starts.map((start) => start.inFlight))).toBe(3);
    expect(Math.max(...h.starts.map((start) => start.hostInFlight))).toBe(1);
    for (const host of ['a', 'b', 'c', 'd', 'e']) {
      const times = h.starts.filter((start) => start.host === `${host}.example`).map((start) => start.at);
      expect(times).toHaveLength(5);
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1_000);
    }
    // Different hosts don't wait for each other: the first three start together.
    expect(new Set(h.starts.slice(0, 3).map((start) => start.at)).size).toBe(1);
  });

  it('retries passing failures with a growing delay, then succeeds', async () => {
    const url = 'https://flaky.example/story';
    h.behaviours.set(url, (attempt) =>
      attempt < 3
        ? { ok: false, error: 'The site had a server error (HTTP 503).', retry: true }
        : { ok: true, finalUrl: url, html: '<p>ok</p>' },
    );
    await addJobs(h, [url]);
    const started = h.clock.time;
    await new ImportQueue(h.deps, OPTIONS).start();
    expect(h.saved).toEqual([url]);
    const times = h.starts.map((start) => start.at - started);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(30_000);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(60_000);
    expect(await getJob(h.db, 'job-1')).toMatchObject({ status: 'done', attempts: 3, error: null });
  });

  it('gives up after the last attempt and reports why; "retry failed" tries again', async () => {
    const url = 'https://down.example/story';
    h.behaviours.set(url, { ok: false, error: 'The site did not answer within 20 s.', retry: true });
    await addJobs(h, [url]);
    const queue = new ImportQueue(h.deps, OPTIONS);
    await queue.start();
    expect(h.starts).toHaveLength(3);
    expect(await failedJobs(h.db)).toMatchObject([
      { url, status: 'failed', attempts: 3, error: 'The site did not answer within 20 s.' },
    ]);
    h.behaviours.delete(url);
    expect(await queue.retryFailed()).toBe(1);
    await queue.start();
    expect(h.saved).toEqual([url]);
    expect(await countJobs(h.db)).toMatchObject({ done: 1, failed: 0 });
  });

  it('fails at once, without retrying, what cannot get better: a 404, a non-page, no article', async () => {
    const gone = 'https://a.example/gone';
    const pdf = 'https://b.example/file.pdf';
    const login = 'https://c.example/login';
    h.behaviours.set(gone, { ok: false, error: 'The page is gone (HTTP 404).', retry: false });
    h.behaviours.set(pdf, {
      ok: false,
      error: 'This link is not a web page (application/pdf).',
      retry: false,
    });
    h.behaviours.set(login, { ok: true, finalUrl: login, html: 'no article here' });
    await addJobs(h, [gone, pdf, login, 'https://d.example/fine']);
    await new ImportQueue(h.deps, OPTIONS).start();
    expect(h.starts).toHaveLength(4);
    const failed = await failedJobs(h.db);
    expect(failed.map((job) => [job.url, job.error, job.attempts])).toEqual([
      [gone, 'The page is gone (HTTP 404).', 1],
      [pdf, 'This link is not a web page (application/pdf).', 1],
      [login, 'No article found on this page.', 1],
    ]);
    expect(h.saved).toEqual(['https://d.example/fine']);
  });

  it('pauses mid-run without counting the interrupted attempt, and resumes', async () => {
    let release!: () => void;
    h.gates.set('https://slow.example/1', new Promise<void>((done) => (release = done)));
    await addJobs(h, ['https://slow.example/1', 'https://slow.example/2', 'https://other.example/1']);
    const queue = new ImportQueue(h.deps, OPTIONS);
    const run = queue.start();
    await expect.poll(() => h.starts.length).toBeGreaterThanOrEqual(2);
    await queue.pause();
    await run;
    expect(await getQueueState(h.db)).toMatchObject({ paused: true, reason: 'user' });
    expect(await getJob(h.db, 'job-1')).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await countJobs(h.db)).toMatchObject({ pending: 2, done: 1 });
    // Paused: starting again does nothing.
    await queue.start();
    expect(await countJobs(h.db)).toMatchObject({ pending: 2 });
    release();
    await queue.resume();
    await queue.start();
    expect(await countJobs(h.db)).toEqual({ pending: 0, done: 3, failed: 0, total: 3 });
  });

  it('picks up after a restart: a new runner finishes what the old one left', async () => {
    await addJobs(h, ['https://a.example/1', 'https://a.example/2', 'https://b.example/1']);
    // The worker was stopped mid-page: the job's attempt was counted, the page never saved.
    const interrupted = (await getJob(h.db, 'job-1'))!;
    await putJob(h.db, { ...interrupted, attempts: 1 });
    const reopened = await openQueueDb(h.db.name);
    await new ImportQueue({ ...h.deps, db: reopened }, OPTIONS).start();
    expect(await countJobs(reopened)).toEqual({ pending: 0, done: 3, failed: 0, total: 3 });
    expect(await getJob(reopened, 'job-1')).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('a page that stopped the worker on every attempt ends as a failure, not a loop', async () => {
    await addJobs(h, ['https://hangs.example/1']);
    await putJob(h.db, { ...(await getJob(h.db, 'job-1'))!, attempts: 3 });
    await new ImportQueue(h.deps, OPTIONS).start();
    expect(h.starts).toHaveLength(0);
    expect((await failedJobs(h.db))[0]?.error).toMatch(/stopped while reading this page 3 times/);
  });

  it('without permission to fetch, pauses and says why instead of failing every link', async () => {
    h.allowed.value = false;
    await addJobs(h, ['https://a.example/1', 'https://b.example/1']);
    const queue = new ImportQueue(h.deps, OPTIONS);
    await queue.start();
    expect(h.starts).toHaveLength(0);
    expect(await getQueueState(h.db)).toMatchObject({ paused: true, reason: 'permission' });
    expect(await countJobs(h.db)).toMatchObject({ pending: 2, failed: 0 });
    h.allowed.value = true;
    await queue.resume();
    await queue.start();
    expect(await countJobs(h.db)).toMatchObject({ done: 2 });
  });

  it('skips entries deleted (or saved by hand) meanwhile, without fetching them', async () => {
    const [first] = await addJobs(h, ['https://a.example/deleted', 'https://b.example/kept']);
    h.wanted.delete(first!);
    await new ImportQueue(h.deps, OPTIONS).start();
    expect(h.starts.map((start) => start.url)).toEqual(['https://b.example/kept']);
    expect(await getJob(h.db, first!)).toMatchObject({ status: 'done', skipped: true });
  });

  it('reads a body the export carried without fetching it', async () => {
    await enqueueJobs(h.db, [
      {
        id: 'omni',
        url: 'https://omnivore.example.com/a',
        title: 'A',
        body: { type: 'markdown', text: '# A' },
      },
    ]);
    h.wanted.add('omni');
    const seen: unknown[] = [];
    await new ImportQueue(
      { ...h.deps, parse: async (job, page) => (seen.push(page), h.deps.parse(job, page)) },
      OPTIONS,
    ).start();
    expect(h.starts).toHaveLength(0);
    expect(seen).toEqual([null]);
    expect(h.saved).toEqual(['https://omnivore.example.com/a']);
  });

  it('a library write that fails is retried, then reported in words', async () => {
    await addJobs(h, ['https://a.example/1']);
    const failing = { ...h.deps, save: async () => Promise.reject(new Error('QuotaExceededError')) };
    await new ImportQueue(failing, OPTIONS).start();
    expect((await failedJobs(h.db))[0]).toMatchObject({
      attempts: 3,
      error: 'Lectern could not read or save this page (QuotaExceededError).',
    });
  });

  it('jobs added while running are picked up by the same run', async () => {
    await addJobs(h, ['https://a.example/1']);
    const queue = new ImportQueue(h.deps, OPTIONS);
    const run = queue.start();
    await enqueueJobs(h.db, [{ id: 'late', url: 'https://late.example/1', title: 'Late' }]);
    h.wanted.add('late');
    void queue.start();
    await run;
    expect(h.saved.sort()).toEqual(['https://a.example/1', 'https://late.example/1']);
  });
});
