/** The command-line extractor's worker thread: extracts the pages it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { extractPage, type Job } from './extract-page';
import { pageTimeoutFromEnv } from './extract-watchdog';
import { nodeSanitizer } from './node-dom';

const budgetMs = pageTimeoutFromEnv() * 0.75;

nodeSanitizer();
// Loaded: the watchdog starts timing pages from here.
parentPort?.postMessage('ready');
parentPort?.on('message', (job: Job) => parentPort?.postMessage(extractPage(job, budgetMs)));
