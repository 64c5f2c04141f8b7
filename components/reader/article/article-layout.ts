/**
 * Touches the sanitised article fragment before it is shown (never the stored HTML): what a
 * reader needs that the page's markup does not say.
 */

/**
 * A wide table scrolls sideways inside its own box instead of widening the column. The box is
 * focusable and named so keyboard users can scroll it (WCAG 2.1.1, axe scrollable-region-focusable);
 * the table itself keeps display: table and with it its semantics.
 */
function wrapTables(fragment: DocumentFragment): void {
  const tables = Array.from(fragment.querySelectorAll('table'));
  tables.forEach((table, index) => {
    if (table.parentElement?.classList.contains('lectern-table-scroll')) return;
    const wrapper = table.ownerDocument.createElement('div');
    wrapper.className = 'lectern-table-scroll';
    wrapper.setAttribute('role', 'region');
    wrapper.setAttribute('tabindex', '0');
    const caption = table.querySelector('caption')?.textContent?.replace(/\s+/g, ' ').trim();
    wrapper.setAttribute('aria-label', caption || (tables.length > 1 ? `Table ${index + 1}` : 'Table'));
    table.replaceWith(wrapper);
    wrapper.appendChild(table);
  });
}

/**
 * Short cells (figures, dates, names) don't break across lines: "18m 40s" stays whole and a
 * narrow screen scrolls the table instead of stacking it a word per line. Prose cells still wrap.
 */
const SHORT_CELL = 24;
function keepShortCellsWhole(fragment: DocumentFragment): void {
  for (const cell of Array.from(fragment.querySelectorAll('td, th'))) {
    const text = cell.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text.length <= SHORT_CELL) cell.classList.add('lectern-nowrap');
  }
}

/** Code keeps its line breaks and scrolls sideways; the keyboard must be able to scroll it too. */
function focusableCode(fragment: DocumentFragment): void {
  for (const pre of Array.from(fragment.querySelectorAll('pre'))) pre.setAttribute('tabindex', '0');
}

export function layoutArticle(fragment: DocumentFragment): void {
  wrapTables(fragment);
  keepShortCellsWhole(fragment);
  focusableCode(fragment);
}

/**
 * In-page links (footnotes and their back links) point at ids inside the article. In the
 * overlay the article lives in a shadow root, where the browser's own fragment navigation can't
 * see it (it would scroll the page underneath), so the reader follows them itself.
 */
export function followInPageLink(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey)
    return;
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  const id = decodeURIComponent(link?.getAttribute('href')?.slice(1) ?? '');
  if (!link || !id) return;
  const root = link.getRootNode() as Document | ShadowRoot;
  const target = root.getElementById(id);
  if (!target) return;
  event.preventDefault();
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  const view = target.ownerDocument.defaultView;
  const smooth = !view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  target.focus({ preventScroll: true });
}
