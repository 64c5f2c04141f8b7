/**
 * Limits that keep a huge page from freezing the tab. Extraction is synchronous on the page's
 * main thread and cannot be interrupted, so the only honest options are to refuse up front
 * (cheap measurements) or to stop between phases once the budget is spent.
 */
export const DEFAULT_MAX_ELEMENTS = 150_000;
/** No article is this long (about 500,000 words); a page with more prose is a dump, not a story. */
export const MAX_PROSE_CHARS = 3_000_000;
export const DEFAULT_BUDGET_MS = 5_000;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** True when the page holds more than `limit` characters of readable text (scripts and styles don't count). */
export function hasMoreTextThan(doc: Document, limit: number): boolean {
  // All of the body's text, scripts included, in one native call: nearly every page is under the
  // limit even so, and then the walk below (a JS step per node) is not needed.
  if ((doc.body?.textContent?.length ?? 0) <= limit) return false;
  return readableTextLength(doc, limit) > limit;
}

/** Characters of readable text on the page (scripts and styles don't count), stopping at `limit`. */
function readableTextLength(doc: Document, limit: number): number {
  let total = 0;
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) total += child.nodeValue?.length ?? 0;
      else if (child.nodeType === 1 && !SKIPPED.has((child as Element).tagName) && walk(child)) return true;
      if (total > limit) return true;
    }
    return false;
  };
  if (doc.body) walk(doc.body);
  return total;
}

export function tooLargeNotice(what: string): string {
  return `This page is too large to read here (${what}). Lectern gave up rather than freeze the tab.`;
}
