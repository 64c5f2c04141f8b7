/**
 * The one message protocol between the content script, extension pages and the background:
 * a map of message type -> request schema and response type, one typed `send`, and runtime
 * validation of everything that arrives (a page can't forge these: see isTrustedSender).
 */
import * as v from 'valibot';
import { ArticleFromExtension, RemovedBlockFromExtension, text, webUrl } from './article-schema';
import { MAX_IMAGES } from './offline-images/candidates';

/** Every request: its schema, and (as a type) its response. */
export const requestSchemas = {
  'article/save': v.object({
    type: v.literal('article/save'),
    article: ArticleFromExtension,
    removed: v.array(RemovedBlockFromExtension),
    restoredIds: v.array(v.pipe(v.number(), v.integer())),
    /**
     * The article's pictures (utils/offline-images/candidates.ts), kept if the user asked. A list
     * that fails its check is dropped, not the save: the text matters more than its pictures.
     */
    images: v.fallback(
      v.pipe(v.array(v.object({ src: webUrl, fetchUrl: webUrl })), v.maxLength(MAX_IMAGES)),
      [],
    ),
  }),
  'article/lookup': v.object({ type: v.literal('article/lookup'), url: text(8_000) }),
  'library/open': v.object({ type: v.literal('library/open') }),
  'reader/open': v.object({ type: v.literal('reader/open'), tabId: v.pipe(v.number(), v.integer()) }),
  /** The import queue (utils/background/import-queue.ts): wake it after an import, pause, resume, retry. */
  'import/control': v.object({
    type: v.literal('import/control'),
    action: v.picklist(['start', 'pause', 'resume', 'retry']),
  }),
} as const;

export type MessageType = keyof typeof requestSchemas;
export type Request<T extends MessageType> = v.InferOutput<(typeof requestSchemas)[T]>;
export type AnyRequest = { [T in MessageType]: Request<T> }[MessageType];

export interface Responses {
  'article/save': { ok: true; id: string; updated: boolean } | Failure;
  'article/lookup': { ok: true; id: string | null };
  'library/open': { ok: true };
  'reader/open': { ok: true } | Failure;
  'import/control': { ok: true } | Failure;
}

export interface Failure {
  ok: false;
  error: string;
}

const AnyRequestSchema = v.variant('type', Object.values(requestSchemas));

/** Parses an incoming message; null when it is not one of ours or is malformed. */
export function parseRequest(message: unknown): AnyRequest | null {
  const result = v.safeParse(AnyRequestSchema, message);
  return result.success ? result.output : null;
}

/** Which requests only extension pages (never a content script in a web page) may make. */
export const EXTENSION_PAGE_ONLY: ReadonlySet<MessageType> = new Set(['reader/open', 'import/control']);
