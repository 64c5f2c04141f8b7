/**
 * Articles for the library e2e tests, made from the Readability corpus pages and saved the way
 * the reader overlay saves them: an `article/save` message to the background, from an extension
 * page. Titles are the pages' own; one article carries words the tests search for.
 */
import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchBundle, readCorpus } from '../../../scripts/bench/read-corpus';

const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus/readability-pages');

export interface SeedArticle {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: null;
  excerpt: string | null;
  leadImage: null;
  html: string;
  text: string;
  wordCount: number;
  readingMinutes: number;
}

const decode = (text: string) =>
  text
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** `count` articles from the corpus (in directory order), with their texts. */
export function corpusArticles(count: number): SeedArticle[] {
  const names = readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return names.slice(0, count).map((name, index) => {
    const meta = JSON.parse(readFileSync(join(CORPUS, name, 'expected-metadata.json'), 'utf8')) as Record<
      string,
      string | null
    >;
    const html = readFileSync(join(CORPUS, name, 'expected.html'), 'utf8').slice(0, 60_000);
    const text = decode(html.replace(/<[^>]+>/g, ' '))
      .replace(/\s+/g, ' ')
      .trim();
    const words = text.split(' ').length;
    return {
      url: `https://news${index % 7}.example/${name}`,
      title: meta.title?.trim() || name,
      byline: meta.byline ?? null,
      siteName: meta.siteName ?? null,
      publishedTime: meta.publishedTime ?? null,
      lang: meta.lang ?? 'en',
      dir: null,
      excerpt: meta.excerpt ?? null,
      leadImage: null,
      html,
      text,
      wordCount: words,
      readingMinutes: Math.max(1, Math.round(words / 230)),
    };
  });
}

/** Saves through the background, oldest first, one second apart (so the order is known). */
export async function saveThroughBackground(page: Page, articles: SeedArticle[]): Promise<void> {
  const failures = await page.evaluate(async (list) => {
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; error?: string }> } };
      }
    ).chrome.runtime;
    const failed: string[] = [];
    for (const article of list) {
      const answer = await runtime.sendMessage({
        type: 'article/save',
        article,
        removed: [],
        restoredIds: [],
      });
      if (!answer.ok) failed.push(`${article.url}: ${answer.error}`);
      await new Promise((done) => setTimeout(done, 2));
    }
    return failed;
  }, articles);
  if (failures.length) throw new Error(failures.join('\n'));
}

/** Empties every store of the library (as a fresh install would be). */
export async function resetLibrary(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.open('lectern');
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Array.from(db.objectStoreNames), 'readwrite');
          for (const name of Array.from(db.objectStoreNames)) tx.objectStore(name).clear();
          tx.oncomplete = () => (db.close(), done());
          tx.onerror = () => fail(tx.error);
        };
        request.onerror = () => fail(request.error);
      }),
  );
}

/** `count` generated articles written in batches (the benchmark's generator), for big lists. */
export async function bulkLibrary(page: Page, count: number): Promise<void> {
  await page.evaluate(await benchBundle('library-entry.ts'));
  await page.evaluate((pages) => (globalThis as unknown as BenchApi).lecternBench.load(pages), readCorpus());
  await page.evaluate((total) => (globalThis as unknown as BenchApi).lecternBench.generate(0, total), count);
}

interface BenchApi {
  lecternBench: { load: (pages: unknown) => number; generate: (from: number, to: number) => Promise<number> };
}

/** Deletes the library's and the import queue's databases, as a new install has neither. */
export async function deleteLibraryDatabases(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const remove = (name: string) =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => done();
        request.onerror = () => fail(request.error);
      });
    await remove('lectern');
    await remove('lectern-import');
  });
}
