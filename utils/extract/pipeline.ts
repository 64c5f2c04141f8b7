/**
 * The order of the passes around Readability, in one place: extract() (index.ts) runs
 * `beforeReadability`, then Readability, then `afterReadability`, then the sanitiser.
 *
 * Before, on a copy of the page: code and what the reader never sees go, the text is measured
 * against the budget, the page's tricks are undone (clobbering names, a foreign `<base>`, lazy
 * images), the metadata is read, other stories are dropped, then formulas become text and what
 * Readability would destroy is marked or set aside (form controls, section headings, captioned
 * figures).
 * After, on Readability's article element: embeds become links, highlighted code is flattened,
 * what Readability's result says about the page is read (a form, an attribution), what was set
 * aside comes back, the three promo layers run (structural: names; textual: phrases, then inline
 * labels; positional: trailing rails, then a closing plea), then lists of other stories' headlines
 * inside the text and what repeats the header at the article's edges (a byline, a date, a read
 * count) go, and what the sanitiser would drop anyway.
 */
import { boundPage } from './bounds';
import { hasMoreTextThan, MAX_PROSE_CHARS } from './budget';
import { heldForm } from './article-check';
import { removeHeaderEchoes } from './cleanup/echoes/header-echo';
import { removeInlineLabels } from './cleanup/inline';
import { removeInlineRails } from './cleanup/inline-rails';
import { dropInvisible } from './cleanup/invisible';
import { dropOtherStories } from './cleanup/other-stories';
import { removeClosingAsks, removeTrailingRails } from './cleanup/positional';
import { RemovalLog, undoRemovals } from './cleanup/removal-log';
import { flattenHighlightedCode, slimForSanitiser } from './cleanup/slim';
import { removeStructuralChrome } from './cleanup/structural';
import { removeTextualChrome } from './cleanup/textual';
import { isProse } from './confidence';
import { allElements, TextMeasures } from './dom';
import { attributedOutlet } from './metadata/attribution';
import { visibleAuthors } from './metadata/byline';
import { readMetadata } from './metadata/metadata';
import { dropForeignBase } from './prepare/base';
import { neutraliseClobbering } from './prepare/clobbering';
import { copyWithoutCode } from './prepare/copy';
import { embedsToLinks } from './prepare/embeds';
import { type FigureCandidates, isCaption, restoreFigures, rememberFigures } from './prepare/figures';
import { restoreLazyImages } from './prepare/lazy-images';
import { isMathName, mathToText } from './prepare/math';
import {
  FORM_CONTROLS,
  markFormControls,
  restoreSectionHeadings,
  SECTION_HEADINGS,
  shieldSectionHeadings,
} from './prepare/pre-marks';

export interface Prepared {
  headings: ReturnType<typeof shieldSectionHeadings>;
  figures: ReturnType<typeof rememberFigures>;
  /** Characters of prose on the whole page: long, link-poor paragraphs, wherever they are. */
  proseOnPage: number;
}

/** A clone of the page made ready for Readability, and what was read off it on the way. */
export interface Ready {
  clone: Document;
  metadata: ReturnType<typeof readMetadata>;
  /** The byline shown on the page, when its metadata names no author. */
  authorsShown: string[];
  prepared: Prepared;
}

/** What the passes after Readability found out, besides cleaning the article in place. */
export interface Cleaned {
  /** The article held a form before the cleanup (article-check.ts). */
  hadForm: boolean;
  attributed: ReturnType<typeof attributedOutlet>;
  log: RemovalLog;
}

/** The promo layers, in the order they run: structural, textual, inline labels, positional. */
const PROMO_LAYERS = [
  removeStructuralChrome,
  removeTextualChrome,
  removeInlineLabels,
  removeTrailingRails,
  removeClosingAsks,
] as const;

const PROSE_BLOCKS = new Set(['P', 'PRE', 'BLOCKQUOTE']);

/** Below this share of an article's text (of at least MIN_TEXT_KEPT characters), the cleanup is undone. */
const KEPT_SHARE = 0.2;
const MIN_TEXT_KEPT = 1000;

function pageProseLength(blocks: Element[], measures: TextMeasures): number {
  let total = 0;
  for (const element of blocks) {
    const length = measures.text(element).length;
    if (isProse(length, () => measures.linkDensity(element))) total += length;
  }
  return total;
}

/** The passes that need the clone's elements by name, run on the clone Readability is about to parse. */
function prepareForReadability(clone: Document): Prepared {
  // One walk over the page's elements for all the pre-passes, each element's name read once:
  // every pass gets only the elements it looks at, in document order. (A selector list of their
  // tags, and one of caption classes, costs the browser a check per part per element.)
  const math: Element[] = [];
  const controls: Element[] = [];
  const headings: Element[] = [];
  const figures: FigureCandidates = { flow: [], captions: [] };
  const prose: Element[] = [];
  // The DOM's own live list of every element, read by index (cheaper than a tree walker).
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

/** A clone of `doc` made ready for Readability; null when its text is past the budget. */
export function beforeReadability(doc: Document, url: string): Ready | null {
  const clone = copyWithoutCode(doc);
  const hiding: Element[] = [];
  boundPage(clone, undefined, hiding);
  dropInvisible(clone, hiding);
  if (hasMoreTextThan(clone, MAX_PROSE_CHARS)) return null;
  neutraliseClobbering(clone);
  dropForeignBase(clone, url);
  restoreLazyImages(clone);
  const metadata = readMetadata(clone);
  dropOtherStories(clone, [metadata.title, clone.title]);
  // Before Readability, which removes the byline it finds from the page.
  const authorsShown = metadata.authors.length ? [] : visibleAuthors(clone);
  const prepared = prepareForReadability(clone);
  return { clone, metadata, authorsShown, prepared };
}

/**
 * Runs on Readability's article element, which it changes in place; `authors` are the names the
 * header will show (a line with only one of them is an echo); `cleanup: false` keeps the
 * promo (for comparison). Once `overBudget` says the extraction's time is spent, the promo layers
 * left are skipped: the article as cleaned so far is kept (promo may stay; no text is lost).
 */
export function afterReadability(
  root: Element,
  prepared: Prepared,
  url: string,
  cleanup = true,
  overBudget: () => boolean = () => false,
  authors: readonly string[] = [],
): Cleaned {
  embedsToLinks(root, url);
  flattenHighlightedCode(root);
  const hadForm = heldForm(root);
  const attributed = attributedOutlet(root);
  const log = new RemovalLog();
  restoreSectionHeadings(prepared.headings, root);
  restoreFigures(prepared.figures, root);
  if (cleanup) {
    const before = root.textContent?.length ?? 0;
    for (const layer of PROMO_LAYERS) {
      if (overBudget()) break;
      layer(root, log);
    }
    // Other stories' headlines listed inside the text; what the header shows, repeated at the edges.
    if (!overBudget()) removeInlineRails(root, log, url);
    if (!overBudget()) removeHeaderEchoes(root, log, authors);
    // Promo is a part of an article, never the whole of it: a cleanup that left next to nothing of
    // a real text (a live blog whose every entry is named "comment") is undone.
    const after = root.textContent?.length ?? 0;
    if (before >= MIN_TEXT_KEPT && after < KEPT_SHARE * before) undoRemovals(root, log);
  }
  slimForSanitiser(root);
  return { hadForm, attributed, log };
}
