import { BLOCK_TAGS, elementsByTag, linkDensity, tagSet, textOf } from '../dom';
import type { RemovalLog } from './removal-log';
import { ASK_VERBS, TEXTUAL_RULES } from './textual-rules';

const railHeading = TEXTUAL_RULES.find((rule) => rule.id === 'rail-heading')!;
/** What a post's closing plea asks for: subscribe, sign up, donate, install. */
const ASKS = TEXTUAL_RULES.filter(
  (rule) => !rule.anchored && ['paywall', 'newsletter', 'donation', 'app-banner'].includes(rule.kind),
);
/** A closing plea is short; a longer last paragraph is the article's own ending. */
const MAX_ASK_CHARS = 300;
/**
 * A plea speaks to the reader ("If you enjoy…", "Thanks for reading", a sentence that opens
 * "Subscribe…"); a news story's last paragraph about memberships talks about readers in the third
 * person and stays.
 */
const ADDRESSES_READER = new RegExp(
  String.raw`\b(?:you|your|yours|please|thanks? for reading|thank you|tú|usted|ustedes|vous|votre|vos|du|dich|dein|ihnen|você|vocês|voi|vostro|grazie)\b|(?:^|[.!?]\s+)${ASK_VERBS}`,
  'iu',
);
const CLOSING_BLOCKS = 3;
const QUOTED = /["“”«»„]/;
const PARAGRAPHS = tagSet('p', 'blockquote', 'pre');
const CLOSING_CANDIDATES = tagSet('p', 'div', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote');

function isSubstantialParagraph(element: Element): boolean {
  const text = textOf(element);
  return text.length >= 100 && linkDensity(element, text) < 0.3;
}

/** Link-dense lists and cards: the recommendation rails that trail an article. */
function isRail(element: Element): boolean {
  const text = textOf(element);
  if (element.matches('figure') || element.querySelector('figcaption, table, pre, blockquote')) return false;
  if (!text) return !!element.querySelector('a');
  if (/^H[1-6]$/.test(element.tagName)) return railHeading.pattern.test(text);
  const links = element.querySelectorAll('a').length;
  return links >= 2 && linkDensity(element, text) >= 0.5;
}

/**
 * Layer 3: after the article's last real paragraph, remove trailing rails (link lists, rail
 * headings, image-only link cards). Footnotes, credits and short closing lines stay.
 */
export function removeTrailingRails(root: Element, log: RemovalLog): void {
  const paragraphs = elementsByTag(root, PARAGRAPHS);
  const last = paragraphs.reverse().find(isSubstantialParagraph);
  if (!last) return;
  // The siblings after the last paragraph, then after each of its ancestors, outward.
  for (let node: Element | null = last; node && node !== root; node = node.parentElement) {
    for (let sibling = node.nextElementSibling; sibling;) {
      const next = sibling.nextElementSibling;
      if (!sibling.hasAttribute('data-lectern-removed') && isRail(sibling)) {
        log.remove(sibling, 'related', 'positional:trailing-rail');
      }
      sibling = next;
    }
  }
}

function isLeaf(element: Element): boolean {
  for (const child of Array.from(element.children)) if (BLOCK_TAGS.has(child.tagName)) return false;
  return true;
}

/**
 * Layer 3b: the last blocks of the article, when they are short, speak to the reader and ask them
 * to subscribe, sign up or donate ("If you enjoy these posts, help keep the blog running with a small
 * contribution"), are the post's closing plea, even in a plain paragraph with no telling class.
 * Only the final run of such blocks goes: the first block from the end that asks nothing stops it.
 */
export function removeClosingAsks(root: Element, log: RemovalLog): void {
  const blocks = elementsByTag(root, CLOSING_CANDIDATES);
  let examined = 0;
  for (let index = blocks.length - 1; index >= 0 && examined < CLOSING_BLOCKS; index--) {
    const block = blocks[index]!;
    if (block.hasAttribute('data-lectern-removed') || !isLeaf(block) || !root.contains(block)) continue;
    const text = textOf(block);
    if (!text) continue;
    examined++;
    // Quotation marks mean reported speech ("Please consider donating," she said): the story's own.
    const pleads = text.length <= MAX_ASK_CHARS && ADDRESSES_READER.test(text) && !QUOTED.test(text);
    const rule = pleads ? ASKS.find((candidate) => candidate.pattern.test(text)) : undefined;
    if (!rule) return;
    log.remove(block, rule.kind, 'positional:closing-ask');
  }
}
