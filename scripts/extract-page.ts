/**
 * One page through extract(), as the command-line extractor reports it: the extract-eval
 * protocol's line for that page (../shared/tools/extract-eval/README.md), or its error line.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../utils/extract';
import { nodeSanitizer, parseDocument } from './node-dom';

export interface Job {
  file: string;
  url: string;
}

export type PageLine = Record<string, unknown> & { file: string };

/**
 * `budgetMs`: extract()'s own budget. The CLI gives it most of the page's time limit: the limit
 * is what bounds a page here, and a page is better answered late than cut off by a busy machine.
 */
export function extractPage(job: Job, budgetMs?: number): PageLine {
  let html: string;
  try {
    html = readFileSync(job.file, 'utf8');
  } catch (error) {
    return { file: job.file, error: `cannot read file: ${(error as Error).message}` };
  }
  try {
    const started = performance.now();
    const doc = parseDocument(html);
    const result = extract(doc, job.url, { sanitizer: nodeSanitizer(), budgetMs });
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
