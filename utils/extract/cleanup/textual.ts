import {
  BLOCK_TAGS,
  elementsByTag,
  hasAncestorTag,
  hasFormControls,
  holdsProse,
  inSentence,
  linkDensity,
  tagSet,
  textOf,
} from '../dom';
import type { RemovalLog } from './removal-log';
import { ASK_VERBS, TEXTUAL_RULES } from './textual-rules';
import type { TextualRule } from './textual-rule';

/** A block longer than this in a small box is kept unless its asks are a fifth of it (judgeBlock). */
const BOXED_PROSE_CHARS = 300;
/** Promo boxes are small: a wrapper holding more text than this is part of the article. */
const MAX_BOX_CHARS = 700;
/** Rules that ask the reader for something (as opposed to labels like "Share" or "5 min read"). */
const ASK_KINDS = new Set(['paywall', 'newsletter', 'donation', 'app-banner']);

interface Verdict {
  rule: TextualRule;
  /** Characters of the block's text the rule's phrase covers. */
  coverage: number;
}

/**
 * A block in a small wrapper of its own (not in the article's main flow of paragraphs). A list
 * item's wrapper is its list's parent: the list itself is part of whatever flow it sits in.
 */
function isBoxed(block: Element, root: Element): boolean {
  let parent = block.parentElement;
  if (block.tagName === 'LI' && parent && (parent.tagName === 'UL' || parent.tagName === 'OL'))
    parent = parent.parentElement;
  if (!parent || parent === root) return false;
  if (textOf(parent).length > MAX_BOX_CHARS) return false;
  const blockChildren = Array.from(parent.children).filter((child) => BLOCK_TAGS.has(child.tagName));
  return blockChildren.length <= 8;
}

const globalPatterns = new WeakMap<TextualRule, RegExp>();

/**
 * Characters of `text` the rule's phrases cover, every occurrence counted: a teaser is often
 * several asks in a row ("Sign up to read this article. Already a member? Sign in here.").
 */
function phraseCoverage(rule: TextualRule, text: string): number {
  let pattern = globalPatterns.get(rule);
  if (!pattern) {
    pattern = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'g');
    globalPatterns.set(rule, pattern);
  }
  let covered = 0;
  for (const match of text.matchAll(pattern)) covered += match[0].length || 1;
  return covered;
}

/** A sentence told to the reader: it opens with a verb of asking ("Sign up…", "Get the latest…"). */
const IMPERATIVE_ASK = new RegExp(`^${ASK_VERBS}`, 'iu');
/** A short question that leads into an ask: "Want more stories like this?", "Enjoying this article?". */
const LEAD_IN_QUESTION = /^[^.!?]{1,60}\?$/;
const SENTENCES = /[^.!?]+(?:[.!?]+|$)/g;
/** Asks are short; a long sentence that opens like one is prose ("Subscribe now, the council urged…"). */
const MAX_ASK_SENTENCE = 90;

/**
 * Characters of `text` in ask sentences: short sentences that open with a verb of asking and hold
 * one of the rule's phrases, each counted whole, with a short question right before one of them.
 * "Want more stories like this? Sign up for our newsletter." is all ask, though the phrase alone
 * is less than half of it; a sentence that only mentions a newsletter ("The briefing is delivered
 * to your inbox at 6 a.m., she said.") is not an ask.
 */
function askSentenceCoverage(rule: TextualRule, text: string): number {
  let covered = 0;
  let question = 0;
  for (const [raw] of text.matchAll(SENTENCES)) {
    const sentence = raw.trim();
    if (sentence.length <= MAX_ASK_SENTENCE && IMPERATIVE_ASK.test(sentence) && rule.pattern.test(sentence)) {
      covered += question + sentence.length;
      question = 0;
    } else {
      question = LEAD_IN_QUESTION.test(sentence) ? sentence.length : 0;
    }
  }
  return covered;
}

type RulesMatching = (text: string) => readonly TextualRule[];
const NONE: readonly TextualRule[] = [];

/**
 * The rules whose phrase a text holds (within their length limits), in order, each text matched
 * once per article: pages repeat their short lines ("Reply", "^", "Archived", a date) hundreds of
 * times, and most match nothing.
 */
function memoisedRulesMatching(): RulesMatching {
  const found = new Map<string, readonly TextualRule[]>();
  return (text) => {
    let rules = found.get(text);
    if (rules) return rules;
    let matching: TextualRule[] | null = null;
    for (const rule of TEXTUAL_RULES)
      if (text.length <= rule.maxChars && rule.pattern.test(text)) (matching ??= []).push(rule);
    found.set(text, (rules = matching ?? NONE));
    return rules;
  };
}

/** A link-dense block, or one holding a form control, is chrome's own line whatever its tag. */
const standsAlone = (block: Element, density: number) => density >= 0.3 || hasFormControls(block);

/**
 * Judges one whole block. A rule fires only on a short block, and only when the block stands
 * alone as chrome: the phrase is most of its text, or it opens the block (anchored rules), or the
 * block is link-dense, holds form controls, or sits in a small box apart from the article's flow.
 * A sentence inside a real paragraph is never enough. A block no rule matches may still be a
 * rail's label and its link ("<strong>À lire aussi</strong> <a>…</a>", see labelledLink).
 */
function judgeBlock(block: Element, root: Element, rulesMatching: RulesMatching): Verdict | null {
  const text = textOf(block);
  if (!text || text.length > 600) return null;
  // Measured only for a block some rule matches (most match none): a query and a text per link.
  let measured: number | null = null;
  const density = () => (measured ??= linkDensity(block, text));
  // A plain list item is a line of the article's own list (quoted prompts, a how-to), unless it
  // is a link, holds a control, or the list sits in a small box: even a whole label is kept.
  const item = block.tagName === 'LI';
  for (const rule of rulesMatching(text)) {
    // A caption that reads "Twitter" or "Instagram" is the photo's credit, not a share button;
    // a credit in a caption or a figure belongs to its picture.
    if (rule.kind === 'share' && (block.tagName === 'FIGCAPTION' || hasAncestorTag(block, CAPTIONS, root)))
      continue;
    if (rule.kind === 'credit' && (PICTURED.has(block.tagName) || hasAncestorTag(block, PICTURED, root)))
      continue;
    if (rule.anchored) {
      if (rule.id === 'inline-read-more' && density() < 0.3 && !block.querySelector('a, strong, b')) continue;
      if (item && !standsAlone(block, density()) && !isBoxed(block, root)) continue;
      return { rule, coverage: text.length };
    }
    const phrases = phraseCoverage(rule, text);
    const coverage = ASK_KINDS.has(rule.kind) ? Math.max(phrases, askSentenceCoverage(rule, text)) : phrases;
    const share = coverage / text.length;
    const mostlyPhrase = share >= 0.5 && !item;
    // In a small box, a short block is the box's line; a long one is a paragraph of the story
    // (a P.S. that thanks contributors and ends "Please consider supporting…") unless the asks
    // are a real part of it.
    const boxed = (text.length <= BOXED_PROSE_CHARS || share >= 0.2) && isBoxed(block, root);
    if (mostlyPhrase || standsAlone(block, density()) || boxed) return { rule, coverage };
  }
  return labelledLink(block, text, density);
}

const readMore = TEXTUAL_RULES.find((rule) => rule.id === 'inline-read-more')!;
const railHeading = TEXTUAL_RULES.find((rule) => rule.id === 'rail-heading')!;
const LABEL_TAGS = tagSet('strong', 'b', 'span', 'em');

/**
 * "<strong>À lire aussi</strong> <a>…</a>": a rail's label set in its own element, then a link,
 * with no colon between them (so the "Read more: …" rule cannot see where the label ends).
 */
function labelledLink(block: Element, text: string, density: () => number): Verdict | null {
  const label = block.firstElementChild;
  if (!label || !LABEL_TAGS.has(label.tagName) || text.length > readMore.maxChars) return null;
  const name = textOf(label);
  if (!text.startsWith(name) || !railHeading.pattern.test(name) || density() < 0.5) return null;
  return { rule: readMore, coverage: text.length };
}

const CANDIDATES = tagSet(
  'p',
  'div',
  'section',
  'aside',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'header',
  'footer',
  'button',
  'a',
  'span',
  'strong',
);
const INNER_BLOCKS = tagSet('p', 'div', 'section', 'li', 'h2', 'h3', 'h4');
const VERBATIM = tagSet('pre', 'code');
const INLINE = tagSet('span', 'a', 'strong');
const CAPTIONS = tagSet('figcaption');
const PICTURED = tagSet('figcaption', 'figure');

/** Every element with a block inside it, found in one pass up from each block (no query per candidate). */
function blockHolders(root: Element, elements: Element[]): Set<Element> {
  const holders = new Set<Element>();
  for (const block of elements) {
    if (!INNER_BLOCKS.has(block.tagName)) continue;
    for (
      let node = block.parentElement;
      node && node !== root && !holders.has(node);
      node = node.parentElement
    )
      holders.add(node);
  }
  return holders;
}

/** True for the smallest element that stands as a block of its own. */
function isLeafBlock(element: Element, holders: Set<Element>): boolean {
  if (element.tagName !== 'LI' && holders.has(element)) return false;
  if (INLINE.has(element.tagName)) {
    // Inline elements count only as the sole content of a container that is not itself a block,
    // and never inside a sentence ("Follow them on GitHub or <a><i>Twitter</i></a>.").
    const parent = element.parentElement;
    return !!parent && !BLOCK_TAGS.has(parent.tagName) && !inSentence(element);
  }
  return true;
}

/** Layer 2: remove short standalone blocks whose text is promo, and the small boxes they sit in. */
export function removeTextualChrome(root: Element, log: RemovalLog): void {
  const verdicts = new Map<Element, Verdict>();
  const elements = elementsByTag(root, CANDIDATES);
  const holders = blockHolders(root, elements);
  const rulesMatching = memoisedRulesMatching();
  for (const block of elements) {
    // Code is quoted verbatim: "::" or "Share" in a listing is never chrome.
    if (!isLeafBlock(block, holders) || hasAncestorTag(block, VERBATIM, root)) continue;
    const verdict = judgeBlock(block, root, rulesMatching);
    if (verdict) verdicts.set(block, verdict);
  }
  for (const [block, verdict] of verdicts) {
    if (!root.contains(block)) continue;
    const box = widenToBox(block, root, verdicts);
    const links = RAIL_HEADINGS.has(verdict.rule.id) ? railLinksAfter(box) : null;
    log.remove(box, verdict.rule.kind, `textual:${verdict.rule.id}`);
    if (links) log.remove(links, verdict.rule.kind, `textual:${verdict.rule.id}-links`);
  }
}

/** Rules for a rail's heading ("Most read", "See also"): the links under it go with it. */
const RAIL_HEADINGS = new Set(['rail-heading', 'media-rail-heading', 'rail-heading-more']);
const RAIL_BODIES = tagSet('ul', 'ol', 'div', 'section', 'aside', 'p');
const MAX_RAIL_CHARS = 800;

/** The block right after a rail heading when it is a short run of links (the rail itself). */
function railLinksAfter(heading: Element): Element | null {
  const next = heading.nextElementSibling;
  if (!next || !RAIL_BODIES.has(next.tagName)) return null;
  const text = textOf(next);
  if (!text || text.length > MAX_RAIL_CHARS) return null;
  return linkDensity(next, text) >= 0.6 ? next : null;
}

/**
 * Climbs from a promo block to the box around it (newsletter card, paywall panel) while that box
 * stays small and most of its text is promo, or it holds the sign-up form.
 */
function widenToBox(block: Element, root: Element, verdicts: Map<Element, Verdict>): Element {
  let target = block;
  for (let parent = block.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const text = textOf(parent);
    if (text.length > MAX_BOX_CHARS || parent.querySelector('h1, figure, table, pre')) break;
    if (parent.matches('article, main, body')) break;
    let promoChars = 0;
    let asks = 0;
    for (const [element, verdict] of verdicts) {
      if (!parent.contains(element)) continue;
      promoChars += Math.max(verdict.coverage, textOf(element).length * 0.8);
      if (ASK_KINDS.has(verdict.rule.kind)) asks++;
    }
    const share = promoChars / Math.max(1, text.length);
    // Two separate asks in one small box of short lines ("Sign up to discover…", "Try for $5/month")
    // make the whole box a pitch, even when its other lines ("Free", "No ads") match nothing.
    const pitch = asks >= 2 && !holdsProse(parent, 1);
    if (
      share >= 0.4 ||
      pitch ||
      (hasFormControls(parent) && share >= 0.08) ||
      linkDensity(parent, text) >= 0.6
    )
      target = parent;
    else break;
  }
  return target;
}
