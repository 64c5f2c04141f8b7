/**
 * The one typed way to send a message to the background. It imports only types from
 * messages.ts: a content script that sends messages does not bundle their schemas (valibot),
 * which only the background needs to check what it receives.
 */
import { browser } from 'wxt/browser';
import type { MessageType, Request, Responses } from './messages';

export async function send<T extends MessageType>(request: Request<T> & { type: T }): Promise<Responses[T]> {
  return (await browser.runtime.sendMessage(request)) as Responses[T];
}
