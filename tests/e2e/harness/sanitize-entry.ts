/**
 * Browser bundle for sanitize-native.spec.ts: the extension's sanitiser (the browser's HTML
 * Sanitizer API) and, for comparison, the DOMPurify one Node uses, on the page it is added to.
 */
import { extract } from '../../../utils/extract';
import type { ExtractResult } from '../../../utils/article';
import { createNativeSanitizer } from '../../../utils/sanitize';
import { createDomPurifySanitizer } from '../../../utils/sanitize/dompurify';

const native = createNativeSanitizer(window);
const domPurify = createDomPurifySanitizer(window);

/** Sanitises `dirty` as an in-memory tree: its first element, or its whole body. */
function tree(dirty: string, base: string): string {
  const body = new DOMParser().parseFromString(dirty, 'text/html').body;
  return native.cleanTree(body.firstElementChild ?? body, base).html;
}

/** Each input through every path: the string, the tree, the string again, and nodes for a page. */
function everyPath(inputs: string[], base: string) {
  return inputs.map((dirty) => {
    const html = native.html(dirty, base);
    const holder = document.createElement('div');
    holder.append(native.fragment(dirty, base, document));
    return { html, tree: tree(dirty, base), again: native.html(html, base), fragment: holder.innerHTML };
  });
}

/**
 * What a reader would see of `html`: parsed as a page parses it, every element with its
 * attributes sorted and trimmed, whitespace collapsed, empty paragraphs left out. Two engines can
 * differ in attribute order, in trimming, and in whether a <p> nested by script is split before
 * or only when the markup is parsed again; none of it shows.
 */
function asShown(html: string): string {
  const body = new DOMParser().parseFromString(`<body>${html}`, 'text/html').body;
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push(text);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    const attributes = element
      .getAttributeNames()
      .sort()
      .map((name) => ` ${name}="${(element.getAttribute(name) ?? '').trim()}"`);
    out.push(`<${element.localName}${attributes.join('')}>`);
    for (let child = element.firstChild; child; child = child.nextSibling) walk(child);
    out.push(`</${element.localName}>`);
  };
  walk(body);
  return out.join('').replaceAll('<p></p>', '');
}

function shown(result: ExtractResult) {
  return {
    ...result,
    ms: 0,
    article: result.article && { ...result.article, html: asShown(result.article.html) },
    fallbackHtml: result.fallbackHtml && asShown(result.fallbackHtml),
    removed: result.removed.map((block) => ({ ...block, html: asShown(block.html) })),
  };
}

/** This page's extraction with each engine, as a reader would see it (JSON, for a plain compare). */
function extractWithBoth() {
  const url = location.href;
  return {
    native: JSON.stringify(shown(extract(document, url, { sanitizer: native }))),
    domPurify: JSON.stringify(shown(extract(document, url, { sanitizer: domPurify }))),
  };
}

Object.assign(window, { lecternSanitizers: { everyPath, extractWithBoth } });
