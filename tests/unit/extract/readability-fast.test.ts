/**
 * Lectern's Readability (four helpers rewritten for speed, utils/extract/readability.ts) must
 * answer exactly as the stock one: same article, same metadata, on every page of Mozilla's
 * corpus and on trees made to reach each rewritten helper's corners.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Stock from '@mozilla/readability/Readability.js';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { Readability, REPLACED_STOCK_METHODS } from '../../../utils/extract/readability';
import { prose } from '../helpers';

const stockPath = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
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

  it('overrides, besides _grabArticle, exactly the stock methods it lists as replaced', () => {
    const overridden = Object.getOwnPropertyNames(Readability.prototype).filter(
      (name) => name !== 'constructor' && name in Stock.prototype,
    );
    expect(overridden.sort()).toEqual([...REPLACED_STOCK_METHODS, '_grabArticle'].sort());
  });

  it('never calls the stock methods it lists as replaced (the overlay drops those)', () => {
    const stock = Stock.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const spies = REPLACED_STOCK_METHODS.map((name) => vi.spyOn(stock, name));
    const grab = vi.spyOn(stock, '_grabArticle');
    try {
      for (const name of pages.slice(0, 20)) {
        const html = readFileSync(join(corpus, name, 'source.html'), 'utf8');
        parseWith(Readability, html);
      }
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
      // The one override that builds on the stock method does reach it.
      expect(grab).toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('runs on the Readability version its overrides were written against (a new one must be looked at again)', () => {
    const manifest = join(dirname(stockPath), 'package.json');
    expect(JSON.parse(readFileSync(manifest, 'utf8')).version).toBe('0.6.0');
  });
});
