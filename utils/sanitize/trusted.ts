/**
 * HTML that crossed from one of Lectern's own contexts to another (a content script's save, the
 * offscreen document's parse) was made by the sanitiser on the sending side; the background has
 * no DOM to sanitise it again. Only schemas for messages whose sender was checked to be this
 * extension (utils/background/handlers.ts isTrustedSender, the offscreen reply) may use this:
 * anything read from a file or a web page goes through a Sanitizer instead.
 */
import type { SafeHtml } from '../article';

export function trustedFromExtension(html: string): SafeHtml {
  return html as SafeHtml;
}
