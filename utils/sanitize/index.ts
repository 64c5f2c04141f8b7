/**
 * The one door through which page-derived HTML reaches the screen or the database.
 *
 * Extracted HTML is hostile input. What may pass is written down once (policy.ts); in the
 * extension the browser's own HTML Sanitizer API enforces it (native.ts), in Node DOMPurify on
 * jsdom does (dompurify.ts, imported from there only, so it never ships in the extension).
 */
import { createNativeSanitizer } from './native';
import type { Sanitizer } from './policy';

export * from './policy';
export { createNativeSanitizer, hasNativeSanitizer, NO_NATIVE_SANITIZER } from './native';

let defaultSanitizer: Sanitizer | null = null;

/** The sanitiser for the current browser context (content script, extension page). */
export function browserSanitizer(): Sanitizer {
  defaultSanitizer ??= createNativeSanitizer(globalThis);
  return defaultSanitizer;
}
