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
import { removeStructuralChrome } from './structural';
import { removeTextualChrome } from './textual';

export interface Prepared {
  headings: ReturnType<typeof shieldSectionHeadings>;
  figures: ReturnType<typeof rememberFigures>;
}

/** Runs on the clone Readability is about to parse. */
export function prepareForReadability(clone: Document): Prepared {
  // One walk for all the pre-passes (a selector query per pass was a large share of their cost).
  const elements = Array.from(clone.querySelectorAll('*'));
  mathToText(elements);
  markFormControls(elements);
  return { headings: shieldSectionHeadings(elements), figures: rememberFigures(elements) };
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
