/** The excerpt under a library row: the page's description, else the article's opening, never a dateline or a promo box. */
import { describe, expect, it } from 'vitest';
import { extractHtml, prose } from '../../helpers';

const OPENING =
  'A year after the ferry returned to the night timetable, commuters say the crossings are still too rare to rely on.';

describe('excerpt', () => {
  it("uses the page's description when it has one", () => {
    const html = `<html><head><meta name="description" content="Ferries, at night, again."></head><body><article><p>${OPENING}</p>${prose(5)}</article></body></html>`;
    expect(extractHtml(html).article!.excerpt).toBe('Ferries, at night, again.');
  });

  it('skips a dateline and a byline at the top for the first real paragraph', () => {
    const html = `<html><body><article><div><span>June 12, 2025 at 6:00 a.m. EDT</span></div><p>By Ana Ruiz</p><p>${OPENING}</p>${prose(5)}</article></body></html>`;
    expect(extractHtml(html).article!.excerpt).toBe(OPENING);
  });

  it('never shows promo the cleanup removed', () => {
    const html = `<html><body><article><p>Sign up to read this article. Already a member? Sign in here.</p><p>${OPENING}</p>${prose(5)}</article></body></html>`;
    const { article } = extractHtml(html);
    expect(article!.text).not.toContain('Sign up to read');
    expect(article!.excerpt).toBe(OPENING);
  });
});
