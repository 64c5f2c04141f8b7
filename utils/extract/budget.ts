/**
 * Limits that keep a huge page from freezing the tab. Extraction is synchronous on the page's
 * main thread and cannot be interrupted, so the only honest options are to refuse up front
 * (cheap measurements) or to stop between phases once the budget is spent.
 */
export const DEFAULT_MAX_ELEMENTS = 150_000;
/** No article is this long (about 500,000 words); a page with more prose is a dump, not a story. */
export const MAX_PROSE_CHARS = 3_000_000;
export const DEFAULT_BUDGET_MS = 5_000;

/**
 * True when the page holds more than `limit` characters of text. Run on the copy without code
 * (prepare/copy.ts), so that all of its text is readable text, counted by one native call.
 */
export function hasMoreTextThan(clone: Document, limit: number): boolean {
  return (clone.body?.textContent?.length ?? 0) > limit;
}

export function tooLargeNotice(what: string): string {
  return `This page is too large to read here (${what}). Lectern gave up rather than freeze the tab.`;
}
