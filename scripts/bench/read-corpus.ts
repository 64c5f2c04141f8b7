/** Reads the Readability corpus pages (expected.html and metadata) for the library benchmark. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusPage } from './library-corpus';

const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus/readability-pages');

export function readCorpus(dir = CORPUS_DIR): CorpusPage[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const meta = JSON.parse(
        readFileSync(join(dir, entry.name, 'expected-metadata.json'), 'utf8'),
      ) as Record<string, string | null | undefined>;
      return {
        name: entry.name,
        title: meta.title?.trim() || entry.name,
        byline: meta.byline ?? null,
        siteName: meta.siteName ?? null,
        publishedTime: meta.publishedTime ?? null,
        lang: meta.lang ?? null,
        excerpt: meta.excerpt ?? null,
        html: readFileSync(join(dir, entry.name, 'expected.html'), 'utf8'),
      };
    });
}

/** The in-page half of the benchmark (scripts/bench/library-entry.ts), as one script. */
export async function benchBundle(entry: 'library-entry.ts' | 'baseline-entry.ts'): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    minify: true,
  });
  return result.outputFiles[0]!.text;
}
