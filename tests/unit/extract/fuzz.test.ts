/**
 * Properties of extract() on generated pages: it never throws, it never returns article text
 * that was not on the page (cleanup removes, it does not invent), and no picture on the local
 * network, no beacon and no 1×1 or hidden image reaches the article.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isLocalNetworkUrl } from '../../../utils/sanitize/private-hosts';
import { parseSrcset } from '../../../utils/sanitize/srcset';
import { BEACON_PICTURES, LOCAL_PICTURES } from '../../sanitize-fuzz';
import { extractHtml } from '../helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const word = fc.constantFrom(
  'water',
  'council',
  'pipes',
  'valley',
  'subscribe',
  'newsletter',
  'read',
  'more',
  'sign',
  'up',
  'related',
  'stories',
  'advertisement',
  'the',
  'said',
  'engineers',
  'budget',
  'share',
  'app',
  'Ñandú',
  'über',
  '東京',
  'مرحبا',
  '2025',
  '—',
  '&amp;',
  '&lt;b&gt;',
);
const sentence = fc.array(word, { minLength: 3, maxLength: 40 }).map((words) => words.join(' '));
const className = fc.constantFrom(
  '',
  'article-body',
  'paywall',
  'newsletter-box',
  'related',
  'share-bar',
  'ad-slot',
  'css-1x2y3z',
  'comments',
  'author-bio',
  'promo',
  'content',
);
const UNWANTED_PICTURES = [
  ...LOCAL_PICTURES,
  'http://10.0.0.1/p.jpg',
  'http://192.168.1.1/p.jpg',
  'http://[fd00::1]/p.jpg',
  'http://printer.local/p.jpg',
  ...BEACON_PICTURES,
];
const PICTURE_SHAPES = [
  '<img src="{url}">',
  '<img data-src="{url}" alt="x">',
  '<img srcset="{url} 2x">',
  '<img src="b.jpg" srcset="b.jpg 1x,{url} 2x">',
  '<img data-srcset="c.jpg 400w,{url} 800w">',
  '<picture><source srcset="{url}"><img src="d.jpg"></picture>',
  '<img src="e.jpg" width="1" height="1">',
  '<img src="f.jpg" style="opacity:0">',
];

const block = fc.oneof(
  sentence.map((text) => `<p>${text}</p>`),
  fc
    .tuple(className, sentence, sentence)
    .map(([cls, a, b]) => `<div class="${cls}"><p>${a}</p><p>${b}</p></div>`),
  fc.tuple(sentence, sentence).map(([a, b]) => `<ul><li><a href="/x">${a}</a></li><li>${b}</li></ul>`),
  sentence.map((text) => `<h2>${text.slice(0, 40)}</h2>`),
  fc
    .tuple(className, sentence)
    .map(([cls, text]) => `<aside class="${cls}"><a href="/y">${text}</a><button>Go</button></aside>`),
  fc.tuple(sentence).map(([text]) => `<figure><img src="a.jpg"><figcaption>${text}</figcaption></figure>`),
  // Pictures that must never reach the article: local network, beacons, 1×1 and hidden ones,
  // in src, lazy attributes, srcset (also glued on with a bare comma) and picture sources.
  fc
    .tuple(fc.constantFrom(...UNWANTED_PICTURES), fc.constantFrom(...PICTURE_SHAPES), sentence)
    .map(
      ([url, shape, text]) =>
        `<figure>${shape.replaceAll('{url}', url)}<figcaption>${text}</figcaption></figure>`,
    ),
);
const page = fc
  .tuple(sentence, fc.array(block, { minLength: 1, maxLength: 25 }))
  .map(
    ([title, blocks]) =>
      `<!doctype html><html><head><title>${title.slice(0, 60)}</title></head><body><article>${blocks.join('\n')}</article></body></html>`,
  );

/** Picture addresses in the article that must not be there (the fuzz page is public). */
function unwantedPictures(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const element of Array.from(document.querySelectorAll('img, source')) as Element[]) {
    if (/^[0-2](?:px)?$/.test(element.getAttribute('width') ?? '')) found.push('1×1');
    const src = element.getAttribute('src');
    const urls = [
      ...(src ? [src] : []),
      ...parseSrcset(element.getAttribute('srcset') ?? '').map((c) => c.url),
    ];
    for (const url of urls)
      if (
        !/^https?:/.test(url) ||
        isLocalNetworkUrl(url) ||
        BEACON_PICTURES.includes(url) ||
        /\/[ef]\.jpg$/.test(url)
      )
        found.push(url);
  }
  return found;
}

const tokens = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every text node's words: block boundaries separate words even where the markup has no space. */
function pageTokens(html: string): Set<string> {
  const found = new Set<string>();
  const walk = (node: Node) => {
    if (node.nodeType === 3) for (const token of tokens(node.nodeValue ?? '')) found.add(token);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(parseHTML(html).document.documentElement as unknown as Node);
  return found;
}

// Hundreds of generated cases: minutes on a loaded 2-core machine, not the default 30 s.
describe('extractor fuzzing', { timeout: 180_000 }, () => {
  it('returns only text that was on the page', () => {
    fc.assert(
      fc.property(page, (html) => {
        const result = extractHtml(html);
        const onPage = pageTokens(html);
        for (const token of tokens(result.article?.text ?? '')) expect(onPage.has(token), token).toBe(true);
        expect(unwantedPictures(result.article?.html ?? '')).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('on arbitrary markup soup, returns an article of its words or a notice saying why not', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (soup) => {
        const html = `<html><body>${soup}</body></html>`;
        const result = extractHtml(html);
        if (!result.article) {
          expect(result.notice).toMatch(/\w/);
          return;
        }
        const onPage = pageTokens(html);
        for (const token of tokens(result.article.text)) expect(onPage.has(token), token).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
