/**
 * The sanitiser on the browser's own HTML Sanitizer API (`Element.setHTML`, Chrome 146+,
 * Firefox 148+): the engine of the extension's every page and content script.
 *
 * `setHTML` parses and sanitises in one native step and always removes what could run script
 * (script, frames, event handlers, `javascript:` URLs), whatever its configuration allows; the
 * configuration narrows it to the article allow-list (policy.ts). Three things the API does not
 * do are done here, as DOMPurify's hooks do them in Node (dompurify.ts):
 * - an element that is not allowed gives way to its content (the API drops it whole), unless it
 *   is one whose content is code, media or metadata (DROPPED_WITH_CONTENT);
 * - URLs are resolved against the page and kept only when http(s) (mailto, in-page for links);
 * - ids are prefixed, classes narrowed to code languages, links open in a new tab.
 *
 * All work happens in an inert document of our own (no browsing context: nothing loads, nothing
 * runs); only finished nodes are imported into the document that shows them.
 */
import type { SafeHtml } from '../article';
import {
  ALLOWED_ATTR,
  ALLOWED_TAGS,
  DROPPED_WITH_CONTENT,
  finishElement,
  ID_PREFIX,
  safeBase,
  safeUrlValue,
  type Sanitizer,
  URL_ATTRIBUTES,
} from './policy';
import { isHiddenByStyle, STYLED_MEDIA } from './trackers';

/** The parts of the HTML Sanitizer API used here (TypeScript's DOM library lacks them). */
type NativeSanitizer = object;
interface SanitizerConstructor {
  new (config: {
    elements: string[];
    attributes: string[];
    comments: boolean;
    dataAttributes: boolean;
  }): NativeSanitizer;
}
type SetHtml = (this: Element, html: string, options: { sanitizer: NativeSanitizer }) => void;

export const NO_NATIVE_SANITIZER =
  'This browser cannot run the sanitiser: Lectern needs Chrome 146 or Firefox 148 or later.';

function sanitizerApi(
  window: Window | typeof globalThis,
): { Sanitizer: SanitizerConstructor; setHtml: SetHtml } | null {
  const Sanitizer = (window as { Sanitizer?: SanitizerConstructor }).Sanitizer;
  const setHtml = (window as { Element?: { prototype: { setHTML?: SetHtml } } }).Element?.prototype.setHTML;
  return typeof Sanitizer === 'function' && typeof setHtml === 'function' ? { Sanitizer, setHtml } : null;
}

export const hasNativeSanitizer = (window: Window | typeof globalThis) => sanitizerApi(window) !== null;

/** Matches any element the allow-list lacks. */
const NOT_ALLOWED = `:not(${ALLOWED_TAGS.join(',')})`;
/**
 * Elements that may carry something the policy rewrites or drops once the API has kept only the
 * allowed attributes: a URL, an id, a class, a source's type (finishElement).
 */
const NEEDS_POLICY = [
  ...ALLOWED_ATTR.filter((name) => URL_ATTRIBUTES.has(name)).map((name) => `[${name}]`),
  '[id]',
  '[class]',
  'img',
  'source',
].join(',');

export function createNativeSanitizer(window: Window | typeof globalThis): Sanitizer {
  const api = sanitizerApi(window);
  if (!api) throw new Error(NO_NATIVE_SANITIZER);
  const config = new api.Sanitizer({
    elements: ALLOWED_TAGS,
    attributes: ALLOWED_ATTR,
    comments: false,
    dataAttributes: false,
  });
  const inert = window.document.implementation.createHTMLDocument('');
  const parser = new (window as typeof globalThis).DOMParser();

  // Read through the prototypes, not the elements: an element that is not allowed may be a form,
  // whose named controls shadow its own properties (`<input name="parentNode">`).
  const nodeProto = (window as typeof globalThis).Node.prototype;
  const getter = (name: string) => Object.getOwnPropertyDescriptor(nodeProto, name)!.get!;
  const parentOf = getter('parentNode') as (this: Node) => Node | null;
  const firstChildOf = getter('firstChild') as (this: Node) => ChildNode | null;
  const nameOf = Object.getOwnPropertyDescriptor(
    (window as typeof globalThis).Element.prototype,
    'localName',
  )!.get! as (this: Element) => string;
  const { insertBefore, removeChild } = nodeProto;

  /** What DOMPurify's KEEP_CONTENT does: unwrap an element that is not allowed, or drop it whole. */
  function settleDisallowed(container: Element): void {
    for (const element of Array.from(container.querySelectorAll(NOT_ALLOWED))) {
      const parent = parentOf.call(element);
      // Already gone with a dropped ancestor.
      if (!parent || !container.contains(element)) continue;
      if (!DROPPED_WITH_CONTENT.has(nameOf.call(element).toLowerCase())) {
        for (let child = firstChildOf.call(element); child; child = firstChildOf.call(element))
          insertBefore.call(parent, child, element);
      }
      removeChild.call(parent, element);
    }
  }

  /** The policy's rewrites, on the sanitised nodes (only the elements that carry something). */
  function applyPolicy(container: Element, baseUrl: string): void {
    for (const element of Array.from(container.querySelectorAll(NEEDS_POLICY))) {
      for (const name of element.getAttributeNames()) {
        const value = element.getAttribute(name)!;
        if (URL_ATTRIBUTES.has(name)) {
          const safe = safeUrlValue(name, value, baseUrl, element);
          if (safe === null) element.removeAttribute(name);
          else if (safe !== value) element.setAttribute(name, safe);
        } else if (name === 'id' && !value.startsWith(ID_PREFIX)) {
          element.setAttribute(name, ID_PREFIX + value.trim());
        }
      }
      finishElement(element);
    }
  }

  /**
   * A holder in the inert document with `markup` parsed, sanitised and made to follow the policy.
   * `mayHoldDisallowed`: false when the markup is known to hold allowed elements only (checked
   * on the tree it came from), sparing a first parse to unwrap the others.
   */
  function sanitised(markup: string, baseUrl: string, mayHoldDisallowed = true): HTMLElement {
    if (mayHoldDisallowed) {
      // A document of DOMParser's has no browsing context: parsing there runs and loads nothing.
      // After an opening <body>, the markup is parsed in body context, as an element's innerHTML;
      // nothing follows it (an unclosed <plaintext> or <textarea> would take it in as text).
      const scratch = parser.parseFromString(
        `<!doctype html><html><head></head><body>${markup}`,
        'text/html',
      ).body;
      const hidden = dropHiddenMedia(scratch);
      if (scratch.querySelector(NOT_ALLOWED)) settleDisallowed(scratch);
      else if (!hidden) return finishSanitising(markup, baseUrl);
      markup = scratch.innerHTML;
    }
    return finishSanitising(markup, baseUrl);
  }

  function finishSanitising(markup: string, baseUrl: string): HTMLElement {
    const holder = inert.createElement('div');
    api!.setHtml.call(holder, markup, { sanitizer: config });
    applyPolicy(holder, safeBase(baseUrl));
    return holder;
  }

  /**
   * Pictures hidden by their own style, removed before the API drops the style that shows it
   * (policy.ts, noteHiddenMedia). Whether any was removed.
   */
  function dropHiddenMedia(container: Element): boolean {
    let dropped = false;
    for (const element of Array.from(container.querySelectorAll(STYLED_MEDIA))) {
      if (!isHiddenByStyle(element)) continue;
      element.remove();
      dropped = true;
    }
    return dropped;
  }

  /** Whether a tree holds an element the allow-list lacks (a native query: no walk in script). */
  const holdsDisallowed = (element: Element, itself: boolean) =>
    (itself && element.matches(NOT_ALLOWED)) ||
    element.querySelector(NOT_ALLOWED) !== null ||
    element.querySelector(STYLED_MEDIA) !== null;

  function clean(dirty: string, baseUrl: string) {
    const holder = sanitised(dirty, baseUrl);
    return { html: holder.innerHTML as SafeHtml, nodes: holder };
  }

  return {
    html: (dirty, baseUrl) => clean(dirty, baseUrl).html,
    clean,
    cleanTree(root, baseUrl, removed = []) {
      // The tree is only read (serialised), never changed: it may be the live page's.
      const nodes = sanitised(root.innerHTML, baseUrl, holdsDisallowed(root, false));
      const removedHtml = removed.map(
        (element) =>
          sanitised(element.outerHTML, baseUrl, holdsDisallowed(element, true)).innerHTML as SafeHtml,
      );
      return { html: nodes.innerHTML as SafeHtml, nodes, removedHtml };
    },
    fragment(dirty, baseUrl, targetDocument, adjust) {
      const holder = sanitised(dirty, baseUrl);
      const fragment = inert.createDocumentFragment();
      for (let child = holder.firstChild; child; child = holder.firstChild) fragment.appendChild(child);
      adjust?.(fragment);
      return targetDocument.importNode(fragment, true);
    },
  };
}
