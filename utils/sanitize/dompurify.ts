/**
 * The sanitiser on DOMPurify, for DOMs without the HTML Sanitizer API: jsdom in Node (the
 * command-line extractor, the import parser, the tests). The extension itself uses the browser's
 * own (native.ts). Both enforce the same policy (policy.ts).
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import type { SafeHtml } from '../article';
import {
  ALLOWED_ATTR,
  ALLOWED_TAGS,
  DROPPED_WITH_CONTENT,
  FORBIDDEN_TAGS,
  finishElement,
  noteHiddenMedia,
  safeBase,
  safeUrlValue,
  type Sanitizer,
  URL_ATTRIBUTES,
} from './policy';

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
  FORBID_TAGS: FORBIDDEN_TAGS,
  // The policy's list, not DOMPurify's default of the day: the browser engine drops the same.
  FORBID_CONTENTS: [...DROPPED_WITH_CONTENT],
  // No Trusted Types policy: the results are strings and inert documents for our own code, and a
  // policy would be created in the page's own Trusted Types factory (taking a name its own
  // DOMPurify may need); without one DOMPurify also skips a type lookup for every attribute.
  TRUSTED_TYPES_POLICY: null,
  // ALLOWED_URI_REGEXP stays DOMPurify's default: in 3.x it is checked against every attribute
  // that is not URI-safe (width, colspan...), so a strict one silently drops them. URL schemes
  // are enforced by our own attribute hook instead, before DOMPurify's check.
};

export function createDomPurifySanitizer(window: Window | typeof globalThis): Sanitizer {
  let currentBase = 'about:blank';
  const attributeHook: Parameters<DOMPurify['addHook']>[1] = (node, data) => {
    if (!URL_ATTRIBUTES.has(data.attrName)) return;
    const value = safeUrlValue(data.attrName, data.attrValue, currentBase, node as Element);
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
    // Before any attribute is dropped: a picture hidden by its own style is a tracker.
    purify.addHook('beforeSanitizeAttributes', (node) => noteHiddenMedia(node as Element));
    purify.addHook('uponSanitizeAttribute', attributeHook);
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeType === 1) finishElement(node as Element);
    });
    return purify;
  };
  // Building one is not free (DOMPurify makes its functions and allow-lists anew), and is paid on
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
    currentBase = safeBase(baseUrl);
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
