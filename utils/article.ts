/** What extraction produces and what the library stores. Shared by every context. */

/** HTML that has passed through the sanitiser (utils/sanitize/). Only that module mints it. */
export type SafeHtml = string & { readonly __brand: 'SafeHtml' };

/** A block the cleanup removed from the article, kept so the reader can put it back. */
export interface RemovedBlock {
  /** Stable within one extraction: the position of the block among removed blocks. */
  id: number;
  /** What kind of chrome it was judged to be: 'paywall', 'newsletter', 'related', 'share', 'ad', ... */
  kind: string;
  /** Name of the rule that removed it, e.g. 'structural:class-paywall' or 'textual:sign-up'. */
  rule: string;
  /** The first ~120 characters of its text, for the "Removed N blocks" list. */
  preview: string;
  /** The block itself, sanitised, so it can be restored into the article. */
  html: SafeHtml;
}

export interface Article {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601, or null when the page does not say. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  /** The article body, sanitised. */
  html: SafeHtml;
  /** The article body as plain text, a newline between blocks. */
  text: string;
  wordCount: number;
  readingMinutes: number;
}

type ExtractionConfidence = 'high' | 'low';

export interface ExtractResult {
  /** null when no article could be found on the page. */
  article: Article | null;
  removed: RemovedBlock[];
  /**
   * 'low' when the article keeps too little of the page's main text: the reader then offers
   * `fallbackHtml` (the page's whole main region, sanitised) instead of a truncated article.
   */
  confidence: ExtractionConfidence;
  fallbackHtml: SafeHtml | null;
  /** Why extraction failed or is unsure, in words a reader understands. */
  notice: string | null;
  ms: number;
}
