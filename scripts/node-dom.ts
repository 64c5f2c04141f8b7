/** Node DOMs for running `extract()` outside a browser: linkedom to parse (fast), jsdom to sanitise. */
import { JSDOM } from 'jsdom';
import { DOMParser as LinkedomParser, parseHTML } from 'linkedom';
import type { Sanitizer } from '../utils/sanitize';
import { createDomPurifySanitizer } from '../utils/sanitize/dompurify';

// A copy of a linkedom page (extraction works on copies) has no window to find a DOMParser on,
// and Node has none: extraction's markup restore (utils/extract/dom.ts) takes linkedom's, as a
// browser's copy takes the browser's.
globalThis.DOMParser ??= LinkedomParser as unknown as typeof DOMParser;

let sanitizer: Sanitizer | null = null;

/** DOMPurify refuses linkedom (it would pass everything through), so sanitising runs on jsdom. */
export function nodeSanitizer(): Sanitizer {
  sanitizer ??= createDomPurifySanitizer(
    new JSDOM('<!doctype html><html><body></body></html>').window as unknown as Window,
  );
  return sanitizer;
}

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
