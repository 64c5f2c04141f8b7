/**
 * Generated pathological pages: no script, nothing hostile to a sanitiser, only sheer shape
 * (nesting tens of thousands deep, megabyte attributes, class and srcset lists of tens of
 * thousands of tokens, flat floods of siblings, a giant table, a 10 MB text node). A page of this
 * kind kept the command-line extractor busy for more than five minutes (issue 21). Shared by the
 * unit tests (Node), the CLI test, the Chromium e2e spec and scripts/bench-pathological.ts.
 */

/** The article every page carries somewhere, so there is something real to find. */
export const ARTICLE_TITLE = 'The Valley Pipes Will Be Replaced Over a Decade';
export const ARTICLE_SENTENCE = 'regional water authority plans to replace ageing pipes';

function articleParagraphs(count = 6): string {
  return Array.from(
    { length: count },
    (_, index) =>
      `<p>Paragraph ${index + 1} of the report explains how the ${ARTICLE_SENTENCE} across the valley, a project that engineers say will take at least a decade and cost several hundred million to finish properly.</p>`,
  ).join('\n');
}

const article = () => `<article><h1>${ARTICLE_TITLE}</h1>${articleParagraphs()}</article>`;

function page(body: string, head = ''): string {
  return `<!doctype html><html><head><title>${ARTICLE_TITLE}</title>${head}</head><body>${body}</body></html>`;
}

function nested(depth: number, inner: string, tag = 'div'): string {
  return `<${tag}>`.repeat(depth) + inner + `</${tag}>`.repeat(depth);
}

const MB = 1_000_000;

function classList(tokens: number): string {
  return Array.from({ length: tokens }, (_, index) => `c${index}`).join(' ');
}

function srcset(candidates: number): string {
  return Array.from({ length: candidates }, (_, index) => `/img/p${index}.jpg ${index + 1}w`).join(', ');
}

/** Every family, one page each, built on demand (some are tens of megabytes). */
const PATHOLOGICAL_PAGES: Record<string, () => string> = {
  'nesting-5000': () => page(nested(5_000, article())),
  'nesting-20000': () => page(nested(20_000, article())),
  'nesting-50000': () => page(nested(50_000, article())),
  // Deep nesting of the tags Readability scores and rewrites (DIV_TO_P, its paragraph checks).
  'nesting-mixed-20000': () =>
    page(
      Array.from({ length: 20_000 }, (_, i) => ['<div>', '<section>', '<span>', '<p>'][i % 4]).join('') +
        article(),
    ),
  'attribute-1mb': () =>
    page(
      `<div title="${'x'.repeat(MB)}" data-blob="${'y '.repeat(MB / 2)}">${article()}</div>` +
        `<a href="https://news.example.com/${'z'.repeat(MB)}">more</a>`,
    ),
  'class-100000': () =>
    page(`<div class="${classList(100_000)}" id="${'i'.repeat(100_000)}">${article()}</div>`),
  'srcset-10000': () =>
    page(
      `<article><h1>${ARTICLE_TITLE}</h1><img src="/img/lead.jpg" srcset="${srcset(10_000)}" sizes="${'(min-width: 1px) 1px, '.repeat(5_000)}100vw">${articleParagraphs()}</article>`,
    ),
  'siblings-50000': () => page(`${article()}<div>${'<div><span>x</span></div>'.repeat(50_000)}</div>`),
  'table-2000x50': () =>
    page(`${article()}<table>${`<tr>${'<td>cell</td>'.repeat(50)}</tr>`.repeat(2_000)}</table>`),
  'text-10mb': () => page(`${article()}<div>${'word '.repeat(2 * MB)}</div>`),
  // All of the above at once, around real paragraphs.
  combined: () =>
    page(
      nested(
        20_000,
        `<div class="${classList(100_000)}" title="${'x'.repeat(MB)}">` +
          `<img src="/img/lead.jpg" srcset="${srcset(10_000)}">${article()}</div>` +
          `<div>${'<div><span>x</span></div>'.repeat(20_000)}</div>` +
          `<table>${`<tr>${'<td>cell</td>'.repeat(50)}</tr>`.repeat(500)}</table>` +
          `<div>${'word '.repeat(MB)}</div>`,
      ),
    ),
  // The same without the megabytes of text, which alone get the page refused at once.
  'combined-shapes': () =>
    page(
      nested(
        20_000,
        `<div class="${classList(100_000)}" title="${'x'.repeat(MB)}">` +
          `<img src="/img/lead.jpg" srcset="${srcset(10_000)}">${article()}</div>` +
          `<div>${'<div><span>x</span></div>'.repeat(20_000)}</div>` +
          `<table>${`<tr>${'<td>cell</td>'.repeat(50)}</tr>`.repeat(500)}</table>`,
      ),
    ),
};

export const PATHOLOGICAL_NAMES = Object.keys(PATHOLOGICAL_PAGES);

export function pathologicalPage(name: string): string {
  const make = PATHOLOGICAL_PAGES[name];
  if (!make) throw new Error(`no pathological page named ${name}`);
  return make();
}
