/**
 * The import queue does not wait for ever on a page that hangs the reader (issue 21): past the
 * parse time limit the entry fails with the reason, the stuck reader is stopped, and the next
 * entry is read.
 */
import 'fake-indexeddb/auto';
import { queuedArticle } from './helpers';
import { describe, expect, it } from 'vitest';
import { PAGE_TOOK_TOO_LONG, withParseTimeout } from '../../../utils/fetch-queue/parse-timeout';
import { ImportQueue, type QueueDeps } from '../../../utils/fetch-queue/runner';
import { countJobs, enqueueJobs, getJob, openQueueDb } from '../../../utils/fetch-queue/store';

const article = queuedArticle;

describe('import queue parse time limit', () => {
  it('fails a page whose reading never ends, with the reason, stops the reader, and reads the next', async () => {
    const db = await openQueueDb('queue-parse-timeout');
    const hanging = 'https://slow.example/never';
    const fine = 'https://fine.example/story';
    await enqueueJobs(db, [
      { id: 'job-1', url: hanging, title: 'Never' },
      { id: 'job-2', url: fine, title: 'Fine' },
    ]);
    const saved: string[] = [];
    let stopped = 0;
    const read: QueueDeps['parse'] = (job) =>
      // The reader of the hanging page never answers (an offscreen document stuck in a loop).
      job.url === hanging
        ? new Promise(() => undefined)
        : Promise.resolve({ ok: true, article: article(job.url), removed: [] });
    const queue = new ImportQueue(
      {
        db,
        fetchPage: async (url) => ({ ok: true, finalUrl: url, html: '<p>page</p>' }),
        parse: withParseTimeout(read, 200, () => void stopped++),
        stillWanted: async () => true,
        save: async (job) => void saved.push(job.url),
        mayFetch: async () => true,
      },
      // One page at a time: the next waits for the hanging one.
      { concurrency: 1, hostGapMs: 0, maxAttempts: 3, retryDelayMs: 1_000 },
    );
    const started = Date.now();
    await queue.start();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await getJob(db, 'job-1')).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: PAGE_TOOK_TOO_LONG,
    });
    expect(stopped).toBe(1);
    expect(saved).toEqual([fine]);
    expect(await countJobs(db)).toMatchObject({ done: 1, failed: 1 });
  });
});
