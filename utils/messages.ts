/**
 * The one message protocol between the content script, extension pages and the background:
 * a map of message type -> request schema and response type, one typed `send`, and runtime
 * validation of everything that arrives (a page can't forge these: see isTrustedSender).
 */
import * as v from 'valibot';
import { ArticleFromExtension, RemovedBlockFromExtension, text, webUrl } from './article-schema';
import { MAX_IMAGES } from './offline-images/candidates';
import { HighlightSchema, type Highlight } from './highlights/highlight';
import type { PageSaveOutcome } from './quick-save/outcome';

/** What the library's import panel may ask of the import queue. */
const QUEUE_ACTIONS = ['start', 'pause', 'resume', 'retry'] as const;
export type QueueAction = (typeof QUEUE_ACTIONS)[number];

/** Every request: its schema, and (as a type) its response. */
const requestSchemas = {
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
  /** The overlay's highlights (utils/background/highlight-handlers.ts), by the saved article's URL. */
  'highlights/list': v.object({ type: v.literal('highlights/list'), url: text(8_000) }),
  'highlights/put': v.object({
    type: v.literal('highlights/put'),
    url: text(8_000),
    highlight: HighlightSchema,
  }),
  'highlights/delete': v.object({ type: v.literal('highlights/delete'), id: text(100) }),
  /** The popup's Read and Save, on the tab it was opened over (utils/background/save-page.ts). */
  'tab/read': v.object({ type: v.literal('tab/read'), tabId: v.pipe(v.number(), v.integer()) }),
  'tab/save': v.object({ type: v.literal('tab/save'), tabId: v.pipe(v.number(), v.integer()) }),
  /** The import queue (utils/background/import-queue.ts): wake it after an import, pause, resume, retry. */
  'import/control': v.object({
    type: v.literal('import/control'),
    action: v.picklist(QUEUE_ACTIONS),
  }),
} as const;

/**
 * Requests only the test build (LECTERN_E2E=1) accepts: Firefox e2e tests open the reader on a
 * tab as a toolbar click would. Behind a function and the build flag so a production build
 * drops them whole.
 */
function testRequestSchemas() {
  return {
    'reader/open': v.object({ type: v.literal('reader/open'), tabId: v.pipe(v.number(), v.integer()) }),
  } as const;
}

type Schemas = typeof requestSchemas & ReturnType<typeof testRequestSchemas>;
export type MessageType = keyof Schemas;
export type TestMessageType = keyof ReturnType<typeof testRequestSchemas>;
export type Request<T extends MessageType> = v.InferOutput<Schemas[T]>;
export type AnyRequest = { [T in MessageType]: Request<T> }[MessageType];
export type TestRequest = Request<TestMessageType>;

export interface Responses {
  'article/save': { ok: true; id: string; updated: boolean } | Failure;
  'article/lookup': { ok: true; id: string | null };
  'library/open': { ok: true };
  'highlights/list': { ok: true; articleId: string | null; highlights: Highlight[] } | Failure;
  'highlights/put': { ok: true } | Failure;
  'highlights/delete': { ok: true } | Failure;
  'tab/read': { ok: true } | Failure;
  'tab/save': { ok: true; outcome: PageSaveOutcome };
  'reader/open': { ok: true } | Failure;
  'import/control': { ok: true } | Failure;
}

interface Failure {
  ok: false;
  error: string;
}

const AnyRequestSchema = v.variant('type', Object.values(requestSchemas));

/** Parses an incoming message; null when it is not one of ours or is malformed. */
export function parseRequest(message: unknown): AnyRequest | null {
  if (import.meta.env.LECTERN_E2E === '1') {
    const test = v.safeParse(v.variant('type', Object.values(testRequestSchemas())), message);
    if (test.success) return test.output;
  }
  const result = v.safeParse(AnyRequestSchema, message);
  return result.success ? result.output : null;
}

/** True for a request only the test build accepts (see testRequestSchemas). */
export function isTestRequest(request: AnyRequest): request is TestRequest {
  return import.meta.env.LECTERN_E2E === '1' && request.type === 'reader/open';
}

/** Which requests only extension pages (never a content script in a web page) may make. */
export function extensionPageOnly(type: MessageType): boolean {
  return (
    type === 'import/control' ||
    type === 'tab/read' ||
    type === 'tab/save' ||
    (import.meta.env.LECTERN_E2E === '1' && type === 'reader/open')
  );
}
