/**
 * Messages between the background and the Chrome offscreen document, which parses imported pages
 * (the MV3 service worker has no DOMParser). Both sides validate what they receive: the page
 * HTML is hostile, and runtime messages reach every extension page.
 */
import * as v from 'valibot';
import type { SafeHtml } from '../article';
import { ArticleSchema } from '../messages';
import type { ParseOutcome } from './parse-page';

export const OFFSCREEN_TARGET = 'lectern-offscreen';
export const OFFSCREEN_PATH = '/offscreen.html';
/** Fetched pages are capped at 5 MB of bytes; decoded text can be up to about twice as long. */
const MAX_HTML = 12_000_000;

const webUrl = v.pipe(v.string(), v.maxLength(8_000), v.url(), v.regex(/^https?:/i));

export const OffscreenRequestSchema = v.variant('kind', [
  v.object({
    target: v.literal(OFFSCREEN_TARGET),
    kind: v.literal('page'),
    html: v.pipe(v.string(), v.maxLength(MAX_HTML)),
    url: webUrl,
  }),
  v.object({
    target: v.literal(OFFSCREEN_TARGET),
    kind: v.literal('body'),
    body: v.object({
      type: v.picklist(['html', 'markdown']),
      text: v.pipe(v.string(), v.maxLength(MAX_HTML)),
    }),
    url: webUrl,
    title: v.pipe(v.string(), v.maxLength(2_000)),
  }),
]);

export type OffscreenRequest = v.InferOutput<typeof OffscreenRequestSchema>;

const safeHtml = v.pipe(
  v.string(),
  v.maxLength(20_000_000),
  v.transform((html) => html as SafeHtml),
);

const OutcomeSchema = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    article: ArticleSchema,
    removed: v.array(
      v.object({
        id: v.pipe(v.number(), v.integer(), v.minValue(0)),
        kind: v.pipe(v.string(), v.maxLength(40)),
        rule: v.pipe(v.string(), v.maxLength(120)),
        preview: v.pipe(v.string(), v.maxLength(400)),
        html: safeHtml,
      }),
    ),
  }),
  v.object({ ok: v.literal(false), error: v.pipe(v.string(), v.maxLength(2_000)) }),
]);

/** What the offscreen document answered, checked; a malformed answer becomes a failure. */
export function parseOutcome(response: unknown): ParseOutcome {
  const result = v.safeParse(OutcomeSchema, response);
  return result.success ? result.output : { ok: false, error: 'Lectern could not read this page.' };
}

export function parseOffscreenRequest(message: unknown): OffscreenRequest | null {
  const result = v.safeParse(OffscreenRequestSchema, message);
  return result.success ? result.output : null;
}
