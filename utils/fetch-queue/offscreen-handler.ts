/**
 * The offscreen document's one job: parse a page (or a carried body) into an article. It answers
 * only well-formed requests from this extension's own background; anything else gets no answer,
 * so the message stays for whoever it was meant for.
 */
import { OFFSCREEN_TARGET, parseOffscreenRequest } from './offscreen-protocol';
import { parseCarriedBody, parseFetchedPage, type PageDom, type ParseOutcome } from './parse-page';

export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** undefined: not ours to answer. */
export function handleOffscreenMessage(
  message: unknown,
  sender: Sender,
  dom: PageDom,
  self: { id: string; origin: string },
): ParseOutcome | undefined {
  if ((message as { target?: unknown } | null)?.target !== OFFSCREEN_TARGET) return undefined;
  // The service worker has no tab, and its URL is inside the extension.
  if (sender.id !== self.id || sender.tab || !sender.url?.startsWith(self.origin)) return undefined;
  const request = parseOffscreenRequest(message);
  if (!request) return { ok: false, error: 'Malformed request.' };
  return request.kind === 'page'
    ? parseFetchedPage(dom, request.html, request.url)
    : parseCarriedBody(dom, request.body, request.url, request.title);
}
