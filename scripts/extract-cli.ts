/**
 * Command-line extractor, speaking the extract-eval protocol (../shared/tools/extract-eval/README.md).
 *
 *   npm run --silent extract < pages.jsonl            one {"file","url"} per line on stdin
 *   npm run --silent extract -- [--url URL] FILE...   files named on the command line
 *
 * One JSON line per page on stdout: file, title, byline, siteName, publishedTime, textContent,
 * html, ms (or error). Logs go to stderr. Runs the very extract() the content script runs.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import { extract } from '../utils/extract';
import { nodeSanitizer, parseDocument } from './node-dom';

interface Job {
  file: string;
  url: string;
}

function run(job: Job): Record<string, unknown> {
  let html: string;
  try {
    html = readFileSync(job.file, 'utf8');
  } catch (error) {
    return { file: job.file, error: `cannot read file: ${(error as Error).message}` };
  }
  try {
    const started = performance.now();
    const doc = parseDocument(html);
    const result = extract(doc, job.url, { sanitizer: nodeSanitizer() });
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const article = result.article;
    if (!article) return { file: job.file, error: result.notice ?? 'no article', ms };
    return {
      file: job.file,
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      lang: article.lang,
      excerpt: article.excerpt,
      leadImage: article.leadImage,
      wordCount: article.wordCount,
      textContent: article.text,
      html: article.html,
      removed: result.removed.map(({ kind, rule, preview }) => ({ kind, rule, preview })),
      confidence: result.confidence,
      ms,
    };
  } catch (error) {
    return { file: job.file, error: `extraction failed: ${(error as Error).message}` };
  }
}

function emit(job: Job): void {
  process.stdout.write(`${JSON.stringify(run(job))}\n`);
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
  nodeSanitizer();
  if (files.length) {
    for (const file of files) emit({ file, url: url ?? pathToFileURL(file).href });
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
    emit({
      file: job.file,
      url: typeof job.url === 'string' && job.url ? job.url : pathToFileURL(job.file).href,
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
