import { BLOCK_TAGS, elementsByTag, inSentence, tagSet, textOf } from '../../dom';
import { cleanByline } from '../../metadata/byline';
import { HEADER_ECHO_RULES, type HeaderEchoRule } from './header-echo-rules';
import type { RemovalLog } from '../removal-log';
import { TEXTUAL_RULES } from '../textual-rules';

/** A block this long is the story's first (or last) paragraph: the edge ends there. */
const PARAGRAPH_CHARS = 100;
/** How many short blocks an edge may hold before the story is taken to have begun. */
const EDGE_BLOCKS = 10;
const MAX_ECHO_CHARS = 160;
const CANDIDATES = tagSet('p', 'div', 'span', 'time', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'small');
/** Pictures, tables and code at the edge are the article's, whatever text they hold. */
const KEPT = tagSet('figure', 'figcaption', 'table', 'pre', 'code', 'img', 'picture', 'video');
/** Where a line of header parts splits: "3.409 · letture · 23 Nov 2017". */
const PARTS = /\s+[|·•/–—]\s+|\s*[|·•]\s*/u;
/** Whole-block label rules that are header furniture too: reading time, view counts, relative times. */
const LABELS = TEXTUAL_RULES.filter((rule) =>
  ['reading-time', 'reading-time-more', 'engagement-count', 'relative-time', 'field-label', 'share'].includes(
    rule.id,
  ),
);

function isLeaf(element: Element): boolean {
  for (const child of Array.from(element.children)) if (BLOCK_TAGS.has(child.tagName)) return false;
  return true;
}

function isKept(element: Element, root: Element): boolean {
  if (KEPT.has(element.tagName) || element.querySelector('img, picture, video, table, pre')) return true;
  for (let node = element.parentElement; node && node !== root; node = node.parentElement)
    if (KEPT.has(node.tagName)) return true;
  return false;
}

/** Whether `part` of a header line is furniture: a rule's match, a label's, or a name the byline gives. */
function isEchoPart(part: string, rules: readonly HeaderEchoRule[], names: ReadonlySet<string>): boolean {
  if (rules.some((rule) => part.length <= rule.maxChars && rule.pattern.test(part))) return true;
  if (LABELS.some((rule) => part.length <= rule.maxChars && rule.pattern.test(part))) return true;
  const name = cleanByline(part);
  return !!name && names.has(name.toLowerCase()) && part.length <= name.length + 40;
}

function isEcho(text: string, rules: readonly HeaderEchoRule[], names: ReadonlySet<string>): boolean {
  if (text.length > MAX_ECHO_CHARS) return false;
  if (isEchoPart(text, rules, names)) return true;
  const parts = text.split(PARTS).filter(Boolean);
  return parts.length > 1 && parts.every((part) => isEchoPart(part, rules, names));
}

/**
 * The short leaf blocks at one edge of the article, from the outside in, up to its first (or
 * last) paragraph. A block with any element inside that is itself a candidate is skipped: its
 * leaves are judged instead.
 */
function edgeBlocks(blocks: Element[], root: Element): Element[] {
  const edge: Element[] = [];
  for (const block of blocks) {
    if (edge.length >= EDGE_BLOCKS) break;
    if (!root.contains(block) || block.hasAttribute('data-lectern-removed') || !isLeaf(block)) continue;
    const text = textOf(block);
    // A long subheading (the standfirst set as a heading) is not the story's first paragraph.
    if (text.length >= PARAGRAPH_CHARS) {
      if (/^H[2-6]$/.test(block.tagName)) continue;
      break;
    }
    if (!text || isKept(block, root)) continue;
    // An inline element in a line of its own is judged with its line, not alone.
    if (!BLOCK_TAGS.has(block.tagName) && block.parentElement && textOf(block.parentElement) !== text)
      continue;
    edge.push(block);
  }
  return edge;
}

/**
 * What the header shows, repeated at the article's top ("By Jane Doe", "Monday, November 18",
 * "3.409 / letture / 23 Nov 2017", "Review") or a date at its bottom: removed. `names` are the
 * article's authors, so a line with only the byline's name goes too.
 */
export function removeHeaderEchoes(root: Element, log: RemovalLog, names: readonly string[] = []): void {
  const known = new Set(names.map((name) => name.toLowerCase()));
  const blocks = elementsByTag(root, CANDIDATES);
  const top = edgeBlocks(blocks, root);
  const bottom = edgeBlocks(blocks.reverse(), root).filter((block) => !top.includes(block));
  const bottomRules = HEADER_ECHO_RULES.filter((rule) => rule.edges === 'both');
  for (const block of top)
    if (isEcho(textOf(block), HEADER_ECHO_RULES, known)) log.remove(block, 'meta', 'header-echo:top');
  for (const block of bottom)
    if (isEcho(textOf(block), bottomRules, new Set())) log.remove(block, 'meta', 'header-echo:bottom');
  for (const time of elementsByTag(root, TIMES)) {
    const line = root.contains(time) && !isKept(time, root) ? stampLine(time, root, known) : null;
    if (line) log.remove(line, 'meta', 'header-echo:time');
  }
}

const TIMES = tagSet('time');

/**
 * A <time> is the page saying "this is a date": wherever it sits, the line that holds it goes when
 * all of that line is header furniture ("Sevilla - <time>19 ago 2025</time>", "· <time>Feb 11</time>").
 * The line is the widest short element around it; a line with anything else in it (a sentence, names
 * the header does not show) stays whole.
 */
function stampLine(time: Element, root: Element, names: ReadonlySet<string>): Element | null {
  let line = time;
  for (let node = time.parentElement; node && node !== root; node = node.parentElement) {
    if (textOf(node).length > MAX_ECHO_CHARS || KEPT.has(node.tagName)) break;
    line = node;
  }
  if (!BLOCK_TAGS.has(line.tagName) && inSentence(line)) return null;
  return isEcho(textOf(line), HEADER_ECHO_RULES, names) ? line : null;
}
