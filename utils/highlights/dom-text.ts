/**
 * The text highlights are anchored in: the rendered article body's text nodes, end to end (its
 * textContent). The same in the overlay, the saved copy and the exports, which render the same
 * sanitised HTML; offsets are counted in UTF-16 code units, as the W3C selectors' are in JS.
 */

/** Characters of `root`'s text before the boundary (container, offset). */
export function textOffset(root: Node, container: Node, offset: number): number {
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  range.setStart(root, 0);
  range.setEnd(container, offset);
  return range.toString().length;
}

/** A DOM range over text[start, end) of `root`, or null when the offsets lie past its text. */
export function rangeAt(root: Node, start: number, end: number): Range | null {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).data.length;
    if (!started && start < seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}
