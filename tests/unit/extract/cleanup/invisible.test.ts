/** What the page hides never reaches the article; the page's metadata does, wherever it sits. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dropInvisible } from '../../../../utils/extract/cleanup/invisible';
import { extractHtml, prose } from '../../helpers';

const parse = (body: string) =>
  parseHTML(`<html><head></head><body>${body}</body></html>`).document as unknown as Document;

describe('dropInvisible', () => {
  it('drops what Readability would drop as invisible, and nothing else', () => {
    const doc = parse(`
      <div id="a" hidden>hidden attribute</div>
      <div id="b" aria-hidden="true">aria-hidden</div>
      <div id="c" style="color: red; display : none !important">display none</div>
      <div id="d" style="visibility:hidden">visibility hidden</div>
      <div id="d2" style="DISPLAY: NONE">display none, in capitals</div>
      <div id="d3" style="Visibility: Hidden">visibility hidden, capitalised</div>
      <div id="e" role="dialog" aria-modal="true">modal dialog</div>
      <div id="f" style="display: block">shown</div>
      <div id="g" aria-hidden="false">not hidden</div>
      <div id="h" role="dialog">a dialog that is not modal</div>
      <img id="i" class="mwe-math-fallback-image-inline" aria-hidden="true" alt="x squared">
      <div id="j" style="background: url(none.png)">a style that only mentions none</div>`);
    dropInvisible(doc);
    const left = Array.from(doc.querySelectorAll('[id]')).map((element) => element.id);
    expect(left).toEqual(['f', 'g', 'h', 'i', 'j']);
  });

  it('keeps a hidden element that holds the page metadata (JSON-LD, meta)', () => {
    const doc = parse(`
      <div id="ld" hidden><script type="application/ld+json">{"@type":"NewsArticle"}</script></div>
      <div id="meta" style="display:none"><meta itemprop="datePublished" content="2025-01-01"></div>
      <div id="plain" hidden><p>Gone</p></div>`);
    dropInvisible(doc);
    expect(doc.getElementById('ld')).not.toBeNull();
    expect(doc.getElementById('meta')).not.toBeNull();
    expect(doc.getElementById('plain')).toBeNull();
  });

  it('leaves the page itself alone even when it is hidden while scripts load', () => {
    const { document } = parseHTML(
      '<html style="display:none"><head></head><body hidden><p>Text</p></body></html>',
    );
    dropInvisible(document as unknown as Document);
    expect(document.body.textContent).toBe('Text');
  });
});

describe('extract() and hidden text', () => {
  const page = `<html><head><title>Pipes</title></head><body>
      <div hidden><script type="application/ld+json">{"@type":"NewsArticle","headline":"Valley pipes to be replaced","author":{"@type":"Person","name":"Ana Ruiz"}}</script></div>
      <article>${prose(5)}
        <p style="display:none">A hidden teaser paragraph about a different story entirely, which the page only shows after a click on a button the reader never saw.</p>
        <div aria-hidden="true">Screen-reader-hidden duplicate of the headline</div>
      </article></body></html>`;

  it('shows none of the hidden text', () => {
    const result = extractHtml(page);
    expect(result.article?.text).toContain('Paragraph 5 of the report');
    expect(result.article?.text).not.toContain('hidden teaser paragraph');
    expect(result.article?.text).not.toContain('Screen-reader-hidden');
  });

  it('still reads metadata inside hidden elements', () => {
    expect(extractHtml(page).article?.byline).toBe('Ana Ruiz');
  });
});
