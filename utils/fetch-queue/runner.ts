/**
 * The import queue runner: fetches and reads each imported link, politely. Pure apart from what
 * it is given (fetch, parse, save, clock, permission check), so tests drive it with fakes and the
 * background wires in the real ones (utils/background/import-queue.ts).
 *
 * Politeness: at most `concurrency` pages at once, one at a time per host, and `hostGapMs`
 * between the end of one request and the start of the next on the same host. Failures that may pass (timeouts, 5xx, 429, network) are
 * retried after a growing delay, up to `maxAttempts`; the rest fail at once with their reason.
 * State lives in the queue database: a restart picks up where it stopped.
 */
import type { Article, RemovedBlock } from '../article';
import type { FetchOutcome } from './fetch-page';
import type { ParseOutcome } from './parse-page';
import {
  getJob,
  getQueueState,
  pendingJobs,
  putJob,
  retryFailedJobs,
  setPaused,
  type ImportJob,
  type QueueDb,
} from './store';

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or at once when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((done) => {
      if (signal.aborted) return done();
      const onAbort = () => {
        clearTimeout(timer);
        done();
      };
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        done();
      }, ms);
      signal.addEventListener('abort', onAbort, { once: true });
    }),
};

export interface QueueDeps {
  db: QueueDb;
  fetchPage(url: string, signal: AbortSignal): Promise<FetchOutcome>;
  /** `page` is the fetched page, or null when the export carried the body (`job.hasBody`). */
  parse(job: ImportJob, page: { html: string; finalUrl: string } | null): Promise<ParseOutcome>;
  /** Whether the job's library entry still waits for its page (not deleted, not saved meanwhile). */
  stillWanted(job: ImportJob): Promise<boolean>;
  save(job: ImportJob, article: Article, removed: RemovedBlock[]): Promise<void>;
  /** May Lectern fetch this URL? (Host permission, asked for from the options page.) */
  mayFetch(url: string): Promise<boolean>;
  clock?: Clock;
  /** Called after each change of a job or of the queue's state. */
  onChange?(): void;
}

export interface QueueOptions {
  concurrency: number;
  hostGapMs: number;
  maxAttempts: number;
  /** First retry waits this long; each further one twice as long. */
  retryDelayMs: number;
}

export const DEFAULT_QUEUE_OPTIONS: QueueOptions = {
  concurrency: 4,
  hostGapMs: 1_000,
  maxAttempts: 3,
  retryDelayMs: 30_000,
};

type Result = { status: 'done' } | { status: 'failed' | 'retry'; error: string } | { status: 'cancelled' };

export class ImportQueue {
  private readonly options: QueueOptions;
  private readonly clock: Clock;
  private run: Promise<void> | null = null;
  private controller: AbortController | null = null;
  /** New jobs arrived while running: read the pending list again. */
  private stale = false;

  constructor(
    private readonly deps: QueueDeps,
    options: Partial<QueueOptions> = {},
  ) {
    this.options = { ...DEFAULT_QUEUE_OPTIONS, ...options };
    this.clock = deps.clock ?? realClock;
  }

  get running(): boolean {
    return this.run !== null;
  }

  /** Starts working through pending jobs (unless paused); resolves when none is left. */
  start(): Promise<void> {
    if (this.run) {
      this.stale = true;
      return this.run;
    }
    this.run = this.loop().finally(() => {
      this.run = null;
      this.controller = null;
    });
    return this.run;
  }

  async pause(reason: 'user' | 'permission' = 'user'): Promise<void> {
    await setPaused(this.deps.db, true, reason);
    this.controller?.abort();
    await this.run;
    this.deps.onChange?.();
  }

  /** Unpauses; the caller then calls start(). */
  async resume(): Promise<void> {
    await setPaused(this.deps.db, false);
    this.deps.onChange?.();
  }

  /** Makes every failed job pending again; the caller then calls start(). */
  async retryFailed(): Promise<number> {
    const count = await retryFailedJobs(this.deps.db);
    this.deps.onChange?.();
    return count;
  }

  private async loop(): Promise<void> {
    const controller = (this.controller = new AbortController());
    const { concurrency, hostGapMs } = this.options;
    const active = new Map<string, Promise<void>>();
    const busyHosts = new Set<string>();
    const hostReadyAt = new Map<string, number>();
    let pending: ImportJob[] = [];
    try {
      for (;;) {
        if (controller.signal.aborted || (await getQueueState(this.deps.db)).paused) break;
        if (this.stale || (pending.length === 0 && active.size === 0)) {
          // Jobs waiting for a retry, or added by another import, are read again here.
          this.stale = false;
          pending = (await pendingJobs(this.deps.db)).filter((job) => !active.has(job.id));
          if (pending.length === 0 && active.size === 0) break;
        }
        const now = this.clock.now();
        let wakeAt = Infinity;
        const waiting: ImportJob[] = [];
        for (const job of pending) {
          // A body carried by the export needs no request: no host to be polite to.
          const host = job.hasBody ? null : job.host;
          const readyAt = Math.max(job.notBefore, (host && hostReadyAt.get(host)) || 0);
          const hostBusy = host !== null && busyHosts.has(host);
          if (active.size >= concurrency || hostBusy || readyAt > now) {
            if (!hostBusy) wakeAt = Math.min(wakeAt, readyAt);
            waiting.push(job);
            continue;
          }
          if (host) busyHosts.add(host);
          const work = this.attempt(job, controller).finally(() => {
            active.delete(job.id);
            if (!host) return;
            busyHosts.delete(host);
            // The gap runs from the end of one request to the start of the next on a host.
            hostReadyAt.set(host, this.clock.now() + hostGapMs);
          });
          active.set(job.id, work);
        }
        pending = waiting;
        const waits: Promise<unknown>[] = [...active.values()];
        if (wakeAt !== Infinity && active.size < concurrency)
          waits.push(this.clock.sleep(Math.max(0, wakeAt - now), controller.signal));
        if (waits.length) await Promise.race(waits);
      }
    } finally {
      await Promise.allSettled(active.values());
    }
  }

  /** One attempt at one job, its outcome written to the queue database. */
  private async attempt(queued: ImportJob, controller: AbortController): Promise<void> {
    const { db } = this.deps;
    const { signal } = controller;
    const job = await getJob(db, queued.id);
    if (!job || job.status !== 'pending') return;
    if (job.attempts >= this.options.maxAttempts) {
      // Counted before each attempt: only a crash (worker stopped mid-page) gets here.
      return this.finish(job, {
        status: 'failed',
        error:
          job.error ??
          `Lectern stopped while reading this page ${job.attempts} times; it may be too large or broken.`,
      });
    }
    if (!job.hasBody && !(await this.deps.mayFetch(job.url))) {
      // Not this.pause(): it waits for the run, and the run waits for this attempt.
      await setPaused(db, true, 'permission');
      controller.abort();
      this.deps.onChange?.();
      return;
    }
    job.attempts++;
    await putJob(db, job);
    let result: Result;
    try {
      result = await this.process(job, signal);
    } catch (error) {
      result = {
        status: 'retry',
        error: `Lectern could not read or save this page (${(error as Error).message}).`,
      };
    }
    return this.finish(job, result);
  }

  private async process(job: ImportJob, signal: AbortSignal): Promise<Result> {
    if (!(await this.deps.stillWanted(job))) {
      job.skipped = true;
      return { status: 'done' };
    }
    let parsed: ParseOutcome;
    if (job.hasBody) {
      parsed = await this.deps.parse(job, null);
    } else {
      const page = await this.deps.fetchPage(job.url, signal);
      if (signal.aborted) return { status: 'cancelled' };
      if (!page.ok) return { status: page.retry ? 'retry' : 'failed', error: page.error };
      parsed = await this.deps.parse(job, { html: page.html, finalUrl: page.finalUrl });
    }
    if (signal.aborted) return { status: 'cancelled' };
    if (!parsed.ok) return { status: 'failed', error: parsed.error };
    // The user may have deleted the entry while the page loaded: saving would bring it back.
    if (!(await this.deps.stillWanted(job))) {
      job.skipped = true;
      return { status: 'done' };
    }
    await this.deps.save(job, parsed.article, parsed.removed);
    return { status: 'done' };
  }

  private async finish(job: ImportJob, result: Result): Promise<void> {
    const now = this.clock.now();
    if (result.status === 'cancelled') {
      // Paused mid-page: that was not a real attempt.
      job.attempts = Math.max(0, job.attempts - 1);
    } else if (result.status === 'done') {
      Object.assign(job, { status: 'done', error: null, finishedAt: now });
    } else if (result.status === 'retry' && job.attempts < this.options.maxAttempts) {
      job.error = result.error;
      job.notBefore = now + this.options.retryDelayMs * 2 ** (job.attempts - 1);
    } else {
      Object.assign(job, { status: 'failed', error: result.error, finishedAt: now });
    }
    await putJob(this.deps.db, job);
    this.deps.onChange?.();
  }
}
