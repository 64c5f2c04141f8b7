/**
 * The fallback when Readability finds nothing or keeps too little: the page's main region
 * (main, [role=main], the largest article, else body), with scripts and obvious chrome dropped.
 * Returned unsanitised; the caller sanitises it.
 */
import { textOf } from './dom';

/**
 * Elements never part of the main text: code, navigation, page furniture, forms, frames, and what
 * the page hides.
 */
const CHROME =
  'script, style, noscript, template, nav, header, footer, aside, form, iframe, [role="navigation"], [role="banner"], [role="contentinfo"], [hidden], [aria-hidden="true"]';

/**
 * A copy of the page's main region in a detached div of an inert document (a div, not a body:
 * the sanitiser can then take it as a tree, with no serialise-and-parse), or null when it holds
 * too little text.
 */
export function fallbackRegion(doc: Document): Element | null {
  // The largest article: each measured once (not once per comparison of a sort).
  let largest: Element | null = null;
  let largestLength = -1;
  for (const article of Array.from(doc.querySelectorAll('article'))) {
    const length = textOf(article).length;
    if (length > largestLength) [largest, largestLength] = [article, length];
  }
  const found = doc.querySelector('main, [role="main"]') ?? largest ?? doc.body;
  if (!found) return null;
  // Found on the page itself (nothing here changes it); only the region is copied, not the page,
  // and into an inert document of its own: a copy made by the live page's document is a live
  // node, whose images start loading at once, attached or not.
  // (linkedom, in the command line, has no implementation object, and no browsing context either.)
  const inert = doc.implementation?.createHTMLDocument('') ?? doc;
  const region = inert.createElement('div');
  for (const child of Array.from(found.childNodes)) region.appendChild(inert.importNode(child, true));
  for (const chrome of Array.from(region.querySelectorAll(CHROME))) chrome.remove();
  return textOf(region).length >= 140 ? region : null;
}
