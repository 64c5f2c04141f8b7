/**
 * Command-line extractor, speaking the extract-eval protocol (../shared/tools/extract-eval/README.md).
 *
 *   npm run --silent extract < pages.jsonl            one {"file","url"} per line on stdin
 *   npm run --silent extract -- [--url URL] FILE...   files named on the command line
 *
 * One JSON line per page on stdout: file, title, byline, siteName, publishedTime, textContent,
 * html, ms (or error). Logs go to stderr. Runs the very extract() the content script runs, each
 * page in a worker thread under a time limit: 20 s, or LECTERN_EXTRACT_TIMEOUT_MS.
 */
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import type { Job } from './extract-page';
import { PageWatchdog, pageTimeoutFromEnv } from './extract-watchdog';

// Each page runs in a worker under a time limit (extract-watchdog.ts); a page past it gets an
// error line and the next page goes on.
const watchdog = new PageWatchdog(pageTimeoutFromEnv());

async function emit(job: Job): Promise<void> {
  process.stdout.write(`${JSON.stringify(await watchdog.run(job))}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let url: string | null = null;
  const files: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--url') url = args[++index] ?? null;
    else files.push(arg);
  }
  if (files.length) {
    for (const file of files) await emit({ file, url: url ?? pathToFileURL(file).href });
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let job: Partial<Job>;
    try {
      job = JSON.parse(line) as Partial<Job>;
    } catch {
      process.stderr.write(`skipping a line that is not JSON: ${line.slice(0, 80)}\n`);
      continue;
    }
    if (typeof job.file !== 'string') {
      process.stderr.write('skipping a line without "file"\n');
      continue;
    }
    await emit({
      file: job.file,
      url: typeof job.url === 'string' && job.url ? job.url : pathToFileURL(job.file).href,
    });
  }
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => watchdog.stop());
