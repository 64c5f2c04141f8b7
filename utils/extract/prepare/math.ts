/**
 * Formulas as readable text, before Readability runs.
 *
 * MathJax 3 wraps each formula in `<mjx-container class="MathJax CtxtMenu_Attached_0">`; the
 * "Menu" in that class makes Readability 0.6 drop every formula as an unlikely candidate (fixed
 * upstream after 0.6.0, mozilla/readability#958). And the sanitiser forbids MathML, so even a kept
 * `<math>` would vanish. Each formula therefore becomes a plain span (a div when displayed on its
 * own line) holding the text of its MathML tokens, space-separated: "x = − b ± b 2 − 4 a c".
 */

/** TeX source and alternative encodings: not what a reader sees. */
const SKIPPED = new Set(['annotation', 'annotation-xml']);

function mathText(math: Element): string {
  const parts: string[] = [];
  const walk = (element: Element) => {
    if (SKIPPED.has(element.localName)) return;
    if (!element.firstElementChild) {
      const text = (element.textContent ?? '').trim();
      if (text) parts.push(text);
      return;
    }
    for (let child: Element | null = element.firstElementChild; child; child = child.nextElementSibling)
      walk(child);
  };
  walk(math);
  return parts.join(' ');
}

const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_END = /[\p{L}\p{N}]$/u;

function replaceWithText(target: Element, math: Element, block: boolean): void {
  const replacement = target.ownerDocument.createElement(block ? 'div' : 'span');
  let text = mathText(math);
  // Rendered formulas sit flush against the words around them ("<mjx-container/>and they are"):
  // as text they need a space, or "0" and "and" read (and count) as one word "0and".
  const before = target.previousSibling;
  const after = target.nextSibling;
  if (before?.nodeType === 3 && WORD_END.test(before.nodeValue ?? '')) text = ` ${text}`;
  if (after?.nodeType === 3 && WORD_START.test(after.nodeValue ?? '')) text = `${text} `;
  replacement.textContent = text;
  target.replaceWith(replacement);
}

/** The names mathToText looks at (`math`, `mjx-container`), from a tag name of any case. */
export function isMathName(tagName: string): boolean {
  // Only names of the right length are lower-cased and compared: most elements are neither.
  if (tagName.length === 4) return tagName.toLowerCase() === 'math';
  return tagName.length === 13 && tagName.toLowerCase() === 'mjx-container';
}

/** `elements`: the page's formulas (isMathName), in document order. */
export function mathToText(elements: Element[]): void {
  for (const element of elements) {
    const name = element.localName.toLowerCase();
    if (name === 'mjx-container') {
      // MathJax 3: the container's glyphs (mjx-math) are CSS only; its assistive MathML holds the formula.
      const math = element.querySelector('math');
      if (math) replaceWithText(element, math, element.getAttribute('display') === 'true');
    } else if (name === 'math' && !element.closest('mjx-container')) {
      // Plain MathML (and MathJax 2's assistive copies). A hidden parent stays hidden, so pages
      // that also show an image of the formula (Wikipedia) are not doubled.
      replaceWithText(element, element, element.getAttribute('display') === 'block');
    }
  }
}
