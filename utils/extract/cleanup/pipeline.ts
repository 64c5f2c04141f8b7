/**
 * The order of the passes around Readability, in one place.
 *
 * Before: formulas become text, and what Readability would destroy is marked or set aside (form
 * controls, section headings, captioned figures). After: what was set aside comes back, then the
 * three promo layers run: structural (names), textual (phrases, then inline labels), positional
 * (trailing rails, then a closing plea).
 */
import { type FigureCandidates, isCaption, restoreFigures, rememberFigures } from '../figures';
import { isMathName, mathToText } from '../math';
import { removeInlineLabels } from './inline';
import { removeClosingAsks, removeTrailingRails } from './positional';
import {
  FORM_CONTROLS,
  markFormControls,
  restoreSectionHeadings,
  SECTION_HEADINGS,
  shieldSectionHeadings,
} from './pre-marks';
import type { RemovalLog } from './removal-log';
import { isProse } from '../confidence';
import { allElements, TextMeasures } from '../dom';
import { removeStructuralChrome } from './structural';
import { removeTextualChrome } from './textual';

export interface Prepared {
  headings: ReturnType<typeof shieldSectionHeadings>;
  figures: ReturnType<typeof rememberFigures>;
  /** Characters of prose on the whole page: long, link-poor paragraphs, wherever they are. */
  proseOnPage: number;
}

const PROSE_BLOCKS = new Set(['P', 'PRE', 'BLOCKQUOTE']);

function pageProseLength(blocks: Element[], measures: TextMeasures): number {
  let total = 0;
  for (const element of blocks) {
    const length = measures.text(element).length;
    if (isProse(length, () => measures.linkDensity(element))) total += length;
  }
  return total;
}

/** Runs on the clone Readability is about to parse. */
export function prepareForReadability(clone: Document): Prepared {
  // One walk over the page's elements for all the pre-passes, each element's name read once:
  // every pass gets only the elements it looks at, in document order. (A selector list of their
  // 17 tags, and one of caption classes, cost the browser several times more than this loop.)
  const math: Element[] = [];
  const controls: Element[] = [];
  const headings: Element[] = [];
  const figures: FigureCandidates = { flow: [], captions: [] };
  const prose: Element[] = [];
  // The DOM's own live list of every element, read by index (a tree walker cost a quarter more).
  const all = allElements(clone);
  for (let index = 0; index < all.length; index++) {
    const element = all[index]!;
    const tag = element.tagName;
    if (isMathName(tag)) math.push(element);
    else if (FORM_CONTROLS.has(tag)) controls.push(element);
    else if (SECTION_HEADINGS.has(tag)) headings.push(element);
    else if (tag === 'IMG') figures.flow.push(element);
    else if (PROSE_BLOCKS.has(tag)) {
      prose.push(element);
      if (tag === 'P') figures.flow.push(element);
    }
    if (isCaption(element)) figures.captions.push(element);
  }
  mathToText(math);
  // After the formulas became text, nothing below changes any text: each paragraph is measured once.
  const measures = new TextMeasures();
  markFormControls(controls);
  return {
    headings: shieldSectionHeadings(headings, measures),
    figures: rememberFigures(figures, measures),
    proseOnPage: pageProseLength(prose, measures),
  };
}

/**
 * Runs on Readability's article element; `cleanup: false` keeps the promo (for comparison). Once
 * `overBudget` says the extraction's time is spent, the remaining layers are skipped: the article
 * as cleaned so far is kept (promo may stay; nothing of the article is lost).
 */
export function cleanArticle(
  root: Element,
  prepared: Prepared,
  log: RemovalLog,
  cleanup = true,
  overBudget: () => boolean = () => false,
): void {
  restoreSectionHeadings(prepared.headings, root);
  restoreFigures(prepared.figures, root);
  if (!cleanup) return;
  for (const layer of [
    removeStructuralChrome,
    removeTextualChrome,
    removeInlineLabels,
    removeTrailingRails,
    removeClosingAsks,
  ]) {
    if (overBudget()) return;
    layer(root, log);
  }
}
