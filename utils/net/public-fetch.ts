/**
 * A fetch that never reaches the reader's own machine or local network (private-hosts.ts), not
 * even through a redirect. An extension's background and offscreen documents are exempt from the
 * browser's Private Network Access rules, so a hostile link or picture address could otherwise
 * make Lectern request a router or a local service on the page's behalf.
 *
 * Redirects are followed here, one hop at a time, each target checked before it is requested
 * (at most MAX_REDIRECTS). A browser hides where a manual redirect points (an "opaqueredirect"
 * response); there the redirect is followed by the browser and the final address checked before
 * anything of the answer is read.
 */
import { isLocalNetworkUrl, localNetworkRefusal } from '../sanitize/private-hosts';

export const MAX_REDIRECTS = 10;

export type PublicFetchResult =
  | { ok: true; response: Response; url: string }
  /** `reason`: plain words, to show beside the link or picture. */
  | { ok: false; reason: string };

export interface PublicFetchOptions {
  fetchImpl?: typeof fetch;
  /**
   * The page the address comes from: when it is itself on the local network (an intranet page),
   * its own local addresses may be fetched.
   */
  pageUrl?: string;
  /** Hosts allowed although local (the e2e build's test server). */
  allowHosts?: readonly string[];
}

const isWebUrl = (url: string) => /^https?:$/i.test(safeProtocol(url));

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

const globalFetch: typeof fetch = (input, init) => fetch(input, init);
/**
 * Fetch implementations known to hide where a manual redirect points: asking hop by hop there
 * would only send every redirected request twice (and double its wait).
 */
const hidesRedirects = new WeakSet<typeof fetch>();
// A browser's own fetch (an extension page, the background page, a service worker) does.
if (typeof document !== 'undefined' || 'ServiceWorkerGlobalScope' in globalThis)
  hidesRedirects.add(globalFetch);

export async function fetchPublic(
  url: string,
  init: RequestInit,
  options: PublicFetchOptions = {},
): Promise<PublicFetchResult> {
  const fetchImpl = options.fetchImpl ?? globalFetch;
  const localAllowed = options.pageUrl !== undefined && isLocalNetworkUrl(options.pageUrl);
  const refusal = (target: string): string | null => {
    if (localAllowed) return null;
    if (options.allowHosts?.length && options.allowHosts.includes(hostOf(target))) return null;
    return localNetworkRefusal(target);
  };
  const cancel = (response: Response) => response.body?.cancel().catch(() => undefined);

  let current = url;
  for (let hops = 0; ; hops++) {
    const refused = refusal(current);
    if (refused)
      return { ok: false, reason: hops === 0 ? `Refused: ${refused}.` : `Refused a redirect: ${refused}.` };
    const hidden = hidesRedirects.has(fetchImpl);
    const response = hidden ? null : await fetchImpl(current, { ...init, redirect: 'manual' });
    if (!response || response.type === 'opaqueredirect') {
      hidesRedirects.add(fetchImpl);
      // The browser will not say where it points: let it follow, then check where it ended.
      const followed = await fetchImpl(current, { ...init, redirect: 'follow' });
      const final = followed.url || current;
      const refusedFinal = refusal(final);
      if (refusedFinal) {
        await cancel(followed);
        return { ok: false, reason: `Refused a redirect: ${refusedFinal}.` };
      }
      return { ok: true, response: followed, url: final };
    }
    const location = REDIRECT_STATUS.has(response.status) ? response.headers.get('location') : null;
    if (location === null) {
      const final = response.url || current;
      const refusedFinal = final === current ? null : refusal(final);
      if (refusedFinal) {
        await cancel(response);
        return { ok: false, reason: `Refused a redirect: ${refusedFinal}.` };
      }
      return { ok: true, response, url: final };
    }
    await cancel(response);
    if (hops >= MAX_REDIRECTS) return { ok: false, reason: `More than ${MAX_REDIRECTS} redirects.` };
    let next: string;
    try {
      next = new URL(location, current).href;
    } catch {
      return { ok: false, reason: 'The site redirected to an address that is not valid.' };
    }
    if (!isWebUrl(next))
      return { ok: false, reason: 'The link redirected to something that is not a web page.' };
    current = next;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
