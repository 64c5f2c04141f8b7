/**
 * The checks on an article, shared by every door it comes in through: a save message from a
 * content script (messages.ts), the offscreen document's answer (fetch-queue/offscreen-protocol.ts)
 * and a restored backup (import/restore-backup.ts).
 */
import * as v from 'valibot';
import { trustedFromExtension } from './sanitize/trusted';

export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableText = (max: number) => v.nullable(text(max));
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const webUrl = v.pipe(text(8_000), v.url(), v.regex(/^https?:/i));

const MAX_HTML = 20_000_000;

/** Valibot entries for the metadata fields of `Article` (utils/article.ts), html and text aside. */
export const ARTICLE_META_ENTRIES = {
  url: webUrl,
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

/** The fields of a removed block (utils/article.ts RemovedBlock), its html as plain text. */
export const REMOVED_BLOCK_ENTRIES = {
  id: count,
  kind: text(40),
  rule: text(120),
  preview: text(400),
};

/**
 * HTML sent by another of this extension's own contexts, sanitised there: only for messages
 * whose sender is checked to be this extension (see utils/sanitize/trusted.ts).
 */
const htmlFromExtension = v.pipe(text(MAX_HTML), v.transform(trustedFromExtension));

export const RemovedBlockFromExtension = v.object({ ...REMOVED_BLOCK_ENTRIES, html: htmlFromExtension });

export const ArticleFromExtension = v.object({
  ...ARTICLE_META_ENTRIES,
  html: htmlFromExtension,
  text: text(MAX_HTML),
});
