/** The copy extraction works on: the page as it is, less its scripts and style sheets. */
import { describe, expect, it } from 'vitest';
import { copyWithoutCode } from '../../../../utils/extract/prepare/copy';
import { parseDocument } from '../../../../scripts/node-dom';

const JSON_LD = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tides"}</script>';

/** The page's markup with its code taken out afterwards: what the copy must equal. */
function withoutCodeByRemoval(doc: Document): string {
  const clone = doc.cloneNode(true) as Document;
  for (const element of Array.from(clone.querySelectorAll('script, style'))) {
    if (!/ld\+json/i.test(element.getAttribute('type') ?? '')) element.remove();
  }
  return clone.documentElement.outerHTML;
}

describe('copyWithoutCode', () => {
  const page = `<!doctype html><html lang="de" dir="ltr"><head><title>Tides</title><style>p { color: red }</style>${JSON_LD}<script>track()</script><meta name="author" content="Ada Byron"><base href="https://example.com/news/"></head><body class="story"><script src="/app.js"></script><header><h1>Tides</h1><style>.x{}</style></header><article><p>The tide came in <script>ad()</script>at noon.</p><div><section><style>.deep{}</style><p>Deep text.</p><script type="application/ld+json">{"@type":"Person"}</script></section></div></article><noscript><img src="/real.jpg"></noscript><style>.late{}</style></body></html>`;

  it('leaves out scripts and styles at every depth', () => {
    const doc = parseDocument(page);
    const copy = copyWithoutCode(doc);
    expect(copy.querySelectorAll('style, script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(copy.body.textContent).toContain('The tide came in at noon.');
  });

  it('keeps JSON-LD and everything else, as removing the code from the page would', () => {
    const doc = parseDocument(page);
    const copy = copyWithoutCode(doc);
    expect(copy.documentElement.outerHTML).toBe(withoutCodeByRemoval(doc));
    expect(copy.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(2);
    expect(copy.title).toBe('Tides');
    expect(copy.documentElement.getAttribute('lang')).toBe('de');
    expect(copy.querySelector('meta[name="author"]')?.getAttribute('content')).toBe('Ada Byron');
  });

  it('leaves the page as it was', () => {
    const doc = parseDocument(page);
    const before = doc.documentElement.outerHTML;
    const copy = copyWithoutCode(doc);
    expect(copy).not.toBe(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    // The copy's nodes belong to the copy: changing it never touches the page.
    copy.querySelector('article')!.remove();
    expect(doc.querySelector('article')).not.toBeNull();
  });

  it('copies a body of very many children whole, and still without its code', () => {
    const paragraphs = Array.from(
      { length: 1_200 },
      (_, index) => `<p>Line ${index}</p><script>n(${index})</script>`,
    );
    const doc = parseDocument(
      `<html><head><style>p{}</style></head><body>${paragraphs.join('')}</body></html>`,
    );
    const copy = copyWithoutCode(doc);
    expect(copy.documentElement.outerHTML).toBe(withoutCodeByRemoval(doc));
    expect(copy.querySelectorAll('p')).toHaveLength(1_200);
    expect(copy.querySelectorAll('script, style')).toHaveLength(0);
  });
});
