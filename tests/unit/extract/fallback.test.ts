/**
 * When Readability finds nothing, or keeps too little of the page's prose, the result says so and
 * carries the fallback: the page's main region, sanitised, without its navigation and furniture.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract, NO_ARTICLE } from '../../../utils/extract';
import { createDomPurifySanitizer as createSanitizer } from '../../../utils/sanitize/dompurify';
import { collapse, extractHtml, prose } from '../helpers';
import { fallbackRegion } from '../../../utils/extract/fallback';

const URL = 'https://news.example.com/2025/story';

/** Extraction in one jsdom window, sanitiser included: the tree path a browser takes. */
function extractSameRealm(html: string) {
  const { window } = new JSDOM(html, { url: URL });
  return extract(window.document, URL, { sanitizer: createSanitizer(window as unknown as Window) });
}

const continued = (index: number) =>
  `<p>Part ${index} of the story goes on: residents along the north shore told the inquiry that the pipes under their streets burst twice last winter, and that a decade-long plan sounds far too slow for the people who pay the bills.</p>`;

/**
 * A story whose second half sits in a container named like page furniture ("extra" for
 * Readability, "widget" for the other candidates): the article comes out truncated, and the
 * fallback holds all of it. (Named "extra" alone, the candidates recover the whole story:
 * candidates/choice.test.ts.)
 */
const SPLIT_STORY = `<!doctype html><html><body>
  <nav><a href="/">Home</a><a href="/world">World</a></nav>
  <main>
    <article><h1>Pipes</h1>
      <div class="story-body">${prose(3)}</div>
      <div class="story-extra widget-area" onclick="steal()">${[1, 2, 3, 4, 5, 6, 7, 8].map(continued).join('')}
        <script>steal()</script><img src="x.png" onerror="steal()">
      </div>
    </article>
  </main>
  <footer>Copyright the Valley Times</footer>
</body></html>`;

const comment = (index: number) =>
  `<p>Reader comment ${index}: I have lived in the valley for thirty years and the pipes under our street burst twice last winter, so a decade-long plan sounds far too slow for the people who pay the bills.</p>`;

/** A complete short story on a page with much more prose that is not the article's. */
const STORY_AMONG_OTHER_PROSE = `<!doctype html><html><body><main>
  <article><h1>Pipes</h1>${prose(3)}</article>
  <section class="comments">${[1, 2, 3, 4].map(comment).join('')}</section>
  <aside>${[5, 6].map(comment).join('')}</aside>
  <ul class="stream">${[7, 8].map((index) => `<li>${comment(index)}</li>`).join('')}</ul>
  <div style="display: none">${[9, 10].map(comment).join('')}</div>
</main></body></html>`;

/** No article at all: a directory of short links. */
const SECTIONS = [
  'World',
  'Business',
  'Sport',
  'Weather',
  'Arts',
  'Letters',
  'Puzzles',
  'Obituaries',
  'Travel',
];
const DIRECTORY = `<!doctype html><html><body>
  <header>Valley Times</header>
  <main><h1>Sections</h1><ul>${SECTIONS.map(
    (name) => `<li><a href="/${name.toLowerCase()}">${name}: news and analysis</a></li>`,
  ).join('')}</ul></main>
</body></html>`;

describe.each([
  ['linkedom (command line)', extractHtml],
  ['one window (browser)', extractSameRealm],
])('fallback, %s', (_name, run) => {
  it('says a story split across regions may be incomplete', () => {
    const result = run(SPLIT_STORY);
    expect(result.confidence).toBe('low');
    expect(result.notice).toMatch(/may be incomplete/);
    expect(collapse(result.article!.text)).toContain('Paragraph 3 of the report');
    expect(collapse(result.article!.text)).not.toContain('Part 8 of the story');
  });

  it('offers the whole main region of a story it may have cut short, sanitised', () => {
    const fallback = run(SPLIT_STORY).fallbackHtml!;
    expect(fallback).toContain('Paragraph 1 of the report');
    expect(fallback).toContain('Part 8 of the story');
    expect(fallback).not.toMatch(/steal|onerror|onclick|<script/);
    expect(fallback).not.toContain('Copyright the Valley Times');
    expect(fallback).not.toContain('href="/world"');
  });

  it('does not call a story incomplete for the comments, asides, teaser lists and hidden text around it', () => {
    const result = run(STORY_AMONG_OTHER_PROSE);
    expect(collapse(result.article!.text)).toContain('Paragraph 3 of the report');
    expect(collapse(result.article!.text)).not.toContain('Reader comment');
    expect(result.confidence).toBe('high');
    expect(result.notice).toBeNull();
    expect(result.fallbackHtml).toBeNull();
  });

  it('says a directory page holds no article', () => {
    const result = run(DIRECTORY);
    expect(result.article).toBeNull();
    expect(result.notice).toBe(NO_ARTICLE);
  });

  it('offers the main region of a page without an article', () => {
    const result = run(DIRECTORY);
    expect(result.fallbackHtml).toContain('Obituaries: news and analysis');
    expect(result.fallbackHtml).not.toContain('Valley Times');
  });

  it('offers no fallback for a complete article', () => {
    const result = run(
      `<!doctype html><html><body><main><article><h1>Pipes</h1>${prose(8)}</article></main></body></html>`,
    );
    expect(result.confidence).toBe('high');
    expect(result.fallbackHtml).toBeNull();
    expect(result.notice).toBeNull();
  });
});

describe('the fallback region is copied out of the live page', () => {
  /*
   * The bug: the region was copied with the page's own document (`doc.createElement` and
   * `cloneNode`), making live nodes: in a browser an <img> made by a live document starts
   * loading at once, attached or not, so opening the reader on a page requested its pictures
   * (and any tracker among them) again, before the sanitiser had seen them.
   */
  it('into an inert document, with nothing of the page changed', () => {
    const { window } = new JSDOM(
      `<!doctype html><html><body><main>${prose(3)}<img src="https://tracker.example/p.gif" width="1" height="1"></main></body></html>`,
      { url: URL },
    );
    const before = window.document.body.innerHTML;
    const region = fallbackRegion(window.document);
    expect(region).not.toBeNull();
    expect(region!.ownerDocument).not.toBe(window.document);
    expect(region!.ownerDocument.defaultView).toBeNull();
    expect(region!.querySelector('img')?.ownerDocument.defaultView).toBeNull();
    expect(window.document.body.innerHTML).toBe(before);
  });
});
