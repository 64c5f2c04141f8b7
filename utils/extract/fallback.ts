/**
 * The fallback when Readability finds nothing or keeps too little: the page's main region
 * (main, [role=main], the largest article, else body), with scripts and obvious chrome dropped.
 * Returned unsanitised; the caller sanitises it.
 */
import { textOf } from './dom';

export function fallbackRegion(doc: Document, _url: string): string | null {
  // Found on the page itself (nothing here changes it); only the region is copied, not the page.
  const articles = Array.from(doc.querySelectorAll('article')).sort(
    (a, b) => textOf(b).length - textOf(a).length,
  );
  const found = doc.querySelector('main, [role="main"]') ?? articles[0] ?? doc.body;
  if (!found) return null;
  const region = found.cloneNode(true) as Element;
  for (const chrome of Array.from(
    region.querySelectorAll(
      'script, style, noscript, template, nav, header, footer, aside, form, iframe, [role="navigation"], [role="banner"], [role="contentinfo"], [hidden], [aria-hidden="true"]',
    ),
  )) {
    chrome.remove();
  }
  return textOf(region).length >= 140 ? region.innerHTML : null;
}
