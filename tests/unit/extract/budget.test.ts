/** Huge pages: extraction refuses or stops with a clear message instead of freezing the tab. */
import { describe, expect, it } from 'vitest';
import { extractHtml, prose } from '../helpers';

describe('extraction budget', () => {
  it('refuses a page with more text than any article, quickly, and says why', () => {
    const paragraph = `<p>${'The council said the pipes would be replaced over a decade. '.repeat(50)}</p>`;
    const html = `<html><body><article>${paragraph.repeat(1_100)}</article></body></html>`;
    const result = extractHtml(html);
    expect(result.article).toBeNull();
    expect(result.notice).toMatch(/too large to read here .*million characters/);
  });

  it('refuses a page with too many elements', () => {
    const result = extractHtml(
      `<html><body><article>${prose(5)}${'<span>x</span>'.repeat(2_000)}</article></body></html>`,
      undefined,
      { maxElements: 1_000 },
    );
    expect(result.notice).toMatch(/too large to read here \(2,0\d\d elements\)/);
  });

  it('gives up, saying so, when finding the article overruns the budget', () => {
    const result = extractHtml(`<html><body><article>${prose(8)}</article></body></html>`, undefined, {
      budgetMs: -1,
    });
    expect(result.article).toBeNull();
    expect(result.notice).toMatch(/gave up rather than freeze the tab/);
  });

  it('scripts and styles do not count as text', () => {
    const json = `<script type="application/json">${'x'.repeat(3_500_000)}</script>`;
    const result = extractHtml(
      `<html><body>${json}<article><h1>Pipes</h1>${prose(6)}</article></body></html>`,
    );
    expect(result.article?.text).toContain('regional water authority');
  });
});
