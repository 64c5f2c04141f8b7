import { BLOCK_TAGS, hasFormControls, linkDensity, textOf } from '../dom';
import type { RemovalLog } from './removal-log';
import { TEXTUAL_RULES, type TextualRule } from './textual-rules';

/** Promo boxes are small: a wrapper holding more text than this is part of the article. */
const MAX_BOX_CHARS = 700;

interface Verdict {
  rule: TextualRule;
  /** Characters of the block's text the rule's phrase covers. */
  coverage: number;
}

/** A block in a small wrapper of its own (not in the article's main flow of paragraphs). */
function isBoxed(block: Element, root: Element): boolean {
  const parent = block.parentElement;
  if (!parent || parent === root) return false;
  if (textOf(parent).length > MAX_BOX_CHARS) return false;
  const blockChildren = Array.from(parent.children).filter((child) => BLOCK_TAGS.has(child.tagName));
  return blockChildren.length <= 8;
}

/**
 * Judges one whole block. A rule fires only on a short block, and only when the block stands
 * alone as chrome: the phrase is most of its text, or it opens the block (anchored rules), or the
 * block is link-dense, holds form controls, or sits in a small box apart from the article's flow.
 * A sentence inside a real paragraph is never enough.
 */
export function judgeBlock(block: Element, root: Element): Verdict | null {
  const text = textOf(block);
  if (!text || text.length > 600) return null;
  const density = linkDensity(block, text);
  for (const rule of TEXTUAL_RULES) {
    if (text.length > rule.maxChars) continue;
    const match = rule.pattern.exec(text);
    if (!match) continue;
    if (rule.anchored) {
      if (rule.id === 'inline-read-more' && density < 0.3 && !block.querySelector('a, strong, b')) continue;
      return { rule, coverage: text.length };
    }
    const coverage = match[0].length;
    const standsAlone = density >= 0.3 || hasFormControls(block) || coverage / text.length >= 0.5;
    if (standsAlone || isBoxed(block, root)) return { rule, coverage };
  }
  return null;
}

const CANDIDATES = 'p, div, section, aside, li, h1, h2, h3, h4, h5, h6, figcaption, header, footer, button, a, span, strong';

/** True for the smallest element that stands as a block of its own. */
function isLeafBlock(element: Element): boolean {
  if (element.tagName !== 'LI' && element.querySelector('p, div, section, li, h2, h3, h4')) return false;
  if (['SPAN', 'A', 'STRONG'].includes(element.tagName)) {
    // Inline elements count only as the sole content of a container that is not itself a block.
    const parent = element.parentElement;
    return !!parent && !BLOCK_TAGS.has(parent.tagName);
  }
  return true;
}

/** Layer 2: remove short standalone blocks whose text is promo, and the small boxes they sit in. */
export function removeTextualChrome(root: Element, log: RemovalLog): void {
  const verdicts = new Map<Element, Verdict>();
  for (const block of Array.from(root.querySelectorAll(CANDIDATES))) {
    if (!isLeafBlock(block)) continue;
    const verdict = judgeBlock(block, root);
    if (verdict) verdicts.set(block, verdict);
  }
  for (const [block, verdict] of verdicts) {
    if (!root.contains(block)) continue;
    log.remove(widenToBox(block, root, verdicts), verdict.rule.kind, `textual:${verdict.rule.id}`);
  }
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
    for (const [element, verdict] of verdicts) {
      if (parent.contains(element)) promoChars += Math.max(verdict.coverage, textOf(element).length * 0.8);
    }
    const share = promoChars / Math.max(1, text.length);
    if (share >= 0.4 || (hasFormControls(parent) && share >= 0.15) || linkDensity(parent, text) >= 0.6) target = parent;
    else break;
  }
  return target;
}
