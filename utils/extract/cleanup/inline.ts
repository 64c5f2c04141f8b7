import { BLOCK_TAGS, elementsByTag, hasAncestorTag, inSentence, tagSet, textOf } from '../dom';
import type { RemovalLog } from './removal-log';
import { TEXTUAL_RULES } from './textual-rules';

/** Label and echo rules that also judge inline elements (their `inline` field says where). */
const INLINE_RULES = TEXTUAL_RULES.filter((rule) => rule.inline);
const UNTOUCHED = tagSet('pre', 'code', 'figcaption');
const EMPHASIS = tagSet('em', 'i', 'b', 'strong', 'a');
const INLINE_TAGS = tagSet('span', 'a', 'small', 'em', 'i', 'b', 'strong', 'time', 'label');
/** A block longer than this is prose: its inline words are never removed one by one. */
const MAX_CONTEXT_CHARS = 200;

function nearestBlock(element: Element, root: Element): Element {
  let node = element.parentElement;
  while (node && node !== root && !BLOCK_TAGS.has(node.tagName)) node = node.parentElement;
  return node ?? root;
}

/**
 * Layer 2b: inline labels, e.g. the "2 min read" or "Follow" span in a byline row, a bare "Sign in"
 * link, an "Advertisement" span. Only whole-label rules apply. A label marked 'apart' goes only
 * when it is set apart from any sentence in a short line; one marked 'anywhere' ("Advertisement")
 * is never part of a sentence, so it goes even from inside a paragraph.
 */
export function removeInlineLabels(root: Element, log: RemovalLog): void {
  const contextLength = new Map<Element, number>();
  for (const element of elementsByTag(root, INLINE_TAGS)) {
    const text = textOf(element);
    if (!text || text.length > 80) continue;
    const rule = INLINE_RULES.find(
      (candidate) => text.length <= candidate.maxChars && candidate.pattern.test(text),
    );
    // Code is verbatim, and a caption's "Twitter" or "Facebook" is the photo's credit.
    if (!rule || !root.contains(element) || hasAncestorTag(element, UNTOUCHED, root)) continue;
    const block = nearestBlock(element, root);
    let length = contextLength.get(block);
    if (length === undefined) contextLength.set(block, (length = textOf(block).length));
    // A label that is the whole block is the textual layer's to judge.
    if (length <= text.length + 1) continue;
    // Emphasis is how a sentence stresses a word ("the <em>advertisement</em> ran twice"): an
    // emphasised label must stand apart even when its rule would take it from anywhere.
    const anywhere = rule.inline === 'anywhere' && !EMPHASIS.has(element.tagName);
    if (!anywhere && (length > MAX_CONTEXT_CHARS || inSentence(element))) continue;
    log.remove(element, rule.kind, `inline:${rule.id}`);
  }
}
