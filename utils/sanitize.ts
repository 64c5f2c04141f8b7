/**
 * The one door through which page-derived HTML reaches the screen or the database.
 *
 * Extracted HTML is hostile input. Everything is dropped except the plain document structure of
 * an article (written allow-list below); every URL is resolved against the page's own URL and kept
 * only when it is http(s) (or mailto for links); links open in a new tab without an opener.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import type { SafeHtml } from './article';

/** Elements an article may contain. No forms, frames, media, SVG, MathML, style or script. */
export const ALLOWED_TAGS = [
  'a',
  'abbr',
  'address',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'main',
  'mark',
  'ol',
  'p',
  'picture',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'source',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];

/** Attributes kept. No style (CSS can exfiltrate), no event handlers, no data-* except our marker. */
export const ALLOWED_ATTR = [
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'headers',
  'datetime',
  'cite',
  'lang',
  'dir',
  'id',
  'class',
  'start',
  'reversed',
  'type',
  'open',
  'media',
  'data-lectern-removed',
];

const SAFE_LINK = /^(?:https?:|mailto:)/i;
const SAFE_RESOURCE = /^https?:/i;
/** Code-block language hints are the only classes worth keeping (`language-python`, `lang-js`). */
const KEPT_CLASS = /^(?:language|lang)-[\w+#-]{1,30}$/;
/** DOMPurify prefixes ids (SANITIZE_NAMED_PROPS) so they can't clobber; in-page links follow. */
const ID_PREFIX = 'user-content-';

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  FORBID_TAGS: [
    'style',
    'script',
    'template',
    'noscript',
    'form',
    'iframe',
    'object',
    'embed',
    'svg',
    'math',
  ],
  // No Trusted Types policy: the results are strings and inert documents for our own code, and a
  // policy would be created in the page's own Trusted Types factory (taking a name its own
  // DOMPurify may need); without one DOMPurify also skips a type lookup for every attribute.
  TRUSTED_TYPES_POLICY: null,
  // ALLOWED_URI_REGEXP stays DOMPurify's default: in 3.x it is checked against every attribute
  // that is not URI-safe (width, colspan...), so a strict one silently drops them. URL schemes
  // are enforced by our own attribute hook instead, before DOMPurify's check.
};

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'cite',
  'srcset',
  'poster',
  'action',
  'formaction',
  'xlink:href',
  'background',
  'data',
  'longdesc',
  'ping',
]);

/** An absolute http(s) address a URL parser keeps as it is (no space, control or backslash). */
const PLAIN_ABSOLUTE = /^https?:\/\/[^\s\\\x00-\x1f]+$/i;

function resolveUrl(value: string, baseUrl: string): string | null {
  const trimmed = value.trim();
  // Most addresses arrive absolute (Readability resolved them): parsing each one again was a
  // tenth of sanitising a link-heavy article.
  if (PLAIN_ABSOLUTE.test(trimmed)) return trimmed;
  try {
    return new URL(trimmed, baseUrl).href;
  } catch {
    return null;
  }
}

function resolveSrcset(value: string, baseUrl: string): string {
  return value
    .split(/,\s+/)
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      const absolute = resolveUrl(url, baseUrl);
      return absolute && SAFE_RESOURCE.test(absolute) ? [absolute, ...descriptor].join(' ') : null;
    })
    .filter((candidate): candidate is string => candidate !== null)
    .join(', ');
}

/**
 * Resolves a URL attribute against the page and decides whether it may stay: links may be
 * http(s), mailto or in-page; resources only http(s). Returns null to drop the attribute.
 */
function safeUrlValue(name: string, value: string, baseUrl: string): string | null {
  if (name === 'srcset') return resolveSrcset(value, baseUrl) || null;
  if (name === 'href' && value.trim().startsWith('#')) {
    // Same rule as DOMPurify's for ids: prefix once, so sanitising again (every render does)
    // keeps footnote links pointing at their notes.
    const target = value.trim().slice(1);
    return `#${target.startsWith(ID_PREFIX) ? target : ID_PREFIX + target}`;
  }
  const absolute = resolveUrl(value, baseUrl);
  if (!absolute) return null;
  if (name === 'href') return SAFE_LINK.test(absolute) ? absolute : null;
  if (name === 'src' || name === 'cite') return SAFE_RESOURCE.test(absolute) ? absolute : null;
  return null;
}

/** Classes and link targets, once DOMPurify has kept an element's attributes. */
function finishElement(element: Element): void {
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

export function createSanitizer(window: Window | typeof globalThis): Sanitizer {
  let currentBase = 'about:blank';
  const attributeHook: Parameters<DOMPurify['addHook']>[1] = (_node, data) => {
    if (!URL_ATTRIBUTES.has(data.attrName)) return;
    const value = safeUrlValue(data.attrName, data.attrValue, currentBase);
    if (value === null) data.keepAttr = false;
    else data.attrValue = value;
  };
  // One DOMPurify per kind of result, each configured once (setConfig): a config passed to every
  // sanitize() call is parsed again each time (its allow-lists rebuilt), a real share of the cost
  // of the many small sanitisations of an extraction (each removed block).
  const instance = (extra: Config): DOMPurify => {
    const purify: DOMPurify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    // DOMPurify returns its input unchanged on a DOM it does not support (linkedom, happy-dom):
    // refusing to run is the only safe answer.
    if (!purify.isSupported) throw new Error('This DOM cannot run the sanitiser (DOMPurify unsupported).');
    purify.setConfig({ ...CONFIG, ...extra });
    purify.addHook('uponSanitizeAttribute', attributeHook);
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeType === 1) finishElement(node as Element);
    });
    return purify;
  };
  // Building one takes 0.5-1 ms (DOMPurify makes its functions and allow-lists anew), paid on
  // every page the reader opens on: the tree one an extraction always uses is built (and the DOM
  // checked) now, the other two when first asked for.
  const lazy = (extra: Config) => {
    let purify: DOMPurify | undefined;
    return () => (purify ??= instance(extra));
  };
  const toBody = lazy({ RETURN_DOM: true });
  toBody();
  const toString = lazy({ RETURN_TRUSTED_TYPE: false });
  const toFragment = lazy({ RETURN_DOM_FRAGMENT: true });

  function run(purify: () => DOMPurify, dirty: string | Node, baseUrl: string): unknown {
    currentBase = /^https?:/i.test(baseUrl) ? baseUrl : 'about:blank';
    try {
      return purify().sanitize(dirty);
    } finally {
      currentBase = 'about:blank';
    }
  }

  const ownElement = (window as { Element?: typeof Element }).Element;
  /**
   * Whether DOMPurify can take `element` as a tree: one of its own window's elements, and not a
   * <body> or <html>, which it takes as its own root and cannot remove. Others go the string way.
   */
  const inOwnTree = (element: Element) =>
    typeof ownElement === 'function' &&
    element instanceof ownElement &&
    element.tagName !== 'BODY' &&
    element.tagName !== 'HTML';

  function clean(dirty: string, baseUrl: string) {
    const nodes = run(toFragment, dirty, baseUrl) as DocumentFragment;
    const holder = nodes.ownerDocument.createElement('div');
    holder.appendChild(nodes);
    return { html: holder.innerHTML as SafeHtml, nodes: holder };
  }

  return {
    html: (dirty, baseUrl) => run(toString, dirty, baseUrl) as SafeHtml,
    clean,
    cleanTree(root, baseUrl, removed = []) {
      if (!inOwnTree(root) || !removed.every(inOwnTree)) {
        const removedHtml = removed.map((element) => run(toString, element.outerHTML, baseUrl) as SafeHtml);
        return { ...clean(root.innerHTML, baseUrl), removedHtml };
      }
      // Each tree in a wrapper of its own, all in one container: one pass for them all.
      const doc = root.ownerDocument;
      const { parentNode, nextSibling } = root;
      const container = doc.createElement('div');
      for (const element of [root, ...removed])
        container.appendChild(doc.createElement('div')).appendChild(element);
      let copies: Element[];
      try {
        const body = run(toBody, container, baseUrl) as HTMLElement;
        copies = Array.from(body.firstElementChild?.children ?? []);
      } finally {
        parentNode?.insertBefore(root, nextSibling);
      }
      const [rootWrapper, ...removedWrappers] = copies;
      if (!rootWrapper) throw new Error('The sanitiser lost the article container.');
      // The copy of `root` is its wrapper's only child, unless DOMPurify unwrapped it (a tag it
      // does not allow): then the wrapper holds what was inside it.
      const copy = rootWrapper.firstElementChild;
      const only = rootWrapper.childNodes.length === 1 && copy?.tagName === root.tagName;
      const nodes = only ? copy : rootWrapper;
      return {
        html: nodes.innerHTML as SafeHtml,
        nodes,
        removedHtml: removedWrappers.map((wrapper) => wrapper.innerHTML as SafeHtml),
      };
    },
    fragment(dirty, baseUrl, targetDocument, adjust) {
      const fragment = run(toFragment, dirty, baseUrl) as DocumentFragment;
      adjust?.(fragment);
      return targetDocument.importNode(fragment, true);
    },
  };
}

let defaultSanitizer: Sanitizer | null = null;

/** The sanitiser for the current browser context (content script, extension page). */
export function browserSanitizer(): Sanitizer {
  defaultSanitizer ??= createSanitizer(globalThis);
  return defaultSanitizer;
}
