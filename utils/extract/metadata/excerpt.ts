/**
 * The excerpt a library row shows under the title: the page's own description when it has one,
 * otherwise the first paragraph of the cleaned article that reads as prose. Readability's own
 * fallback, the first paragraph of its article before our cleanup, is often a dateline
 * ("June 12, 2025 at 6:00 a.m. EDT"), a byline or a promo box the cleanup then removed.
 */
import { collapse } from '../dom';

/** Shorter than this, a paragraph is a dateline, a byline or a label, not an opening. */
const MIN_OPENING_CHARS = 80;

const PARAGRAPHS = 'p, blockquote';

function openingParagraph(article: ParentNode): string | null {
  let fallback: string | null = null;
  for (const paragraph of Array.from(article.querySelectorAll(PARAGRAPHS))) {
    if (paragraph.closest('figcaption, aside, table')) continue;
    const text = collapse(paragraph.textContent);
    if (!text) continue;
    if (text.length >= MIN_OPENING_CHARS && /[.!?…。」"”»]/u.test(text)) return text;
    fallback ??= text.length >= MIN_OPENING_CHARS ? text : null;
  }
  return fallback;
}

export function chooseExcerpt(description: string | null, article: ParentNode): string | null {
  return description ?? openingParagraph(article);
}
