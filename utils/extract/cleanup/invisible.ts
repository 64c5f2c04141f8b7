/**
 * Elements the reader never sees, dropped from the clone before anything reads it.
 *
 * Readability drops them too, on every attempt, when its walk reaches them (`hidden`,
 * `aria-hidden="true"`, an inline `display: none` or `visibility: hidden`, an `aria-modal`
 * dialog): taking them out first changes nothing it keeps, and spares every pass before it the
 * hidden part of the page. Two kinds stay: an element that holds the page's metadata (JSON-LD,
 * `<meta>`), which Readability reads wherever it is; and Readability's own exception, the
 * formula images of Wikipedia.
 */
import { isHiddenByStyle, STYLED_MEDIA } from '../../sanitize/trackers';

const PAGE_PARTS = new Set(['HTML', 'HEAD', 'BODY']);
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

function isInvisible(element: Element): boolean {
  if (PAGE_PARTS.has(element.tagName)) return false;
  if (element.hasAttribute('hidden')) return true;
  const ariaHidden = element.getAttribute('aria-hidden') === 'true';
  if (ariaHidden && !(element.getAttribute('class') ?? '').includes('fallback-image')) return true;
  if (element.getAttribute('aria-modal') === 'true' && element.getAttribute('role') === 'dialog') return true;
  return HIDING_STYLE.test(element.getAttribute('style') ?? '');
}

const holdsMetadata = (element: Element) =>
  element.getElementsByTagName('meta').length > 0 || element.getElementsByTagName('script').length > 0;

/**
 * Removes the invisible elements of `clone` (scripts already gone, see the file comment).
 * `hiding`: the elements of the clone with an attribute that may hide them, when the caller has
 * them already (bounds.ts); otherwise the clone is queried for them.
 */
export function dropInvisible(clone: Document, hiding?: Element[]): void {
  // One query per attribute (a selector list costs a check per part per element), each asking
  // for no more than isInvisible could be true of: a hiding style says "none" or "hidden".
  const candidates =
    hiding ??
    [
      '[hidden]',
      '[aria-hidden="true"]',
      '[style*="none" i], [style*="hidden" i]',
      '[aria-modal="true"]',
      STYLED_MEDIA,
    ].flatMap((selector) => Array.from(clone.querySelectorAll(selector)));
  // One inside another already dropped is dropped again, from the detached copy: no harm, and
  // no test of whether it is still on the page (which some DOMs answer wrongly for a clone).
  for (const element of candidates) {
    if (isInvisible(element) && !holdsMetadata(element)) element.remove();
    // Pictures hidden by their own style in any way (opacity 0, a 1px box too) are there to be
    // requested, not seen: trackers. Readability drops style attributes, so the sanitiser, which
    // drops them too (trackers.ts), would never see these.
    else if (isStyledMedia(element) && isHiddenByStyle(element)) element.remove();
  }
}

const isStyledMedia = (element: Element) =>
  (element.tagName === 'IMG' || element.tagName === 'SOURCE') && element.hasAttribute('style');
