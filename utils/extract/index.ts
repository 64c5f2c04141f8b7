/**
 * extract(document, url): the article on a page, cleaned of promo chrome and sanitised.
 *
 * Pure: works on a clone (Readability mutates what it is given), never touches the live page,
 * `browser.*` or the network. Runs in the content script, in Node (CLI, tests) and in an
 * offscreen document alike; only the sanitiser needs a real DOM (the browser's HTML Sanitizer
 * API, or DOMPurify on jsdom in Node: `options.sanitizer`).
 */
import type { ExtractResult } from '../article';
import { browserSanitizer, type Sanitizer } from '../sanitize';
import { afterReadability, beforeReadability } from './pipeline';
import { chooseExcerpt } from './metadata/excerpt';
import { toIsoDate } from './metadata/metadata';
import { resolveArticleMeta } from './metadata/article-meta';
import { authorNames, bylineTextApart, cleanByline } from './metadata/byline';
import { dateShown } from './metadata/shown-date';
import { blockText, countWords, readingMinutes } from './text';
import { fallbackRegion } from './fallback';
import { hasMainProse, looksTruncated, mainProseOf } from './confidence';
import { cleanLang, cleanText, LIMITS } from './metadata/metadata-clean';
import { isNotAnArticle } from './article-check';
import { removedBlocks } from './removed-blocks';
import { boundPage } from './bounds';
import { WatchedReadability } from './watchdog';
import { doubtful, otherArticleRoot } from './candidates/article-root';
import { declaredBodyText } from './candidates/declared';
import {
  DEFAULT_BUDGET_MS,
  DEFAULT_MAX_ELEMENTS,
  Deadline,
  PageTooComplex,
  MAX_PROSE_CHARS,
  tooLargeNotice,
} from './budget';

export interface ExtractOptions {
  /** Defaults to a sanitiser over the current global window (content script, extension page). */
  sanitizer?: Sanitizer;
  /** Pages with more elements than this are refused rather than frozen on (20 MB pages). */
  maxElements?: number;
  /** Past this many milliseconds after Readability, extraction stops and says so. */
  budgetMs?: number;
  /** Skip the cleanup layers: bare Readability + sanitising (for comparison and tests). */
  cleanup?: boolean;
}

export const NO_ARTICLE = 'No article found on this page.';

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function httpUrl(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export function extract(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const started = now();
  const sanitizer = options.sanitizer ?? browserSanitizer();
  const finish = (result: Omit<ExtractResult, 'ms'>): ExtractResult => ({ ...result, ms: now() - started });

  const gaveUp = (what: string) =>
    finish({
      article: null,
      removed: [],
      confidence: 'low',
      fallbackHtml: null,
      notice: tooLargeNotice(what),
    });
  // A live collection's length is counted without building a list of every element; linkedom
  // answers getElementsByTagName('*') with nothing, hence querySelectorAll then.
  const elementCount = doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length;
  if (elementCount > (options.maxElements ?? DEFAULT_MAX_ELEMENTS)) {
    return gaveUp(`${elementCount.toLocaleString('en')} elements`);
  }

  const ready = beforeReadability(doc, url);
  if (!ready) return gaveUp(`more than ${(MAX_PROSE_CHARS / 1e6).toFixed(0)} million characters of text`);
  const { clone, metadata, authorsShown } = ready;
  // Read before Readability, which removes every script: the copy keeps only the JSON-LD ones.
  const declaredBody = declaredBodyText(clone);

  const deadline = new Deadline(options.budgetMs ?? DEFAULT_BUDGET_MS, started);
  let parsed: ReturnType<WatchedReadability<Element>['parse']> = null;
  let bylineElement: Element | null = null;
  try {
    const readability = new WatchedReadability<Element>(clone, deadline, {
      keepClasses: true,
      serializer: (element) => element as Element,
      // Readability's restore point for a retry, built only if one happens (readability.ts): the
      // same page, made ready the same way, passes the same checks.
      rebuild: () => beforeReadability(doc, url)!.clone,
    });
    parsed = readability.parse();
    bylineElement = readability.bylineElement;
  } catch (error) {
    if (error instanceof PageTooComplex) return { ...gaveUp(''), notice: error.message };
    parsed = null;
  }

  const fallback = () => {
    // Past the budget, the page's whole main region is more work than the tab can spare.
    if (deadline.passed) return null;
    const region = fallbackRegion(doc);
    if (region) boundPage(region);
    return region ? sanitizer.cleanTree(region, url).html : null;
  };

  if (now() - started > (options.budgetMs ?? DEFAULT_BUDGET_MS)) {
    return gaveUp(`finding the article alone took ${((now() - started) / 1000).toFixed(1)} s`);
  }

  // Readability's pick, unless the evidence prefers another candidate (candidates/).
  let root = parsed?.content ?? null;
  let prepared = ready.prepared;
  const mainProse = mainProseOf(doc);
  const evidence = { root, proseOnPage: prepared.proseOnPage, mainProse, declaredBody };
  if (!deadline.passed && doubtful(evidence)) {
    try {
      const title = parsed?.title ?? metadata.title;
      const other = otherArticleRoot(evidence, title, () => beforeReadability(doc, url));
      if (other) {
        // Cleaned as Readability cleans its own pick, under the same deadline, when Readability
        // takes the copy at all (it refuses a document without a root element, as some pages
        // parse); the promo layers and the sanitiser clean it in any case.
        if (other.ready.clone.documentElement)
          new WatchedReadability(other.ready.clone, deadline, { keepClasses: true }).cleanChosenArticle(
            other.root,
            title,
          );
        root = other.root;
        prepared = other.ready.prepared;
      }
    } catch (error) {
      if (!(error instanceof PageTooComplex)) throw error;
    }
  }

  // Any text at all (a test, not the whole article's text collapsed into a new string).
  if (!root || !/\S/.test(root.textContent ?? '')) {
    const fallbackHtml = fallback();
    return finish({ article: null, removed: [], confidence: 'low', fallbackHtml, notice: NO_ARTICLE });
  }

  // Readability's byline is the text of the element it chose; read again with its parts apart.
  const bylineShown = bylineElement ? bylineTextApart(bylineElement) : parsed?.byline;
  const { hadForm, attributed, log } = afterReadability(
    root,
    prepared,
    url,
    options.cleanup !== false,
    () => deadline.passed,
    authorNames([...metadata.authors, ...authorsShown, cleanByline(bylineShown)]),
  );
  const { html, nodes } = sanitizer.cleanTree(root, url);
  const text = blockText(nodes);
  const wordCount = countWords(text);
  if (isNotAnArticle({ nodes, text, wordCount, pageHasProse: () => hasMainProse(mainProse) }, hadForm)) {
    // A sign-in form or a few links is not an article, whatever Readability made of it.
    return finish({
      article: null,
      removed: [],
      confidence: 'low',
      fallbackHtml: fallback(),
      notice: NO_ARTICLE,
    });
  }
  const removed = removedBlocks(log.entries, sanitizer, url);

  const { title, byline, siteName } = resolveArticleMeta(
    metadata,
    { ...(parsed ?? {}), byline: bylineShown },
    {
      attributed,
      visibleAuthors: authorsShown,
      url,
    },
  );
  const firstImage = nodes.querySelector('img')?.getAttribute('src');

  const lowConfidence = looksTruncated(text.length, prepared.proseOnPage, mainProse);
  return finish({
    article: {
      url,
      title: cleanText(title, LIMITS.title) ?? cleanText(url, LIMITS.title) ?? url,
      byline: cleanText(byline, LIMITS.byline),
      siteName: cleanText(siteName, LIMITS.siteName),
      publishedTime: toIsoDate(parsed?.publishedTime) ?? metadata.publishedTime ?? dateShown(bylineShown),
      lang: cleanLang(parsed?.lang) ?? cleanLang(metadata.lang),
      dir: parsed?.dir === 'rtl' || parsed?.dir === 'ltr' ? parsed.dir : null,
      excerpt: cleanText(chooseExcerpt(metadata.description, nodes), LIMITS.excerpt),
      leadImage: httpUrl(metadata.image, url) ?? httpUrl(firstImage, url),
      html,
      text,
      wordCount,
      readingMinutes: readingMinutes(wordCount),
    },
    removed,
    confidence: lowConfidence ? 'low' : 'high',
    fallbackHtml: lowConfidence ? fallback() : null,
    notice: lowConfidence
      ? 'This article may be incomplete: Lectern kept less than half of the text on the page.'
      : null,
  });
}
