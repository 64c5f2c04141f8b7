/** Node DOMs for running `extract()` outside a browser: linkedom to parse (fast), jsdom to sanitise. */
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { Sanitizer } from '../utils/sanitize';
import { createDomPurifySanitizer } from '../utils/sanitize/dompurify';

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
