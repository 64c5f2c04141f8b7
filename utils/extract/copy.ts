/**
 * The copy of the page extraction works on: everything but its code.
 *
 * Readability changes the document it is given, so it gets a copy. Scripts and style sheets are
 * never article text, and every later pass (and Readability) would step over them; JSON-LD stays,
 * as the page's metadata (title, authors, publisher, date).
 *
 * The code at the top of `<head>` and `<body>` is left out of the copy rather than copied and then
 * removed: a copied style sheet is parsed again in the copy, and pages inline hundreds of
 * kilobytes of CSS (copying the whole of one such page took 3.6 ms; without its styles, 1.3 ms).
 * Code deeper in the page is copied, then removed.
 */

const JSON_LD = /ld\+json/i;
/** Past this many children, an element is copied whole (one call), not child by child. */
const MAX_CHILDREN_ONE_BY_ONE = 1_000;

/** A script (other than JSON-LD) or a style sheet. */
function isCode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const tag = (node as Element).tagName;
  return tag === 'STYLE' || (tag === 'SCRIPT' && !JSON_LD.test((node as Element).getAttribute('type') ?? ''));
}

/**
 * Copies the children of `from` into `to`, leaving out the code among them, and so on `levels`
 * levels down; below that, each child is copied whole. Nodes are made in the copy's own document
 * (importNode), not adopted into it afterwards. (childNodes as an array: linkedom, in Node,
 * answers nextSibling wrongly on some nodes.)
 */
function copyChildren(from: Node, to: Node, copy: Document, levels: number): void {
  for (const child of Array.from(from.childNodes)) {
    if (isCode(child)) continue;
    const whole = !levels || child.childNodes.length > MAX_CHILDREN_ONE_BY_ONE;
    const made = to.appendChild(copy.importNode(child, whole));
    if (!whole) copyChildren(child, made, copy, levels - 1);
  }
}

/** A copy of `doc` without scripts (JSON-LD kept) and style sheets; `doc` is left as it is. */
export function copyWithoutCode(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  // The document's children, `<html>`'s, then those of `<head>` and `<body>`.
  copyChildren(doc, copy, copy, 2);
  // The code deeper in the page. Two tag lists, not one selector: the DOM keeps tag lists ready.
  const nested = [
    ...Array.from(copy.getElementsByTagName('script')),
    ...Array.from(copy.getElementsByTagName('style')),
  ];
  for (const element of nested) if (isCode(element)) element.remove();
  return copy;
}
