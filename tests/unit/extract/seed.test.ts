/**
 * The seed page (an aggregator page full of promo chrome) through the very extract() the
 * content script runs: clean, complete, the original publisher as site name.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collapse, extractHtml } from '../helpers';

const dir = resolve(import.meta.dirname, '../../../../shared/fixtures/promo/inkl-latin-times');
const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8'));
const result = extractHtml(readFileSync(resolve(dir, 'page.html'), 'utf8'), expected.url);

describe('seed page (inkl carrying Latin Times)', () => {
  const article = result.article!;
  it('keeps every paragraph and the caption, in order', () => {
    const text = collapse(article.text);
    let position = -1;
    for (const paragraph of expected.paragraphs as string[]) {
      const found = text.indexOf(collapse(paragraph));
      expect(found).toBeGreaterThan(position);
      position = found;
    }
    expect(text).toContain(expected.leadImageCaption);
  });
  it('leaves no promo string', () => {
    for (const promo of expected.mustNotContain as string[]) expect(article.text).not.toContain(promo);
    for (const promo of expected.mustNotContain as string[]) expect(article.html).not.toContain(promo);
  });
  it('names the original publisher as the site', () => {
    expect(article.siteName).toBe('Latin Times');
  });
  it('reports the article metadata', () => {
    expect(article).toMatchObject({
      title: expected.title,
      byline: expected.byline,
      publishedTime: expected.publishedTime,
      lang: 'en',
    });
    expect(article.wordCount).toBeGreaterThan(200);
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(article.leadImage).toMatch(/^https:\/\//);
  });
  it('says what it removed, so it can be restored', () => {
    expect(result.removed.some((block) => block.preview.includes('Sign up to read this article'))).toBe(true);
    expect(article.html).toMatch(/data-lectern-removed="\d+"/);
  });
  it('puts a newline between blocks in the text', () => {
    expect(article.text.split('\n').length).toBeGreaterThanOrEqual(expected.paragraphs.length + 1);
  });
});
