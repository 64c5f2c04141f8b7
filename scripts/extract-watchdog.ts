/**
 * Runs each page of the command-line extractor under a time limit (issue 21: one page of deep
 * nesting and huge attributes kept the CLI busy for more than five minutes, and every page after
 * it waited). The pages are extracted in a worker thread; a page that takes longer than the limit
 * gets an error line, the worker is stopped (a thread stuck in a loop can be stopped from
 * outside, unlike a function call) and a new one takes the next page.
 */
import { Worker } from 'node:worker_threads';
import type { Job, PageLine } from './extract-page';

export const DEFAULT_PAGE_TIMEOUT_MS = 20_000;

/** The limit from `LECTERN_EXTRACT_TIMEOUT_MS`, else the default. */
export function pageTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.LECTERN_EXTRACT_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_PAGE_TIMEOUT_MS;
}

export function timedOutLine(file: string, timeoutMs: number): PageLine {
  return {
    file,
    error: `page too complex: extraction took longer than ${(timeoutMs / 1000).toFixed(1)} s and was stopped`,
    ms: timeoutMs,
  };
}

export class PageWatchdog {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;

  constructor(private readonly timeoutMs = DEFAULT_PAGE_TIMEOUT_MS) {}

  /** The worker, once it has loaded (its start-up does not count against a page's limit). */
  private async start(): Promise<Worker> {
    if (!this.worker) {
      const worker = (this.worker = new Worker(new URL('./extract-worker.mjs', import.meta.url)));
      this.ready = new Promise<void>((done, fail) => {
        worker.once('message', () => done());
        worker.once('error', fail);
      });
    }
    const worker = this.worker;
    await this.ready;
    return worker;
  }

  /** Stops the worker it holds (the next page starts a new one). */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  /** The page's line, or an error line when it took too long or the worker died on it. */
  async run(job: Job): Promise<PageLine> {
    let worker: Worker;
    try {
      worker = await this.start();
    } catch (error) {
      await this.stop();
      return { file: job.file, error: `extraction failed: ${(error as Error).message}` };
    }
    return new Promise<PageLine>((done) => {
      const finish = (line: PageLine, stop: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        done(stop ? this.stop().then(() => line) : line);
      };
      const onMessage = (line: PageLine) => finish(line, false);
      const onError = (error: Error) =>
        finish({ file: job.file, error: `extraction failed: ${error.message}` }, true);
      const onExit = () => finish({ file: job.file, error: 'extraction failed: the worker stopped' }, true);
      const timer = setTimeout(() => finish(timedOutLine(job.file, this.timeoutMs), true), this.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }
}
