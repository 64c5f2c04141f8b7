/**
 * Another article on the same page (infinite scroll) is left out; a page whose <h1>s are not
 * separate articles keeps every paragraph. (The promo fixture next-story-infinite-scroll is the
 * full-size case.)
 */
import { describe, expect, it } from 'vitest';
import { collapse, extractHtml } from '../../helpers';

const sentences = (topic: string, count: number) =>
  Array.from(
    { length: count },
    (_, index) =>
      `<p>Paragraph ${index + 1} about ${topic} describes what the council decided, who objected at the long evening meeting, and what residents of the valley should expect over the next several years of work.</p>`,
  ).join('\n');

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title><meta property="og:title" content="${title}"></head><body>${body}</body></html>`;

function textOf(html: string): string {
  const result = extractHtml(html);
  return collapse(result.article?.text);
}

describe('other stories on the page', () => {
  it('leaves out the next story appended below the one the title names', () => {
    const text = textOf(
      page(
        'Bridge repairs to close the river road | Valley News',
        `<main><article>
          <header><h1>Bridge repairs to close the river road</h1></header>
          <div class="body">${sentences('the bridge', 4)}</div>
          <div class="next-post"><h1>Library extends its opening hours</h1>${sentences('the library', 8)}</div>
        </article></main>`,
      ),
    );
    expect(text).toContain('Paragraph 4 about the bridge');
    expect(text).not.toContain('the library');
  });

  it('leaves out a story above it too, when the reader scrolled on and the title followed', () => {
    const text = textOf(
      page(
        'Library extends its opening hours',
        `<main>
          <article><h1>Bridge repairs to close the river road</h1>${sentences('the bridge', 8)}</article>
          <article><h1>Library extends its opening hours</h1>${sentences('the library', 4)}</article>
        </main>`,
      ),
    );
    expect(text).toContain('Paragraph 4 about the library');
    expect(text).not.toContain('the bridge');
  });

  it('keeps a body that uses <h1> for its subheads', () => {
    const text = textOf(
      page(
        'Bridge repairs to close the river road',
        `<article><h1>Bridge repairs to close the river road</h1>
          <div class="body">${sentences('the bridge', 3)}
            <h1>What drivers should do</h1>${sentences('the detour', 3)}
            <h1>When the road reopens</h1>${sentences('the reopening', 3)}
          </div></article>`,
      ),
    );
    for (const topic of ['the bridge', 'the detour', 'the reopening'])
      expect(text).toContain(`Paragraph 3 about ${topic}`);
  });

  it('changes nothing when the title names none of the headlines, or the page has one story', () => {
    const twoUnnamed = textOf(
      page(
        'Valley News',
        `<main><article><h1>Bridge repairs to close the river road</h1>${sentences('the bridge', 6)}</article>
          <article><h1>Library extends its opening hours</h1>${sentences('the library', 6)}</article></main>`,
      ),
    );
    expect(twoUnnamed).toContain('Paragraph 6 about the bridge');
    expect(twoUnnamed).toContain('Paragraph 6 about the library');
    const logoAndStory = textOf(
      page(
        'Bridge repairs to close the river road - Valley News',
        `<header><h1 class="logo">Valley News</h1></header>
         <article><h1>Bridge repairs to close the river road</h1>${sentences('the bridge', 5)}</article>`,
      ),
    );
    expect(logoAndStory).toContain('Paragraph 5 about the bridge');
  });
});
