/**
 * Bounded work before Readability: the copy of the page is cut down to a shape no real article
 * exceeds, so that no later pass (Readability's scoring and cleaning, the promo layers, the
 * sanitiser) can be made to work for minutes by the page's shape alone (issue 21).
 *
 * What cost minutes was depth: Readability's cleaning walks the whole subtree of every candidate
 * block, which on a nest 5,000 deep is 5,000 × 5,000 steps, many times over. Browsers' own parsers
 * stop nesting at a depth (Chromium at 512: deeper elements are attached flat, as siblings), so a
 * page in a tab is never deeper than that; linkedom and DOMParser in other engines do not stop.
 * The limits are far past any real page (Mozilla's corpus and our fixtures: depth 37 at most,
 * 130 class names, 15 srcset candidates, 11 KB for an attribute other than a URL), so an article
 * never loses anything it shows.
 *
 * Runs on the copy (copy.ts), never on the live page.
 */

export const PAGE_BOUNDS = {
  /** Deeper elements are flattened (see `flattenBelow`); half of Chromium's parser limit. */
  maxDepth: 256,
  /** A longer value is dropped: no text an article shows, and no http(s) address, is this long. */
  maxAttributeChars: 65_536,
  /** Attributes past this many on one element are dropped (the sanitiser keeps a handful). */
  maxAttributes: 128,
  /** Class names past this many are dropped (every rule reads the class list). */
  maxClassTokens: 256,
  /** srcset candidates past this many are dropped (a picture offers a dozen sizes at most). */
  maxSrcsetCandidates: 32,
  /**
   * Elements past this many, in document order, are dropped (a long news page has 3,000 to
   * 15,000; the article comes long before the end of a page this size).
   */
  maxElements: 40_000,
};

export type PageBounds = typeof PAGE_BOUNDS;

/** Values at most this long can't break a limit: most of them, left unread past their length. */
const SHORT_VALUE = 512;

const WHITESPACE = /\s+/;

function boundAttributes(element: Element, bounds: PageBounds): void {
  const attributes = element.attributes;
  for (let index = attributes.length - 1; index >= 0; index--) {
    const attribute = attributes[index];
    if (!attribute) continue;
    const { name } = attribute;
    if (index >= bounds.maxAttributes) {
      element.removeAttribute(name);
      continue;
    }
    let value = attribute.value;
    if (value.length <= SHORT_VALUE) continue;
    if (name === 'class') {
      const tokens = value.trim().split(WHITESPACE);
      if (tokens.length > bounds.maxClassTokens) value = tokens.slice(0, bounds.maxClassTokens).join(' ');
    } else if (name === 'srcset') {
      // Cut at a comma: a URL holding one may end up cut, and the sanitiser drops what is malformed.
      const candidates = value.split(',');
      if (candidates.length > bounds.maxSrcsetCandidates)
        value = candidates.slice(0, bounds.maxSrcsetCandidates).join(',');
    }
    if (value.length > bounds.maxAttributeChars) element.removeAttribute(name);
    else if (value !== attribute.value) element.setAttribute(name, value);
  }
}

/** The next node after `node` in document order, within `root`; `descend` false skips its children. */
function nextNode(node: Node, root: Node, descend: boolean): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  let up: Node | null = node;
  while (up && up !== root && !up.nextSibling) up = up.parentNode;
  return !up || up === root ? null : up.nextSibling;
}

/**
 * Makes everything under `parent` one level deep, in document order: each element with no child
 * element (a paragraph, an image, a link with its text) and each text between them becomes a
 * child of `parent`; the wrappers that held them go. What is read stays, in its order.
 *
 * The kept nodes are moved first (each a small move) and the emptied wrappers removed last, each
 * top one once: unwrapping from the top would move the whole remaining nest at every level, and
 * a browser visits every node of a subtree it moves.
 */
function flattenBelow(parent: Element, bounds: PageBounds): void {
  const kept: Node[] = [];
  const wrappers: Element[] = [];
  for (let node: Node | null = parent.firstChild; node;) {
    const element = node.nodeType === 1 ? (node as Element) : null;
    const wrapper = !!element?.firstElementChild;
    if (wrapper) {
      if (node.parentNode === parent) wrappers.push(element!);
    } else {
      kept.push(node);
      if (element) boundAttributes(element, bounds);
    }
    node = nextNode(node, parent, wrapper);
  }
  if (!wrappers.length) return;
  for (const node of kept) parent.appendChild(node);
  for (const wrapper of wrappers) wrapper.remove();
}

/** Removes `element` and everything after it in document order, up to `top`. */
function cutFrom(element: Element, top: Element): void {
  let from: Element | null = element;
  while (from && from !== top) {
    const parent: Element | null = from.parentElement;
    while (from.nextSibling) from.nextSibling.remove();
    if (from === element) from.remove();
    from = parent;
  }
}

/** Cuts the copy of a page (or a region of it) down to `bounds`, in place. */
export function boundPage(root: Document | Element, bounds: PageBounds = PAGE_BOUNDS): void {
  const top = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  if (!top) return;
  let element: Element | null = top;
  let depth = 0;
  let kept = 0;
  while (element) {
    if (++kept > bounds.maxElements) return cutFrom(element, top);
    boundAttributes(element, bounds);
    if (depth === bounds.maxDepth) {
      flattenBelow(element, bounds);
      for (let leaf = element.firstElementChild; leaf; leaf = leaf.nextElementSibling)
        if (++kept > bounds.maxElements) return cutFrom(leaf, top);
    }
    const child: Element | null = depth < bounds.maxDepth ? element.firstElementChild : null;
    if (child) {
      element = child;
      depth++;
      continue;
    }
    while (element !== top && !element.nextElementSibling) {
      element = element.parentElement!;
      depth--;
    }
    element = element === top ? null : element.nextElementSibling;
  }
}
