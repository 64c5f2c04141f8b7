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
  /** Deeper elements are flattened (see `flattenBelow`); Chromium's parser stops at 512. */
  maxDepth: 128,
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
  maxElements: 25_000,
  /**
   * What is flattened past the depth keeps this many elements at most: Readability's cleaning
   * costs depth × size, and a 256-deep chain over 2,000 flattened leaves ran past the 5 s budget
   * in Chromium.
   */
  maxFlattened: 1_000,
};

export type PageBounds = typeof PAGE_BOUNDS;

/** Values at most this long can't break a limit: most of them, left unread past their length. */
const SHORT_VALUE = 512;

const WHITESPACE = /\s+/;

/** Attributes that may hide an element (cleanup/invisible.ts reads the elements that have one). */
const HIDING_ATTRIBUTES = new Set(['hidden', 'aria-hidden', 'aria-modal', 'style']);

function boundAttributes(element: Element, bounds: PageBounds, hiding?: Element[]): void {
  // Most elements have no attribute at all. Names and values are read as strings: reading
  // `element.attributes[i]` makes the browser build an Attr node for each, kept on the element.
  if (!element.hasAttributes()) return;
  const names = element.getAttributeNames();
  if (hiding && names.some((name) => HIDING_ATTRIBUTES.has(name))) hiding.push(element);
  for (let index = names.length - 1; index >= 0; index--) {
    const name = names[index]!;
    if (index >= bounds.maxAttributes) {
      element.removeAttribute(name);
      continue;
    }
    const original = element.getAttribute(name);
    if (original === null) continue;
    let value = original;
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
    else if (value !== original) element.setAttribute(name, value);
  }
}

/** The next node after `node` in document order, within `root`; `descend` false skips its children. */
function nextNode(node: Node, root: Node, descend: boolean): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  let up: Node | null = node;
  while (up && up !== root && !up.nextSibling) up = up.parentNode;
  return !up || up === root ? null : up.nextSibling;
}

/** Empty elements that still show something (or stand for it): kept when flattened. */
const SHOWN_EMPTY = new Set([
  'IMG',
  'PICTURE',
  'SOURCE',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'EMBED',
  'OBJECT',
  'BR',
  'HR',
]);

/**
 * Makes everything under `parent` one level deep, in document order: each element with no child
 * element (a paragraph, an image, a link with its text) and each text between them becomes a
 * child of `parent`; the wrappers that held them go, and so do empty elements that show nothing
 * (Chromium's parser has already made a deep nest into thousands of empty siblings). What is
 * read stays, in its order.
 *
 * The work is done on the nodes taken out of the document (one move), and the result put back in
 * one move: a browser notifies every ancestor of every node moved within a document.
 */
function flattenBelow(parent: Element, bounds: PageBounds, hiding?: Element[]): void {
  let deep = false;
  for (let child = parent.firstElementChild; child && !deep; child = child.nextElementSibling)
    deep = !!child.firstElementChild || (!child.firstChild && !SHOWN_EMPTY.has(child.tagName));
  if (!deep) {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling)
      boundAttributes(child, bounds, hiding);
    return;
  }
  const doc = parent.ownerDocument;
  const taken = doc.createDocumentFragment();
  while (parent.firstChild) taken.appendChild(parent.firstChild);
  const flat = doc.createDocumentFragment();
  let kept = 0;
  for (let node: Node | null = taken.firstChild; node && kept < bounds.maxFlattened;) {
    const element = node.nodeType === 1 ? (node as Element) : null;
    const wrapper = !!element?.firstElementChild;
    const next = nextNode(node, taken, wrapper);
    if (!element) flat.appendChild(node);
    else if (!wrapper && (element.firstChild || SHOWN_EMPTY.has(element.tagName))) {
      boundAttributes(element, bounds, hiding);
      flat.appendChild(element);
      kept++;
    }
    node = next;
  }
  parent.appendChild(flat);
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

/**
 * Cuts the copy of a page (or a region of it) down to `bounds`, in place. `hiding`, when given,
 * receives the elements kept that have an attribute which may hide them, in document order (read
 * on the way: a query per attribute would walk the page again).
 */
export function boundPage(
  root: Document | Element,
  bounds: PageBounds = PAGE_BOUNDS,
  hiding?: Element[],
): void {
  const top = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  if (!top) return;
  let element: Element | null = top;
  let depth = 0;
  let kept = 0;
  while (element) {
    if (++kept > bounds.maxElements) return cutFrom(element, top);
    boundAttributes(element, bounds, hiding);
    if (depth === bounds.maxDepth) {
      flattenBelow(element, bounds, hiding);
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
