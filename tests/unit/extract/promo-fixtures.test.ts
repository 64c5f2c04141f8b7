/**
 * Every promo fixture, discovered: the shared seed page and the project's own under
 * tests/fixtures/promo. Each must keep every paragraph and required string, lose every promo
 * string, and report the expected metadata. Adding a fixture directory adds a test.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collapse, extractHtml } from '../helpers';

interface Expected {
  url?: string;
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  excerpt?: string;
  paragraphs: string[];
  mustContain?: string[];
  mustNotContain: string[];
}

const root = resolve(import.meta.dirname, '../../..');
const fixtureDirs = [resolve(root, '../shared/fixtures/promo'), resolve(root, 'tests/fixtures/promo')]
  .filter(existsSync)
  .flatMap((dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(dir, entry.name)),
  );

describe('promo fixtures', () => {
  it('finds the seed and at least 15 of our own', () => {
    expect(fixtureDirs.some((dir) => dir.endsWith('inkl-latin-times'))).toBe(true);
    expect(fixtureDirs.length).toBeGreaterThanOrEqual(16);
  });

  for (const dir of fixtureDirs) {
    const name = dir.split('/').pop()!;
    it(`${name}: every paragraph kept, no promo left, metadata right`, () => {
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      const result = extractHtml(readFileSync(join(dir, 'page.html'), 'utf8'), expected.url);
      expect(result.article, result.notice ?? '').not.toBeNull();
      const text = collapse(result.article!.text);
      for (const paragraph of [...expected.paragraphs, ...(expected.mustContain ?? [])])
        expect(text).toContain(collapse(paragraph));
      for (const promo of expected.mustNotContain) expect(text).not.toContain(collapse(promo));
      for (const key of ['title', 'byline', 'siteName', 'publishedTime', 'excerpt'] as const) {
        if (expected[key] !== undefined) expect(result.article![key], key).toBe(expected[key]);
      }
    });
  }
});
