/**
 * Readability itself, without the rest of its package: the package's index also bundles
 * isProbablyReaderable, which Lectern does not use (1.3 KB the content script would carry).
 */
export { default as Readability } from '@mozilla/readability/Readability.js';
