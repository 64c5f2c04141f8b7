/**
 * Turning a fetched page (or a body carried by the export itself) into an article to save. Needs
 * a DOM: the Chrome offscreen document or the Firefox background page pass their own window;
 * tests pass jsdom. Everything stored comes out of extract() or the sanitiser.
 */
import type { Article, RemovedBlock } from '../article';
import { extract, NO_ARTICLE } from '../extract';
import { blockText, countWords, readingMinutes } from '../extract/text';
import type { Sanitizer } from '../sanitize';
import { markdownToHtml } from '../import/formats/omnivore-markdown';

export type ParseOutcome =
  { ok: true; article: Article; removed: RemovedBlock[] } | { ok: false; error: string };

export interface PageDom {
  parse(html: string): Document;
  sanitizer: Sanitizer;
}

/** A DOM over a browser window (offscreen document, Firefox background page, jsdom). */
export function windowDom(window: Window & typeof globalThis, sanitizer: Sanitizer): PageDom {
  const parser = new window.DOMParser();
  return { parse: (html) => parser.parseFromString(html, 'text/html'), sanitizer };
}

/** A fetched page: the article extract() finds on it, or why there is none. */
export function parseFetchedPage(dom: PageDom, html: string, url: string): ParseOutcome {
  let result;
  try {
    result = extract(dom.parse(html), url, { sanitizer: dom.sanitizer });
  } catch (error) {
    return { ok: false, error: `Lectern could not read this page (${(error as Error).message}).` };
  }
  if (!result.article) {
    const notice = result.notice ?? NO_ARTICLE;
    return { ok: false, error: notice === NO_ARTICLE ? 'No article found on this page.' : notice };
  }
  return { ok: true, article: result.article, removed: result.removed };
}

export interface CarriedBody {
  type: 'html' | 'markdown';
  text: string;
}

/**
 * A body the export carried (Omnivore): already the article, so it is sanitised as is rather than
 * run through Readability, which could cut a short or unusual one.
 */
export function parseCarriedBody(dom: PageDom, body: CarriedBody, url: string, title: string): ParseOutcome {
  const dirty = body.type === 'markdown' ? markdownToHtml(body.text) : body.text;
  const { html, nodes } = dom.sanitizer.clean(dirty, url);
  const text = blockText(nodes);
  if (!text.trim()) return { ok: false, error: 'The body in the export is empty.' };
  const wordCount = countWords(text);
  const firstImage = nodes.querySelector('img')?.getAttribute('src') ?? null;
  return {
    ok: true,
    removed: [],
    article: {
      url,
      title,
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: null,
      dir: null,
      excerpt: text.slice(0, 300).replace(/\s+/g, ' ').trim() || null,
      leadImage: firstImage && /^https?:/i.test(firstImage) ? firstImage : null,
      html,
      text,
      wordCount,
      readingMinutes: readingMinutes(wordCount),
    },
  };
}
