/**
 * The checks on an article's metadata, shared by every door it comes in through: a save message
 * from a content script (messages.ts) and a restored backup (import-export/backup.ts).
 */
import * as v from 'valibot';

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const nullableText = (max: number) => v.nullable(text(max));
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Valibot entries for the metadata fields of `Article` (utils/article.ts), html and text aside. */
export const ARTICLE_META_ENTRIES = {
  url: v.pipe(text(8_000), v.url(), v.regex(/^https?:/i)),
  title: text(2_000),
  byline: nullableText(1_000),
  siteName: nullableText(500),
  publishedTime: nullableText(64),
  lang: nullableText(35),
  dir: v.nullable(v.picklist(['ltr', 'rtl'])),
  excerpt: nullableText(5_000),
  leadImage: nullableText(8_000),
  wordCount: count,
  readingMinutes: count,
};
