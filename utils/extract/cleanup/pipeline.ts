/**
 * The order of the passes around Readability, in one place.
 *
 * Before: formulas become text, and what Readability would destroy is marked or set aside (form
 * controls, section headings, captioned figures). After: what was set aside comes back, then the
 * three promo layers run: structural (names), textual (phrases, then inline labels), positional
 * (trailing rails, then a closing plea).
 */
import { restoreFigures, rememberFigures } from '../figures';
import { mathToText } from '../math';
import { removeInlineLabels } from './inline';
import { removeClosingAsks, removeTrailingRails } from './positional';
import { markFormControls, restoreSectionHeadings, shieldSectionHeadings } from './pre-marks';
import type { RemovalLog } from './removal-log';
import { TextMeasures } from '../dom';
import { removeStructuralChrome } from './structural';
import { removeTextualChrome } from './textual';

export interface Prepared {
  headings: ReturnType<typeof shieldSectionHeadings>;
  figures: ReturnType<typeof rememberFigures>;
  /** Characters of prose on the whole page: long, link-poor paragraphs, wherever they are. */
  proseOnPage: number;
}

const PROSE_BLOCKS = new Set(['P', 'PRE', 'BLOCKQUOTE']);

function pageProseLength(elements: Element[], measures: TextMeasures): number {
  let total = 0;
  for (const element of elements) {
    if (!PROSE_BLOCKS.has(element.tagName)) continue;
    const length = measures.text(element).length;
    if (length >= 80 && measures.linkDensity(element) < 0.3) total += length;
  }
  return total;
}

/** Runs on the clone Readability is about to parse. */
export function prepareForReadability(clone: Document): Prepared {
  // One walk for all the pre-passes (a selector query per pass was a large share of their cost).
  const elements = Array.from(clone.querySelectorAll('*'));
  mathToText(elements);
  // After the formulas became text, nothing below changes any text: each paragraph is measured once.
  const measures = new TextMeasures();
  markFormControls(elements);
  return {
    headings: shieldSectionHeadings(elements, measures),
    figures: rememberFigures(elements, measures),
    proseOnPage: pageProseLength(elements, measures),
  };
}

/** Runs on Readability's article element; `cleanup: false` keeps the promo (for comparison). */
export function cleanArticle(root: Element, prepared: Prepared, log: RemovalLog, cleanup = true): void {
  restoreSectionHeadings(prepared.headings, root);
  restoreFigures(prepared.figures, root);
  if (!cleanup) return;
  removeStructuralChrome(root, log);
  removeTextualChrome(root, log);
  removeInlineLabels(root, log);
  removeTrailingRails(root, log);
  removeClosingAsks(root, log);
}
