/**
 * The copy of the page extraction works on: everything but its code.
 *
 * Readability changes the document it is given, so it gets a copy. Scripts and style sheets are
 * never article text, and every later pass (and Readability) would step over them; JSON-LD stays,
 * as the page's metadata (title, authors, publisher, date).
 *
 * The code is removed from the copy before the copy is put in its document: a style sheet is
 * parsed (and a script prepared) as it joins a document, and pages inline whole style sheets: most
 * of the cost of copying such a page.
 */

const JSON_LD = /ld\+json/i;

/** A script (other than JSON-LD) or a style sheet. */
function isCode(element: Element): boolean {
  return (
    element.tagName === 'STYLE' ||
    (element.tagName === 'SCRIPT' && !JSON_LD.test(element.getAttribute('type') ?? ''))
  );
}

/** A copy of `doc` without scripts (JSON-LD kept) and style sheets; `doc` is left as it is. */
export function copyWithoutCode(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  for (const node of Array.from(doc.childNodes)) {
    // Made in the copy's own document (not adopted into it afterwards), and emptied of its code
    // while it is not yet part of the document: a style sheet is parsed when it joins one.
    const made = copy.importNode(node, true);
    if (made.nodeType === 1) {
      const element = made as Element;
      // Two tag lists, not one selector: the DOM keeps tag lists ready.
      const code = [
        ...Array.from(element.getElementsByTagName('script')),
        ...Array.from(element.getElementsByTagName('style')),
      ];
      for (const part of code) if (isCode(part)) part.remove();
    }
    copy.appendChild(made);
  }
  return copy;
}
