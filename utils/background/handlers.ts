/** The background's typed message handlers, one per request type, and the sender check. */
import { browser, type Browser } from 'wxt/browser';
import {
  extensionPageOnly,
  isTestRequest,
  parseRequest,
  type MessageType,
  type TestMessageType,
  type TestRequest,
  type Request,
  type Responses,
} from '../messages';
import { findByUrl, saveArticle } from '../library/articles';
import { openLibraryDb } from '../library/db/open';
import { controlImportQueue } from './import-queue';
import { keepImages } from './keep-images';
import { openLibrary, openReader } from './open-reader';
import { savePage } from './save-page';
import { describeStorageError } from '../library/db/errors';
import { announceChange } from '../library/changes';
import { upkeep } from '../library/upkeep';
import { highlightHandlers } from './highlight-handlers';

type ProductionType = Exclude<MessageType, TestMessageType>;
type Handlers = {
  [T in ProductionType]: (
    request: Request<T>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<Responses[T]>;
};

const handlers: Handlers = {
  ...highlightHandlers,
  async 'article/save'(request) {
    try {
      const db = await openLibraryDb();
      const savedAt = Date.now();
      const saved = await saveArticle(db, request, savedAt);
      // Answer now; open library pages refresh, and the index is tidied after (upkeep.ts).
      announceChange();
      void upkeep(db);
      // Pictures follow in their own transaction, when the user asked for them (keep-images.ts).
      void keepImages(db, {
        id: saved.id,
        savedAt,
        pageUrl: request.article.url,
        candidates: request.images ?? [],
      }).catch((error: unknown) => console.warn('Lectern: offline images not kept', error));
      return { ok: true, ...saved };
    } catch (error) {
      return { ok: false, error: describeStorageError(error) };
    }
  },
  async 'article/lookup'(request) {
    const db = await openLibraryDb();
    const existing = await findByUrl(db, request.url);
    return { ok: true, id: existing?.id ?? null };
  },
  async 'library/open'() {
    await openLibrary();
    return { ok: true };
  },
  async 'tab/read'(request) {
    return openReader(await browser.tabs.get(request.tabId));
  },
  async 'tab/save'(request) {
    const tab = await browser.tabs.get(request.tabId).catch(() => undefined);
    return { ok: true, outcome: await savePage(tab) };
  },
  async 'import/control'(request) {
    try {
      await controlImportQueue(request.action);
      return { ok: true };
    } catch (error) {
      return {
        ok: false,
        error: `The import queue could not ${request.action}: ${(error as Error).message}`,
      };
    }
  },
};

/** The test build's own requests (messages.ts testRequestSchemas), from its own pages only. */
async function handleTestRequest(request: TestRequest): Promise<Responses[TestMessageType]> {
  return openReader(await browser.tabs.get(request.tabId));
}

/** Only our own extension may talk to the background; some requests only from its own pages. */
function isTrustedSender(sender: Browser.runtime.MessageSender, type: MessageType): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (!extensionPageOnly(type)) return true;
  const extensionOrigin = browser.runtime.getURL('/');
  return (
    !!sender.url?.startsWith(extensionOrigin) &&
    (!sender.tab || !!sender.tab.url?.startsWith(extensionOrigin))
  );
}

export async function dispatch(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const request = parseRequest(message);
  if (!request) return { ok: false, error: 'Unknown or malformed message.' };
  if (!isTrustedSender(sender, request.type)) return { ok: false, error: 'Sender not allowed.' };
  if (isTestRequest(request)) return handleTestRequest(request);
  const handler = handlers[request.type] as (
    request: unknown,
    sender: Browser.runtime.MessageSender,
  ) => Promise<unknown>;
  return handler(request, sender);
}
