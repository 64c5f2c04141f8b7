/**
 * Readability, as Lectern runs it: the stock class (without the rest of its package: the
 * package's index also bundles isProbablyReaderable, which Lectern does not use and the
 * content script would carry for nothing), with two kinds of change that give the same answers with less
 * work:
 * - four helpers Readability calls for every element of the page, each of which read the whole
 *   text under an element, <html> and <body> included, before asking the cheap question that
 *   usually settles it;
 * - its restore point for a retry, built only when a retry happens (see `_grabArticle`).
 *
 * Each override returns exactly what the stock method returns, for any tree: the helpers only
 * reorder pure reads, or stop reading once the answer is known.
 * `tests/unit/extract/readability-fast.test.ts` checks that the output is identical on Mozilla's
 * corpus, and that the stock methods are still the ones these were written against (a new
 * Readability version must be looked at again).
 */
import Stock from '@mozilla/readability/Readability.js';
import { replaceWithMarkup } from './dom';

/** The parts of Readability's instance the overrides read (not in its published types). */
interface Internals {
  REGEXPS: { byline: RegExp };
  DIV_TO_P_ELEMS: Set<string>;
  _doc: Document;
  _grabArticle(page?: Element | null): Element | null;
  _unwrapNoscriptImages(doc: Document): void;
  _removeScripts(doc: Document): void;
  _prepDocument(): void;
  _prepArticle(article: Element): void;
  _postProcessContent(article: Element): void;
  _articleTitle: string;
  _cleanStyles(article: Element): void;
  _fixLazyImages(article: Element): void;
  _clean(article: Element, tag: string): void;
  _cleanHeaders(article: Element): void;
  _replaceNodeTags(nodes: ArrayLike<Element>, tag: string): void;
}

/** What Readability's cleaning removes whatever the content: never article text. */
const NEVER_TEXT = [
  'object',
  'embed',
  'footer',
  'link',
  'aside',
  'iframe',
  'input',
  'textarea',
  'select',
  'button',
];
/** Readability's cleaning of a chosen article is kept when it leaves at least this share of the text. */
const KEPT_BY_CLEANING = 0.5;

const internals = (readability: object) => readability as unknown as Internals;
const stock = Stock.prototype as unknown as Internals;

type StockOptions<T> = NonNullable<ConstructorParameters<typeof Stock<T>>[1]>;

export interface LecternReadabilityOptions<T> extends StockOptions<T> {
  /**
   * Builds the page again as it was handed to Readability (a fresh clone, with whatever was done
   * to it before). Readability's restore point for a retry: see `_grabArticle`.
   */
  rebuild?: () => Document;
}

/**
 * The stock methods this class replaces outright (never calling them): the overlay's build leaves
 * their stock versions out (modules/readability-for-overlay/).
 */
export const REPLACED_STOCK_METHODS = [
  '_isValidByline',
  '_isElementWithoutContent',
  '_isProbablyVisible',
  '_hasChildBlockElement',
] as const;

/** What `_grabArticle` holds as the body's markup: a promise to rebuild it, not a copy. */
const RESTORE_POINT = '<!--lectern-->';

/** Whether any text under `element` is more than whitespace (`textContent.trim() !== ''`). */
function hasText(element: Element): boolean {
  let node: Node | null = element.firstChild;
  while (node) {
    // Text and CDATA are what textContent is made of; \S and trim() agree on what whitespace is.
    if ((node.nodeType === 3 || node.nodeType === 4) && /\S/.test(node.nodeValue ?? '')) return true;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    let up: Node = node;
    while (up !== element && !up.nextSibling) up = up.parentNode!;
    node = up === element ? null : up.nextSibling;
  }
  return false;
}

export class Readability<T = string> extends Stock<T> {
  private readonly rebuild: (() => Document) | null;
  /** The restore point's markup, built at the first retry of a `_grabArticle` and reused. */
  private restoreMarkup: string | undefined;
  /**
   * The element Readability took its byline from (it keeps only that element's `textContent`,
   * which glues "Carrie Arnold" to the "November 15, 2019" beside it): metadata/byline.ts reads
   * it again with its parts apart.
   */
  bylineElement: Element | null = null;

  constructor(doc: Document, options: LecternReadabilityOptions<T> = {}) {
    super(doc, options);
    this.rebuild = options.rebuild ?? null;
  }

  /**
   * Stock: first serialises the whole body, on every page, to restore it
   * when the article it finds is too short and it tries again with looser rules, which is rare.
   * Given `rebuild`, that restore point costs nothing until it is used: the body's markup reads
   * as a placeholder, and writing the placeholder back writes the markup of a page built again
   * and prepared as `parse()` prepared this one, which is the markup the stock one kept. It is
   * built once, and each further retry reuses it, as the stock one reuses its copy.
   */
  _grabArticle(page?: Element | null): Element | null {
    const body = internals(this)._doc.body;
    const rebuild = this.rebuild;
    if (page || !body || !rebuild) return stock._grabArticle.call(this, page);
    this.restoreMarkup = undefined;
    // The extension's build calls _replaceMarkup itself (modules/no-inner-html.ts); the stock
    // source (Node: the CLI, unit tests) assigns, and lands here.
    Object.defineProperty(body, 'innerHTML', {
      configurable: true,
      get: () => RESTORE_POINT,
      set: (markup: string) => this._replaceMarkup(body, markup),
    });
    try {
      return stock._grabArticle.call(this, page);
    } finally {
      delete (body as { innerHTML?: string }).innerHTML;
    }
  }

  /**
   * Where stock Readability assigns `innerHTML` (restoring the page for a retry, unwrapping a
   * noscript's picture), the extension's build calls this (modules/no-inner-html.ts): the markup
   * is parsed by a DOMParser in a document of its own (which runs and loads nothing), in body
   * context as the assignment parses it, and the nodes replace the element's children.
   */
  _replaceMarkup(element: Element, markup: string): void {
    if (markup === RESTORE_POINT && this.rebuild)
      markup = this.restoreMarkup ??= this.markupRebuilt(this.rebuild);
    replaceWithMarkup(element, markup);
  }

  /** The body's markup on the page built again and put through what `parse()` does before. */
  private markupRebuilt(rebuild: () => Document): string {
    const fresh = rebuild();
    const helper = internals(new Readability(fresh));
    helper._unwrapNoscriptImages(fresh);
    helper._removeScripts(fresh);
    helper._prepDocument();
    return fresh.body?.innerHTML ?? '';
  }

  /**
   * Cleans `article`, an element another candidate chose (candidates/), as Readability cleans the
   * article it finds itself: its conditional cleaning of forms, tables, lists and divs, headers,
   * share widgets, empty paragraphs; then its post-processing (URLs, nested wrappers). `title`: the
   * article's title, which a heading in it may repeat.
   */
  cleanChosenArticle(article: Element, title: string | null): void {
    const self = internals(this);
    self._articleTitle = title ?? '';
    const before = article.cloneNode(true) as Element;
    self._prepArticle(article);
    // Its conditional cleaning expects the page as its own search left it (text-only divs made
    // paragraphs); on another candidate it can judge the article's own text blocks as junk. Then
    // only what is never text goes.
    if ((article.textContent?.length ?? 0) < KEPT_BY_CLEANING * (before.textContent?.length ?? 0)) {
      article.replaceChildren(...Array.from(before.childNodes));
      self._cleanStyles(article);
      self._fixLazyImages(article);
      for (const tag of NEVER_TEXT) self._clean(article, tag);
      self._cleanHeaders(article);
      self._replaceNodeTags(article.getElementsByTagName('h1'), 'h2');
    }
    self._postProcessContent(article);
  }

  /** Stock: reads the element's whole text first, then whether it is marked as a byline. */
  _isValidByline(node: Element, matchString: string): boolean {
    const itemprop = node.getAttribute('itemprop');
    if (!(
      node.getAttribute('rel') === 'author' ||
      itemprop?.includes('author') ||
      internals(this).REGEXPS.byline.test(matchString)
    ))
      return false;
    const length = node.textContent!.trim().length;
    const valid = length > 0 && length < 100;
    // Stock asks only while it has no byline, and keeps the first element that answers yes.
    if (valid) this.bylineElement ??= node;
    return valid;
  }

  /** Stock: builds the whole text to see whether it is empty; here the first word answers. */
  _isElementWithoutContent(node: Element): boolean {
    if (node.nodeType !== 1 || hasText(node)) return false;
    const children = node.children.length;
    return (
      !children || children == node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length
    );
  }

  /** Stock: builds a style declaration for every element; one without a style attribute has none. */
  _isProbablyVisible(node: HTMLElement): boolean {
    if (node.hasAttribute('style') && node.style) {
      if (node.style.display == 'none' || node.style.visibility == 'hidden') return false;
    }
    return (
      !node.hasAttribute('hidden') &&
      (node.getAttribute('aria-hidden') != 'true' || !!node.className?.includes?.('fallback-image'))
    );
  }

  /** Stock: the same depth-first search, by recursion through every child node (text included). */
  _hasChildBlockElement(element: Element): boolean {
    const blocks = internals(this).DIV_TO_P_ELEMS;
    for (let node = element.firstElementChild; node;) {
      if (blocks.has(node.tagName)) return true;
      if (node.firstElementChild) {
        node = node.firstElementChild;
        continue;
      }
      while (node !== element && !node.nextElementSibling) node = node.parentElement!;
      node = node === element ? null : node.nextElementSibling;
    }
    return false;
  }
}
