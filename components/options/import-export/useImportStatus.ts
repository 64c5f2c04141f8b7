import { useEffect, useRef, useState } from 'preact/hooks';
import {
  countJobs,
  failedJobs,
  getQueueState,
  openQueueDb,
  type ImportJob,
  type QueueCounts,
  type QueueState,
} from '@/utils/fetch-queue/store';

export interface ImportStatus {
  counts: QueueCounts;
  state: QueueState;
  failures: ImportJob[];
  /** Pages finished per minute, over the last half minute; null until measured. */
  perMinute: number | null;
}

const POLL_MS = 1000;
const WINDOW_MS = 30_000;
/** Enough failures to read through; the rest are counted. */
const FAILURES_SHOWN = 200;

/**
 * The import queue's progress, read straight from its database (extension pages share it with the
 * background), once a second: no messages to the worker, so watching never keeps it awake.
 */
export function useImportStatus(): [ImportStatus | null, () => void] {
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const samples = useRef<{ at: number; finished: number }[]>([]);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let active = true;
    let timer = 0;
    const poll = async () => {
      try {
        const db = await openQueueDb();
        const [counts, state, failures] = await Promise.all([
          countJobs(db),
          getQueueState(db),
          failedJobs(db, FAILURES_SHOWN),
        ]);
        const now = Date.now();
        const finished = counts.done + counts.failed;
        const kept = samples.current.filter(
          (sample) => now - sample.at <= WINDOW_MS && sample.finished <= finished,
        );
        kept.push({ at: now, finished });
        samples.current = kept;
        const first = kept[0]!;
        const perMinute =
          now - first.at >= 5_000 ? ((finished - first.finished) / (now - first.at)) * 60_000 : null;
        if (active) setStatus({ counts, state, failures, perMinute });
      } catch {
        // The database is busy (an upgrade elsewhere): the next poll tries again.
      } finally {
        if (active) timer = window.setTimeout(poll, POLL_MS);
      }
    };
    void poll();
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [tick]);
  return [status, () => setTick((value) => value + 1)];
}
