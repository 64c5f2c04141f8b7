/**
 * The import queue's own database, apart from the library's: which imported links still wait to
 * be fetched, what failed and why, and whether the user paused. It lives in IndexedDB so a closed
 * browser or a stopped service worker loses nothing, and extension pages read progress from it
 * directly. Each job is keyed by its library entry's id.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CarriedBody } from './parse-page';

const QUEUE_DB_NAME = 'lectern-import';

type JobStatus = 'pending' | 'done' | 'failed';

export interface ImportJob {
  /** The library entry (kind 'link') this job fills in. */
  id: string;
  /** Queue order: jobs start oldest first. */
  seq: number;
  url: string;
  title: string;
  /** Politeness is per host name (ports and schemes share a server). */
  host: string;
  status: JobStatus;
  /** Attempts started so far, counted before each one so a crash loop ends in a failure. */
  attempts: number;
  /** ms since epoch; a retried job waits until then. */
  notBefore: number;
  /** Why the last attempt failed (kept while a retry waits, so the report can say so). */
  error: string | null;
  /** The export carried the body (Omnivore): no fetch needed. Stored in `bodies`. */
  hasBody: boolean;
  finishedAt: number | null;
  /** Done without fetching: the entry was deleted or saved by hand meanwhile. */
  skipped?: boolean;
}

export interface QueueState {
  paused: boolean;
  /** Why the queue is paused: the user asked, or Lectern may not fetch pages yet. */
  reason: 'user' | 'permission' | null;
  nextSeq: number;
}

interface QueueSchema extends DBSchema {
  jobs: { key: string; value: ImportJob; indexes: { 'by-status': [JobStatus, number] } };
  bodies: { key: string; value: CarriedBody };
  state: { key: 'queue'; value: QueueState };
}

export type QueueDb = IDBPDatabase<QueueSchema>;

const INITIAL: QueueState = { paused: false, reason: null, nextSeq: 1 };

const connections = new Map<string, Promise<QueueDb>>();

/**
 * One connection per database and context, reused (the options page reads progress every
 * second). It gives way when another context deletes or upgrades the database.
 */
export function openQueueDb(name = QUEUE_DB_NAME): Promise<QueueDb> {
  let connection = connections.get(name);
  if (connection) return connection;
  connection = openDB<QueueSchema>(name, 1, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('jobs', { keyPath: 'id' }).createIndex('by-status', ['status', 'seq']);
        db.createObjectStore('bodies');
        db.createObjectStore('state');
      }
    },
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      connections.delete(name);
    },
    terminated: () => connections.delete(name),
  });
  connection.catch(() => connections.delete(name));
  connections.set(name, connection);
  return connection;
}

const statusRange = (status: JobStatus) => IDBKeyRange.bound([status, -Infinity], [status, Infinity]);

export interface NewJob {
  id: string;
  url: string;
  title: string;
  body?: CarriedBody | undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/**
 * Adds jobs in one transaction. When nothing is left to do from an earlier import, its finished
 * jobs go first so progress counts this import only (failures stay until retried or dismissed).
 */
export async function enqueueJobs(db: QueueDb, jobs: readonly NewJob[]): Promise<void> {
  const tx = db.transaction(['jobs', 'bodies', 'state'], 'readwrite');
  const store = tx.objectStore('jobs');
  const state = (await tx.objectStore('state').get('queue')) ?? INITIAL;
  const writes: Promise<unknown>[] = [];
  if (jobs.length && (await store.index('by-status').count(statusRange('pending'))) === 0) {
    for (const key of await store.index('by-status').getAllKeys(statusRange('done')))
      writes.push(store.delete(key));
  }
  let seq = state.nextSeq;
  for (const job of jobs) {
    writes.push(
      store.put({
        id: job.id,
        seq: seq++,
        url: job.url,
        title: job.title,
        host: hostOf(job.url),
        status: 'pending',
        attempts: 0,
        notBefore: 0,
        error: null,
        hasBody: !!job.body,
        finishedAt: null,
      }),
    );
    if (job.body) writes.push(tx.objectStore('bodies').put(job.body, job.id));
  }
  writes.push(tx.objectStore('state').put({ ...state, nextSeq: seq }, 'queue'));
  await Promise.all([...writes, tx.done]);
}

export async function pendingJobs(db: QueueDb): Promise<ImportJob[]> {
  return db.getAllFromIndex('jobs', 'by-status', statusRange('pending'));
}

export async function failedJobs(db: QueueDb, limit?: number): Promise<ImportJob[]> {
  return db.getAllFromIndex('jobs', 'by-status', statusRange('failed'), limit);
}

export async function getJob(db: QueueDb, id: string): Promise<ImportJob | undefined> {
  return db.get('jobs', id);
}

export async function getBody(db: QueueDb, id: string): Promise<CarriedBody | undefined> {
  return db.get('bodies', id);
}

/** Writes a job's new status; a finished job's carried body is no longer needed. */
export async function putJob(db: QueueDb, job: ImportJob): Promise<void> {
  const tx = db.transaction(['jobs', 'bodies'], 'readwrite');
  const writes: Promise<unknown>[] = [tx.objectStore('jobs').put(job)];
  if (job.status === 'done' && job.hasBody) writes.push(tx.objectStore('bodies').delete(job.id));
  await Promise.all([...writes, tx.done]);
}

export interface QueueCounts {
  pending: number;
  done: number;
  failed: number;
  total: number;
}

export async function countJobs(db: QueueDb): Promise<QueueCounts> {
  const tx = db.transaction('jobs');
  const index = tx.store.index('by-status');
  const [pending, done, failed] = await Promise.all([
    index.count(statusRange('pending')),
    index.count(statusRange('done')),
    index.count(statusRange('failed')),
  ]);
  await tx.done;
  return { pending, done, failed, total: pending + done + failed };
}

/** Every failure becomes pending again, with a fresh set of attempts. */
export async function retryFailedJobs(db: QueueDb): Promise<number> {
  const tx = db.transaction('jobs', 'readwrite');
  const failed = await tx.store.index('by-status').getAll(statusRange('failed'));
  await Promise.all([
    ...failed.map((job) =>
      tx.store.put({ ...job, status: 'pending', attempts: 0, notBefore: 0, error: null, finishedAt: null }),
    ),
    tx.done,
  ]);
  return failed.length;
}

/** Forgets failures (their entries stay in the library as links). */
export async function dismissFailedJobs(db: QueueDb): Promise<void> {
  const tx = db.transaction(['jobs', 'bodies'], 'readwrite');
  const keys = await tx.objectStore('jobs').index('by-status').getAllKeys(statusRange('failed'));
  await Promise.all([
    ...keys.flatMap((key) => [tx.objectStore('jobs').delete(key), tx.objectStore('bodies').delete(key)]),
    tx.done,
  ]);
}

export async function getQueueState(db: QueueDb): Promise<QueueState> {
  return (await db.get('state', 'queue')) ?? INITIAL;
}

export async function setPaused(
  db: QueueDb,
  paused: boolean,
  reason: QueueState['reason'] = null,
): Promise<void> {
  const tx = db.transaction('state', 'readwrite');
  const state = (await tx.store.get('queue')) ?? INITIAL;
  await Promise.all([tx.store.put({ ...state, paused, reason: paused ? reason : null }, 'queue'), tx.done]);
}
