/**
 * Is what Readability found an article, or a sign-in form, a link list, nothing at all?
 *
 * Length alone is a poor judge: a two-paragraph note, a photo post or a short list is still an
 * article, and refusing it shows the reader nothing. What a non-article looks like is specific:
 * no text and no picture, or a short remainder that was a form (a sign-in page) or is mostly
 * links (a menu, a link hub).
 */
import { collapse, hasFormControls } from './dom';

/** Less text than this is "short"; only a short result is questioned at all. */
const MIN_ARTICLE_CHARS = 250;

export interface Found {
  /** The cleaned, sanitised article. */
  nodes: ParentNode;
  text: string;
  wordCount: number;
  /** Whether the page holds real prose in its main regions (hasMainProse), computed only when needed. */
  pageHasProse: () => boolean;
}

/** Measured before cleanup: whether the found block held (or had held) a form. */
export function heldForm(root: Element): boolean {
  return hasFormControls(root);
}

function linkedShare(nodes: ParentNode, textLength: number): number {
  let linked = 0;
  for (const link of Array.from(nodes.querySelectorAll('a'))) linked += collapse(link.textContent).length;
  return textLength ? linked / textLength : 0;
}

export function isNotAnArticle(found: Found, hadForm: boolean): boolean {
  const { nodes, text, wordCount } = found;
  if (!text.trim()) return !nodes.querySelector('img');
  const short = text.length < MIN_ARTICLE_CHARS || (wordCount < 80 && !found.pageHasProse());
  if (!short) return false;
  return hadForm || linkedShare(nodes, text.length) >= 0.5;
}
