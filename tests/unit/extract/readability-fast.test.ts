/**
 * Lectern's Readability (four helpers rewritten for speed, utils/extract/readability.ts) must
 * answer exactly as the stock one: same article, same metadata, on every page of Mozilla's
 * corpus and on trees made to reach each rewritten helper's corners.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Stock from '@mozilla/readability/Readability.js';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Readability, REPLACED_STOCK_METHODS } from '../../../utils/extract/readability';
import { prose } from '../helpers';

const corpus = resolve(import.meta.dirname, '../../../../shared/corpus/readability-pages');
const pages = readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const parse = (html: string) => parseHTML(html).document as unknown as Document;
/** Lectern's is given the page to rebuild from, as extract() gives it, for Readability's retries. */
const parseWith = (Parser: typeof Stock, html: string) =>
  Parser === Stock
    ? new Stock(parse(html)).parse()
    : new Readability(parse(html), { rebuild: () => parse(html) }).parse();

function expectSameAsStock(html: string) {
  const fast = parseWith(Readability, html);
  expect(fast).toEqual(parseWith(Stock, html));
  return fast;
}

describe("Lectern's Readability", () => {
  it('gives the stock answer on every page of the Readability corpus', () => {
    expect(pages.length).toBeGreaterThanOrEqual(100);
    const differ = pages.filter((name) => {
      const html = readFileSync(join(corpus, name, 'source.html'), 'utf8');
      return JSON.stringify(parseWith(Readability, html)) !== JSON.stringify(parseWith(Stock, html));
    });
    expect(differ).toEqual([]);
  }, 120_000);

  it('finds the same byline, whether marked by rel, itemprop or class, short or too long', () => {
    for (const mark of ['rel="author"', 'itemprop="author"', 'class="byline"']) {
      const article = expectSameAsStock(
        `<body><div ${mark}>By Ana Ruiz</div><article>${prose()}</article></body>`,
      );
      expect(article?.byline).toBe('By Ana Ruiz');
    }
    const long = expectSameAsStock(
      `<body><div class="byline">${'A very long credit line. '.repeat(8)}</div><article>${prose()}</article></body>`,
    );
    expect(long?.byline).toBeNull();
  });

  it('drops the same empty blocks: whitespace, line breaks and rules only, nested or not', () => {
    const empties = [
      '<div>   </div>',
      '<div><br><br></div>',
      '<section><hr></section>',
      '<div><span><br></span></div>',
      '<h2> \n </h2>',
    ];
    const kept = ['<div><img src="https://example.com/a.jpg"></div>', '<div><span> </span><b>x</b></div>'];
    const article = expectSameAsStock(
      `<body><article>${prose(2)}${[...empties, ...kept].join('<p>between</p>')}${prose(2)}</article></body>`,
    );
    expect(article?.content).toContain('a.jpg');
  });

  it('hides the same elements: inline styles, hidden, aria-hidden, and the fallback-image exception', () => {
    const article = expectSameAsStock(
      `<body><article>${prose(3)}
        <p style="display: none">Hidden by display.</p>
        <p style="visibility:hidden">Hidden by visibility.</p>
        <p style="color: red">Shown in red.</p>
        <p hidden>Hidden attribute.</p>
        <p aria-hidden="true">Hidden from readers.</p>
        <span aria-hidden="true" class="mwe-math-fallback-image-inline fallback-image">x²</span>
        ${prose(2)}</article></body>`,
    );
    expect(article?.textContent).toContain('Shown in red.');
    expect(article?.textContent).not.toContain('Hidden');
  });

  it('turns the same divs into paragraphs: block children deep inside or not at all', () => {
    expectSameAsStock(
      `<body><article>${prose(2)}
        <div>Just text, <em>inline</em> and <a href="/x">a link</a>.</div>
        <div><span><span><p>A paragraph deep inside.</p></span></span></div>
        <div>Text then <span>a <b>nested</b> <img src="https://example.com/b.jpg"></span></div>
        ${prose(2)}</article></body>`,
    );
  });

  it('rebuilds the page only when Readability retries, finding what the stock one finds', () => {
    const rebuilt: number[] = [];
    const readWith = (html: string) => {
      let builds = 0;
      const article = new Readability(parse(html), {
        rebuild: () => {
          builds++;
          return parse(html);
        },
      }).parse();
      rebuilt.push(builds);
      expect(article).toEqual(new Stock(parse(html)).parse());
      return article;
    };
    // A full article: found on the first attempt, nothing rebuilt.
    expect(readWith(`<body><article>${prose(4)}</article></body>`)?.textContent).toContain('Paragraph 4');
    // The only prose sits in a "comment" box: the first attempt strips it as unlikely, the
    // retry (on the rebuilt page) keeps it.
    const boxed = readWith(
      `<html><body><div class="comment"><p>${'Short words here, and more. '.repeat(40)}</p></div></body></html>`,
    );
    expect(boxed?.textContent).toContain('Short words here, and more.');
    // Too little text anywhere: every attempt fails; the page is built again once.
    readWith('<html><body><p>Just a line.</p></body></html>');
    expect(rebuilt).toEqual([0, 1, 1]);
  });

  it('lists as replaced exactly the stock methods it overrides without calling (the overlay drops those)', () => {
    const own = Readability.prototype as unknown as Record<string, unknown>;
    const overridden = Object.getOwnPropertyNames(Readability.prototype).filter(
      (name) => name !== 'constructor' && name in Stock.prototype,
    );
    const callsStock = (name: string) => /\b(?:stock|super)\b/.test(String(own[name]));
    expect(overridden.filter((name) => !callsStock(name)).sort()).toEqual([...REPLACED_STOCK_METHODS].sort());
    expect(overridden.filter(callsStock)).toEqual(['_grabArticle']);
  });

  it('overrides only stock methods it was written against (a new Readability must be looked at again)', () => {
    const sourceHash = (name: string) =>
      createHash('sha256')
        .update(String((Stock.prototype as unknown as Record<string, () => unknown>)[name]))
        .digest('hex')
        .slice(0, 16);
    expect({
      _isValidByline: sourceHash('_isValidByline'),
      _isElementWithoutContent: sourceHash('_isElementWithoutContent'),
      _isProbablyVisible: sourceHash('_isProbablyVisible'),
      _hasChildBlockElement: sourceHash('_hasChildBlockElement'),
      // The retry's restore point: the body's markup is read and written only in _grabArticle,
      // and parse() prepares the page with these three before it.
      _grabArticle: sourceHash('_grabArticle'),
      parse: sourceHash('parse'),
      _prepDocument: sourceHash('_prepDocument'),
    }).toEqual({
      _isValidByline: '9cf9dbce082290f6',
      _isElementWithoutContent: 'fd87e9b386b6e7ad',
      _isProbablyVisible: 'e9daf2ed0ba6a1c5',
      _hasChildBlockElement: 'cf7981226e68c7db',
      _grabArticle: '56a294c242749917',
      parse: 'd1a7ff3d24ee465f',
      _prepDocument: 'df9fc75a3d671dd6',
    });
  });
});
