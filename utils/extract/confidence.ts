/**
 * Is the extracted article probably truncated? It is when it holds less than about half of the
 * page's main prose: long, link-poor paragraphs outside the page's asides, navigation, footers,
 * teaser lists, comment threads and hidden text, which are prose but never the article's.
 */
import { linkDensity, textOf } from './dom';

/** Below this share of the page's main prose, the article is probably truncated. */
const LOW_CONFIDENCE_SHARE = 0.45;
/** Pages with less prose than this are too short to judge. */
const MIN_PROSE_CHARS = 600;
/** Regions whose paragraphs are not the article's, whatever their length. */
const NOT_MAIN =
  'aside, nav, footer, li, [hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i], [class*="comment" i], [id*="comment" i]';

/** A block of prose: long enough to be a paragraph of a story, and not mostly links. */
export function isProse(length: number, linkDensity: () => number): boolean {
  return length >= 80 && linkDensity() < 0.3;
}

/** Characters of prose in the page's main regions (read on the page itself, which nothing changes). */
function mainProseLength(doc: Document): number {
  let total = 0;
  for (const block of Array.from(doc.querySelectorAll('p, pre, blockquote'))) {
    const text = textOf(block);
    if (isProse(text.length, () => linkDensity(block, text)) && !block.closest(NOT_MAIN))
      total += text.length;
  }
  return total;
}

/**
 * The page's main prose, measured on first use and then remembered: both questions below may
 * ask it of the same extraction, and most extractions ask neither.
 */
export function mainProseOf(doc: Document): () => number {
  let length: number | undefined;
  return () => (length ??= mainProseLength(doc));
}

/**
 * Whether the page holds an article's worth of prose in its main regions (a few real
 * paragraphs), whatever Readability made of it.
 */
export function hasMainProse(mainProse: () => number): boolean {
  return mainProse() > MIN_PROSE_CHARS;
}

/**
 * `proseOnPage`: every long paragraph of the page, measured before Readability (an upper bound of
 * the main prose, and cheap). Only when the article is short of that is the main prose measured.
 */
export function looksTruncated(
  articleTextLength: number,
  proseOnPage: number,
  mainProse: () => number,
): boolean {
  const short = (prose: number) =>
    prose > MIN_PROSE_CHARS && articleTextLength < prose * LOW_CONFIDENCE_SHARE;
  return short(proseOnPage) && short(mainProse());
}
