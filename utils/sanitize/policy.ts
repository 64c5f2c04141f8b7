/**
 * What the one door for page-derived HTML lets through, whichever engine enforces it (the
 * browser's HTML Sanitizer API in the extension, DOMPurify in Node): a written allow-list of the
 * plain document structure of an article; every URL resolved against the page's own URL and kept
 * only when it is http(s) (or mailto for links); links open in a new tab without an opener.
 */
import type { SafeHtml } from '../article';
import { isLocalNetworkAddress, isLocalNetworkUrl } from './private-hosts';
import { MAX_SRCSET_CANDIDATES, parseSrcset, serializeCandidate } from './srcset';
import { isBeaconAddress, isHiddenByStyle, isTinyImage } from './trackers';

export {
  ALLOWED_ATTR,
  ALLOWED_TAGS,
  DROPPED_WITH_CONTENT,
  FORBIDDEN_TAGS,
  URL_ATTRIBUTES,
} from './allowed-markup';

const SAFE_LINK = /^(?:https?:|mailto:)/i;
const SAFE_RESOURCE = /^https?:/i;
/** Code-block language hints are the only classes worth keeping (`language-python`, `lang-js`). */
const KEPT_CLASS = /^(?:language|lang)-[\w+#-]{1,30}$/;
/**
 * Every id is prefixed once (DOMPurify's SANITIZE_NAMED_PROPS rule) so that none can clobber a
 * document property (`id="cookie"`); in-page links follow.
 */
export const ID_PREFIX = 'user-content-';

/** An absolute http(s) address a URL parser keeps as it is (no space, control or backslash). */
const PLAIN_ABSOLUTE = /^https?:\/\/[^\s\\\x00-\x1f]+$/i;

function resolveUrl(value: string, baseUrl: string): string | null {
  const trimmed = value.trim();
  // Most addresses arrive absolute (Readability resolved them): parsing each one again is a
  // large share of sanitising a link-heavy article.
  if (PLAIN_ABSOLUTE.test(trimmed)) return trimmed;
  try {
    return new URL(trimmed, baseUrl).href;
  } catch {
    return null;
  }
}

/**
 * Whether a picture's address must not be requested: a beacon, or the local network when the
 * article's own page is not on it (an intranet page may show its own pictures).
 */
function refusedMedia(absolute: string, baseUrl: string): boolean {
  // Parsed once for both questions (a picture offers a dozen sizes, each checked).
  let parsed: URL;
  try {
    parsed = new URL(absolute);
  } catch {
    return false;
  }
  if (isBeaconAddress(parsed)) return true;
  return isLocalNetworkAddress(parsed) && !pageIsLocal(baseUrl);
}

let lastBase = '';
let lastBaseLocal = false;
function pageIsLocal(baseUrl: string): boolean {
  if (baseUrl !== lastBase) [lastBase, lastBaseLocal] = [baseUrl, isLocalNetworkUrl(baseUrl)];
  return lastBaseLocal;
}

/** img and source elements whose picture the policy refused: finishElement removes them whole. */
const refused = new WeakSet<Element>();

/**
 * Every candidate parsed as the browser parses it and checked like a src; malformed ones and
 * those past MAX_SRCSET_CANDIDATES dropped. `refusedAny`: a candidate was a refused picture.
 */
function cleanSrcset(value: string, baseUrl: string): { value: string; refusedAny: boolean } {
  let refusedAny = false;
  const kept: string[] = [];
  for (const candidate of parseSrcset(value, MAX_SRCSET_CANDIDATES)) {
    const absolute = resolveUrl(candidate.url, baseUrl);
    if (!absolute || !SAFE_RESOURCE.test(absolute) || /\s|,$/.test(absolute)) continue;
    if (refusedMedia(absolute, baseUrl)) {
      refusedAny = true;
      continue;
    }
    kept.push(serializeCandidate({ ...candidate, url: absolute }));
  }
  return { value: kept.join(', '), refusedAny };
}

/**
 * Resolves a URL attribute against the page and decides whether it may stay: links may be
 * http(s), mailto or in-page; resources only http(s), and pictures neither a beacon nor on the
 * local network. Returns null to drop the attribute. `element`, when given, is marked for
 * removal when its picture was refused (an img without its src would still be a tracker's
 * placeholder; a source without candidates is nothing).
 */
export function safeUrlValue(name: string, value: string, baseUrl: string, element?: Element): string | null {
  if (name === 'srcset') {
    const cleaned = cleanSrcset(value, baseUrl);
    if (!cleaned.value && cleaned.refusedAny && element) refused.add(element);
    return cleaned.value || null;
  }
  if (name === 'href' && value.trim().startsWith('#')) {
    // Same rule as DOMPurify's for ids: prefix once, so sanitising again (every render does)
    // keeps footnote links pointing at their notes.
    const target = value.trim().slice(1);
    return `#${target.startsWith(ID_PREFIX) ? target : ID_PREFIX + target}`;
  }
  const absolute = resolveUrl(value, baseUrl);
  if (!absolute) return null;
  if (name === 'href') return SAFE_LINK.test(absolute) ? absolute : null;
  if (name === 'src' || name === 'poster') {
    if (!SAFE_RESOURCE.test(absolute)) return null;
    if (!refusedMedia(absolute, baseUrl)) return absolute;
    if (element) refused.add(element);
    return null;
  }
  if (name === 'cite') return SAFE_RESOURCE.test(absolute) ? absolute : null;
  return null;
}

/**
 * Read before the sanitiser drops the style attribute: an img or source hidden by its own style
 * is there to be requested, not seen, and is removed with the refused ones.
 */
export function noteHiddenMedia(element: Element): void {
  if (/^(?:img|source)$/i.test(element.tagName) && isHiddenByStyle(element)) refused.add(element);
}

/** Longer `sizes` values are junk (the attribute is a short list of media conditions). */
const MAX_SIZES_LENGTH = 1_000;

/**
 * Whether an img or source must go whole once its attributes are settled: a refused picture, a
 * tracker's 1×1 size, or a source left without candidates.
 */
function dropsMedia(element: Element): boolean {
  const tag = element.tagName;
  if (tag !== 'IMG' && tag !== 'SOURCE') return false;
  if (refused.has(element) || isTinyImage(element)) return true;
  return tag === 'SOURCE' && !element.hasAttribute('srcset');
}

/**
 * Classes and link targets, once DOMPurify has kept an element's attributes; refused pictures
 * and trackers removed.
 */
export function finishElement(element: Element): void {
  if (dropsMedia(element)) {
    element.remove();
    return;
  }
  const sizes = element.getAttribute('sizes');
  if (sizes !== null && sizes.length > MAX_SIZES_LENGTH) element.removeAttribute('sizes');
  if (
    element.tagName === 'A' &&
    element.hasAttribute('href') &&
    !element.getAttribute('href')!.startsWith('#')
  ) {
    element.setAttribute('target', '_blank');
    element.setAttribute('rel', 'noopener noreferrer');
  }
  const className = element.getAttribute('class');
  if (className !== null) {
    const classes = className.split(/\s+/).filter((name) => KEPT_CLASS.test(name));
    if (classes.length) element.setAttribute('class', classes.join(' '));
    else element.removeAttribute('class');
  }
  if (element.tagName === 'SOURCE' && !/^image\//i.test(element.getAttribute('type') ?? 'image/'))
    element.removeAttribute('type');
}

export interface Sanitizer {
  /** Sanitises page-derived HTML; relative URLs resolve against `baseUrl` (the page's own URL). */
  html(dirty: string, baseUrl: string): SafeHtml;
  /** The same, returning both the markup and its nodes (one pass), e.g. to read its text. */
  clean(dirty: string, baseUrl: string): { html: SafeHtml; nodes: ParentNode };
  /**
   * `clean` for the children of an element already built in memory (the extracted article):
   * DOMPurify copies the tree into its own inert document and sanitises the copy, sparing a
   * serialise-and-parse round trip. An element of another DOM (linkedom in Node) is serialised.
   *
   * `removed`: detached elements of the same document (the blocks the cleanup took out), each
   * sanitised as its own outerHTML would be, in the same pass (a DOMPurify pass starts with a new
   * inert document, a real share of a small article's cost). They are moved into wrappers;
   * `root` stays where it was.
   */
  cleanTree(
    root: Element,
    baseUrl: string,
    removed?: Element[],
  ): { html: SafeHtml; nodes: ParentNode; removedHtml: SafeHtml[] };
  /**
   * Sanitises and returns nodes owned by `targetDocument`, ready to append: no innerHTML needed.
   * `adjust` sees the nodes first, while still in the sanitiser's inert document: an img changed
   * there never starts loading its old address in the page.
   */
  fragment(
    dirty: string,
    baseUrl: string,
    targetDocument: Document,
    adjust?: (fragment: DocumentFragment) => void,
  ): DocumentFragment;
}

/** The base URLs are resolved against: the page's own when it is http(s), else nothing. */
export const safeBase = (baseUrl: string) => (/^https?:/i.test(baseUrl) ? baseUrl : 'about:blank');
