/**
 * Slims the article before it is serialised for the sanitiser: every attribute the sanitiser
 * would drop anyway (classes other than code-language hints, data-*, aria-*, style, event names)
 * and the whitespace-only text between blocks. The sanitiser still decides what is safe; this
 * only spares it the work (in Node it builds a jsdom node for every attribute and text node: the
 * largest single cost of an extraction).
 */
import { ALLOWED_ATTR } from '../../sanitize';
import { allElements, BLOCK_TAGS } from '../dom';

/** Kept as they are: the sanitiser's own allow-list judges them. Classes are handled below. */
const KEPT = new Set(ALLOWED_ATTR.filter((name) => name !== 'class'));
/** Code-block language hints are the only classes the sanitiser keeps. */
const LANGUAGE_CLASS = /(?:^|\s)(?:language|lang)-/;

/** Whether slimming takes `name` off the element (the sanitiser would drop it). */
function dropped(element: Element, name: string): boolean {
  return !KEPT.has(name) && !(name === 'class' && LANGUAGE_CLASS.test(element.getAttribute(name) ?? ''));
}

/**
 * Syntax-highlighted code arrives as a span per token (a corpus page has 1,566 in its listings),
 * which slimming would strip bare and unwrap one by one, after every cleanup layer has stepped
 * through them. A code block holding only such spans becomes its own text at once, before the
 * cleanup: the same text and the same markup in the end, and no token is ever judged as chrome.
 */
export function flattenHighlightedCode(root: Element): void {
  for (const block of Array.from(root.querySelectorAll('pre, code'))) {
    const inner = allElements(block);
    let spansOnly = inner.length > 0;
    for (let index = 0; spansOnly && index < inner.length; index++) {
      const element = inner[index]!;
      spansOnly =
        element.tagName === 'SPAN' && element.getAttributeNames().every((name) => dropped(element, name));
    }
    if (spansOnly) block.textContent = block.textContent;
  }
}

/** A block element, or the edge of a block (the edge of an inline element is not a boundary). */
function isBoundary(node: Node | null, parent: Element): boolean {
  if (!node) return BLOCK_TAGS.has(parent.tagName) || parent.tagName === 'BODY';
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName);
}

export function slimForSanitiser(root: Element): void {
  // An explicit stack, not recursion: hostile pages nest thousands of elements deep.
  const stack: Array<[Element, boolean]> = [[root, false]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [element, inPre] = entry;
    // getAttributeNames: one call for a plain array (iterating the live attribute map, or
    // Array.from of it, costs far more).
    for (const name of element.getAttributeNames()) {
      if (dropped(element, name)) element.removeAttribute(name);
    }
    // A span with nothing left on it means nothing: its content takes its place (one node less
    // for the sanitiser, the serialiser and every later walk; articles hold hundreds).
    if (element.tagName === 'SPAN' && element !== root && !element.hasAttributes()) {
      const children = Array.from(element.childNodes);
      element.replaceWith(...children);
      for (const child of children) if (child.nodeType === 1) stack.push([child as Element, inPre]);
      continue;
    }
    const pre = inPre || element.tagName === 'PRE' || element.tagName === 'TEXTAREA';
    for (let child = element.firstChild; child;) {
      const next = child.nextSibling;
      if (child.nodeType === 1) stack.push([child as Element, pre]);
      else if (
        child.nodeType === 3 &&
        !pre &&
        !/\S/.test(child.nodeValue ?? '') &&
        isBoundary(child.previousSibling, element) &&
        isBoundary(next, element)
      ) {
        // Whitespace between two blocks (or a block and its container's edge) renders as nothing.
        child.remove();
      }
      child = next;
    }
  }
  // The text around each unwrapped span becomes one text node again: a node less for the
  // sanitiser to copy, walk and check.
  root.normalize();
}
