/**
 * Figures Readability leaves behind.
 *
 * Readability keeps the block it scores highest and the siblings that look like more of it. A
 * lead photo that sits just before the article body (beside the headline, in the article header)
 * scores nothing and is lost with its caption; so is a captioned figure it judges too thin between
 * two paragraphs. Before Readability runs, each captioned figure is copied and placed between the
 * prose paragraphs around it; afterwards a lost figure goes back before the paragraph that followed
 * it, when that paragraph opens the extracted article (the lead figure) or when the paragraphs on
 * both sides of it were kept (a figure inside the body). The cleanup layers then judge it like
 * any other block, so an ad dressed as a figure is still removed.
 */
import { matchStructuralRule } from '../cleanup/structural';
import { linkDensity, TextMeasures, textOf } from '../dom';

interface Remembered {
  figure: Element;
  copy: Element | null;
  previous: Element | null;
  next: Element | null;
}

/** A caption: figcaption, or a short block named caption/credit/legend (BLOX, Arc, WordPress themes). */
const CAPTION_CLASS = /caption|credit|legend/i;
/** Tags a caption is written in; only these have their class read, not every element's. */
const CAPTION_NAMED = new Set(['DIV', 'SPAN', 'P', 'SMALL', 'CITE']);
/**
 * Every caption and a few more, as one short selector the DOM matches natively (a selector per
 * tag and word costs a check per part per element); isCaption then picks the
 * captions out of the few elements it finds.
 */
const CAPTION_CANDIDATES = 'figcaption, [class*="caption" i], [class*="credit" i], [class*="legend" i]';
/** True for a caption (see CAPTION_CLASS); reads the class of the few tags captions are written in. */
export const isCaption = (element: Element) =>
  element.tagName === 'FIGCAPTION' ||
  (CAPTION_NAMED.has(element.tagName) && CAPTION_CLASS.test(element.getAttribute('class') ?? ''));

/** The captions under `root`, in document order. */
function captionsIn(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(CAPTION_CANDIDATES)).filter(isCaption);
}
/** The lead photo is near the body; further than this many paragraphs in, it is not the lead. */
const LEAD_WITHIN = 2;

function isProse(paragraph: Element, measures: TextMeasures): boolean {
  return measures.text(paragraph).length >= 100 && measures.linkDensity(paragraph) < 0.3;
}

/** Elements up to four levels above a caption: where a figure's wrapper can be. Found in one pass. */
function captionHolders(elements: Element[]): Set<Element> {
  const holders = new Set<Element>();
  for (const caption of elements) {
    let node = caption.parentElement;
    for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) holders.add(node);
  }
  return holders;
}

/** An ad or promo dressed as a figure, by its own name or a near wrapper's ("ad-slot", "promo"). */
function namedChrome(figure: Element): boolean {
  let node: Element | null = figure;
  for (let depth = 0; node && depth < 3 && node.tagName !== 'BODY'; depth++, node = node.parentElement) {
    if (matchStructuralRule(node)) return true;
  }
  return false;
}

/** Characters of a photo's text that may sit outside its captions ("Enlarge this image", a number). */
const MAX_UNCAPTIONED_CHARS = 60;

/** Characters of the captions' text inside `holder` (a caption inside another counted once). */
function captionChars(holder: Element): number {
  const captions = captionsIn(holder);
  let chars = 0;
  for (const caption of captions) {
    if (!captions.some((outer) => outer !== caption && outer.contains(caption)))
      chars += textOf(caption).length;
  }
  return chars;
}

/** The captioned block around an image: its figure, or a small wrapper that also holds a caption. */
function figureAround(image: Element, holders: Set<Element>): Element | null {
  let node: Element | null = image.parentElement;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (node.tagName === 'BODY' || node.tagName === 'ARTICLE' || node.tagName === 'MAIN') return null;
    if (node.tagName === 'FIGURE' || holders.has(node)) {
      // A caption that is a link is a story card in a rail, not a photo of this story; text
      // outside the captions (a chart's axis labels, a widget's buttons) is not a photo's either.
      const text = textOf(node);
      const photo =
        text.length <= 400 &&
        node.querySelectorAll('img').length <= 2 &&
        linkDensity(node, text) < 0.5 &&
        text.length - captionChars(node) <= MAX_UNCAPTIONED_CHARS;
      return photo && !namedChrome(node) ? node : null;
    }
  }
  return null;
}

/** The page's elements rememberFigures looks at, each list in document order. */
export interface FigureCandidates {
  /** Paragraphs and images. */
  flow: Element[];
  /** The page's captions (captionsIn). */
  captions: Element[];
}

export function rememberFigures(
  { flow, captions }: FigureCandidates,
  measures = new TextMeasures(),
): Remembered[] {
  const remembered: Remembered[] = [];
  const pending: Remembered[] = [];
  const seen = new Set<Element>();
  let previous: Element | null = null;
  const holders = captionHolders(captions);
  for (const element of flow) {
    const open = pending[pending.length - 1];
    if (open?.figure.contains(element)) continue;
    if (element.tagName === 'IMG') {
      const figure = figureAround(element, holders);
      if (!figure || seen.has(figure) || !textOf(figure)) continue;
      seen.add(figure);
      // Copied once a paragraph follows it (a figure with none is never put back).
      const entry: Remembered = { figure, copy: null, previous, next: null };
      remembered.push(entry);
      pending.push(entry);
    } else if (isProse(element, measures)) {
      for (const entry of pending) {
        entry.next = element;
        entry.copy = entry.figure.cloneNode(true) as Element;
      }
      pending.length = 0;
      previous = element;
    }
  }
  return remembered;
}

function imageSources(root: Element): Set<string> {
  return new Set(Array.from(root.querySelectorAll('img')).map((image) => image.getAttribute('src') ?? ''));
}

/** Puts lost figures back before the paragraph that followed them (see the file comment). */
export function restoreFigures(remembered: Remembered[], root: Element): void {
  if (!remembered.length) return;
  const measures = new TextMeasures();
  const opening: Element[] = Array.from(root.querySelectorAll('p'))
    .filter((paragraph) => isProse(paragraph, measures))
    .slice(0, LEAD_WITHIN);
  const sources = imageSources(root);
  let leadPlaced = false;
  // Latest first, so that of several figures before the body only the nearest becomes the lead.
  for (const entry of [...remembered].reverse()) {
    const { figure, copy, previous, next } = entry;
    if (!next || !copy || root.contains(figure) || !root.contains(next)) continue;
    if (
      Array.from(copy.querySelectorAll('img')).some((image) => sources.has(image.getAttribute('src') ?? ''))
    )
      continue;
    const inBody = !!previous && root.contains(previous);
    const lead = !inBody && opening.includes(next) && !leadPlaced;
    if (!inBody && !lead) continue;
    if (lead) leadPlaced = true;
    next.before(copy);
  }
}
