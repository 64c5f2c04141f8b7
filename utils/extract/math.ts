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

/** `elements`: every element of the page, in document order (one walk shared by the pre-passes). */
/** Lengths of the names mathToText looks at (`math`, `mjx-container`): the pre-pass's filter. */
export const MATH_NAME_LENGTHS = new Set([4, 13]);

export function mathToText(elements: Element[]): void {
  for (const element of elements) {
    // Most elements are neither: only names of the right length are lower-cased and compared.
    const localName = element.localName;
    if (localName.length !== 4 && localName.length !== 13) continue;
    const name = localName.toLowerCase();
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
