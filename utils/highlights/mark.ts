/**
 * Marks highlights in an exported copy of an article with <mark> (HTML, EPUB, and Markdown's
 * ==…==): anchored in the copy's text as the reader anchors them, each wrapped text node by text
 * node, so the markup around it stays whole. Highlights that can't be placed are returned.
 */
import { anchorSelectors } from './anchor';
import type { Highlight } from './highlight';

function wrap(root: Node, start: number, end: number, highlight: Highlight): void {
  const doc = root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const pieces: { node: Text; from: number; to: number }[] = [];
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    const from = Math.max(start, seen);
    const to = Math.min(end, seen + length);
    if (from < to) pieces.push({ node, from: from - seen, to: to - seen });
    seen += length;
    if (seen >= end) break;
  }
  for (const { node, from, to } of pieces) {
    // Blank text between blocks (a newline between paragraphs) is left unmarked.
    if (!node.data.slice(from, to).trim()) continue;
    const middle = from > 0 ? node.splitText(from) : node;
    if (to - from < middle.data.length) middle.splitText(to - from);
    const mark = doc.createElement('mark');
    mark.className = `lectern-hl-${highlight.color}`;
    if (highlight.note) mark.setAttribute('title', highlight.note);
    middle.replaceWith(mark);
    mark.appendChild(middle);
  }
}

/** Wraps each placed highlight in <mark>; returns the ones whose text is not in `root`. */
export function markHighlights(root: Node, highlights: readonly Highlight[]): Highlight[] {
  const text = root.textContent ?? '';
  const orphans: Highlight[] = [];
  const placed: { start: number; end: number; highlight: Highlight }[] = [];
  for (const highlight of highlights) {
    if (!highlight.target) continue;
    const anchored = anchorSelectors(text, highlight.target);
    if (anchored) placed.push({ ...anchored, highlight });
    else orphans.push(highlight);
  }
  // Wrapping splits text nodes but never changes the text, so every offset stays valid.
  for (const { start, end, highlight } of placed) wrap(root, start, end, highlight);
  return orphans;
}
