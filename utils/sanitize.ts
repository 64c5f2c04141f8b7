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
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite',
  'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd',
  'li', 'main', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section',
  'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];

/** Attributes kept. No style (CSS can exfiltrate), no event handlers, no data-* except our marker. */
export const ALLOWED_ATTR = [
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope',
  'headers', 'datetime', 'cite', 'lang', 'dir', 'id', 'class', 'start', 'reversed', 'type', 'open',
  'media', 'data-lectern-removed',
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
  FORBID_TAGS: ['style', 'script', 'template', 'noscript', 'form', 'iframe', 'object', 'embed', 'svg', 'math'],
  // Any URL that is not http(s)/mailto is removed; relative ones were made absolute by the hook first.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
};

function resolveUrl(value: string, baseUrl: string): string | null {
  try {
    return new URL(value.trim(), baseUrl).href;
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

/** Rewrites one element's URLs and classes once DOMPurify has kept its attributes. */
function finishElement(element: Element, baseUrl: string): void {
  const href = element.getAttribute('href');
  if (href !== null) {
    if (href.startsWith('#')) {
      element.setAttribute('href', `#${ID_PREFIX}${href.slice(1)}`);
    } else {
      const absolute = resolveUrl(href, baseUrl);
      if (absolute && SAFE_LINK.test(absolute)) element.setAttribute('href', absolute);
      else element.removeAttribute('href');
    }
  }
  if (element.tagName === 'A' && element.hasAttribute('href')) {
    element.setAttribute('target', '_blank');
    element.setAttribute('rel', 'noopener noreferrer');
  }
  for (const name of ['src', 'cite']) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    const absolute = resolveUrl(value, baseUrl);
    if (absolute && SAFE_RESOURCE.test(absolute)) element.setAttribute(name, absolute);
    else element.removeAttribute(name);
  }
  const srcset = element.getAttribute('srcset');
  if (srcset !== null) {
    const resolved = resolveSrcset(srcset, baseUrl);
    if (resolved) element.setAttribute('srcset', resolved);
    else element.removeAttribute('srcset');
  }
  const classes = (element.getAttribute('class') ?? '').split(/\s+/).filter((name) => KEPT_CLASS.test(name));
  if (classes.length) element.setAttribute('class', classes.join(' '));
  else element.removeAttribute('class');
  if (element.tagName === 'SOURCE' && element.getAttribute('type') && !/^image\//i.test(element.getAttribute('type') ?? '')) {
    element.removeAttribute('type');
  }
}

export interface Sanitizer {
  /** Sanitises page-derived HTML; relative URLs resolve against `baseUrl` (the page's own URL). */
  html(dirty: string, baseUrl: string): SafeHtml;
  /** The same, returning both the markup and its nodes (one pass), e.g. to read its text. */
  clean(dirty: string, baseUrl: string): { html: SafeHtml; nodes: DocumentFragment };
  /** Sanitises and returns nodes owned by `targetDocument`, ready to append: no innerHTML needed. */
  fragment(dirty: string, baseUrl: string, targetDocument: Document): DocumentFragment;
}

export function createSanitizer(window: Window | typeof globalThis): Sanitizer {
  const purify: DOMPurify = createDOMPurify(window as unknown as Window);
  // DOMPurify returns its input unchanged on a DOM it does not support (linkedom, happy-dom):
  // refusing to run is the only safe answer.
  if (!purify.isSupported) throw new Error('This DOM cannot run the sanitiser (DOMPurify unsupported).');

  let currentBase = 'about:blank';
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType === 1) finishElement(node as Element, currentBase);
  });

  function run<T>(dirty: string, baseUrl: string, extra: Config & T): unknown {
    currentBase = /^https?:/i.test(baseUrl) ? baseUrl : 'about:blank';
    try {
      return purify.sanitize(dirty, { ...CONFIG, ...extra });
    } finally {
      currentBase = 'about:blank';
    }
  }

  return {
    html: (dirty, baseUrl) => run(dirty, baseUrl, { RETURN_TRUSTED_TYPE: false }) as SafeHtml,
    clean(dirty, baseUrl) {
      const nodes = run(dirty, baseUrl, { RETURN_DOM_FRAGMENT: true }) as DocumentFragment;
      const holder = nodes.ownerDocument.createElement('div');
      holder.appendChild(nodes.cloneNode(true));
      return { html: holder.innerHTML as SafeHtml, nodes };
    },
    fragment(dirty, baseUrl, targetDocument) {
      const fragment = run(dirty, baseUrl, { RETURN_DOM_FRAGMENT: true }) as DocumentFragment;
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
