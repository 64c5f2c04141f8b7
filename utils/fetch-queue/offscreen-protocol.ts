/**
 * Messages between the background and the Chrome offscreen document, which parses imported pages
 * (the MV3 service worker has no DOMParser). Both sides validate what they receive: the page
 * HTML is hostile, and runtime messages reach every extension page.
 */
import * as v from 'valibot';
import { ArticleFromExtension, RemovedBlockFromExtension, text, webUrl } from '../article-schema';
import type { ParseOutcome } from './parse-page';

export const OFFSCREEN_TARGET = 'lectern-offscreen';
export const OFFSCREEN_PATH = '/offscreen.html';
/** Fetched pages are capped at 5 MB of bytes; decoded text can be up to about twice as long. */
const MAX_HTML = 12_000_000;

const OffscreenRequestSchema = v.variant('kind', [
  v.object({
    target: v.literal(OFFSCREEN_TARGET),
    kind: v.literal('page'),
    html: text(MAX_HTML),
    url: webUrl,
  }),
  v.object({
    target: v.literal(OFFSCREEN_TARGET),
    kind: v.literal('body'),
    body: v.object({
      type: v.picklist(['html', 'markdown']),
      text: text(MAX_HTML),
    }),
    url: webUrl,
    title: text(2_000),
  }),
]);

export type OffscreenRequest = v.InferOutput<typeof OffscreenRequestSchema>;

const OutcomeSchema = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    article: ArticleFromExtension,
    removed: v.array(RemovedBlockFromExtension),
  }),
  v.object({ ok: v.literal(false), error: text(2_000) }),
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
