/**
 * Marks made on the clone before Readability, because Readability throws away the evidence the
 * cleanup layers need afterwards.
 *
 * - Form controls: Readability strips forms, inputs and buttons, so a newsletter box arrives
 *   as two innocent paragraphs. The box that held the controls keeps a `data-lectern-controls`
 *   mark, which `hasFormControls` (dom.ts) reads as "there was a sign-up form here".
 * - Section headings: Readability drops any element whose class or id merely contains words like
 *   "header", "comment" or "share" (`<h2 class="header-anchor-post">` on Substack). A heading that
 *   sits among the article's paragraphs has its class and id set aside until Readability is done.
 */
import { TextMeasures } from '../dom';

export const FORM_CONTROLS: ReadonlySet<string> = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']);
const CONTROLS = FORM_CONTROLS;

/** `elements`: the page's elements in document order (at least its form controls). */
export function markFormControls(elements: Element[]): void {
  for (const control of elements) {
    if (
      !CONTROLS.has(control.tagName) ||
      (control.tagName === 'INPUT' && control.getAttribute('type') === 'hidden')
    )
      continue;
    const box = (control.closest('form') ?? control).parentElement;
    if (box && box.tagName !== 'BODY' && box.tagName !== 'HTML')
      box.setAttribute('data-lectern-controls', '');
  }
}

/** Readability 0.6's unlikelyCandidates and negative patterns (Readability.js REGEXPS), merged. */
const READABILITY_DISLIKES =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|hidden|com-|contact|masthead|media|meta|outbrain|promo|scroll|share|shopping|tags|widget/i;

type SetAside = Map<Element, Array<[string, string]>>;
export const SECTION_HEADINGS: ReadonlySet<string> = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
const HEADINGS = SECTION_HEADINGS;
/** Marks a section heading of the article's flow (see restoreSectionHeadings). */
export const FLOW_MARK = 'data-lectern-flow';

function amongProse(heading: Element, measures: TextMeasures): boolean {
  let paragraphs = 0;
  for (
    let sibling = heading.parentElement?.firstElementChild;
    sibling;
    sibling = sibling.nextElementSibling
  ) {
    if (sibling.tagName !== 'P') continue;
    if (measures.text(sibling).length >= 100 && measures.linkDensity(sibling) < 0.3 && ++paragraphs >= 2)
      return true;
  }
  return false;
}

/**
 * Sets aside the class and id of section headings in the article's flow; returns what to restore.
 * `elements`: the page's elements in document order (at least its h2-h6).
 */
export function shieldSectionHeadings(elements: Element[], measures = new TextMeasures()): SetAside {
  const setAside: SetAside = new Map();
  for (const heading of elements) {
    if (!HEADINGS.has(heading.tagName)) continue;
    const describing = `${heading.getAttribute('class') ?? ''} ${heading.getAttribute('id') ?? ''}`;
    if (!READABILITY_DISLIKES.test(describing)) continue;
    const text = measures.text(heading);
    if (!text || text.length > 150 || measures.linkDensity(heading) >= 0.5 || !amongProse(heading, measures))
      continue;
    const attributes: Array<[string, string]> = [];
    for (const name of ['class', 'id']) {
      const value = heading.getAttribute(name);
      if (value === null) continue;
      attributes.push([name, value]);
      heading.removeAttribute(name);
    }
    setAside.set(heading, attributes);
  }
  return setAside;
}

/**
 * Puts back what `shieldSectionHeadings` set aside (ids are link targets), on the headings that
 * made it into the article, marked `data-lectern-flow` so the structural layer does not remove
 * them on the same names; the textual layer still judges their words ("Related stories").
 */
export function restoreSectionHeadings(setAside: SetAside, root: Element): void {
  for (const [heading, attributes] of setAside) {
    if (!root.contains(heading)) continue;
    for (const [name, value] of attributes) heading.setAttribute(name, value);
    heading.setAttribute(FLOW_MARK, '');
  }
}
