/**
 * The fallback when Readability finds nothing or keeps too little: the page's main region
 * (main, [role=main], the largest article, else body), with scripts and obvious chrome dropped.
 * Returned unsanitised; the caller sanitises it.
 */
import { textOf } from './dom';

export function fallbackRegion(doc: Document, _url: string): string | null {
  const clone = doc.cloneNode(true) as Document;
  const articles = Array.from(clone.querySelectorAll('article')).sort(
    (a, b) => textOf(b).length - textOf(a).length,
  );
  const region = clone.querySelector('main, [role="main"]') ?? articles[0] ?? clone.body;
  if (!region) return null;
  for (const chrome of Array.from(
    region.querySelectorAll(
      'script, style, noscript, template, nav, header, footer, aside, form, iframe, [role="navigation"], [role="banner"], [role="contentinfo"], [hidden], [aria-hidden="true"]',
    ),
  )) {
    chrome.remove();
  }
  return textOf(region).length >= 140 ? region.innerHTML : null;
}
