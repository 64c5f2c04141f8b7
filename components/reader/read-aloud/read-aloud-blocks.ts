/** Which parts of the rendered article are read aloud, one utterance each. */

const BLOCK = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, dt, dd';
/** Code and tables make no sense read out cell by cell or symbol by symbol. */
const SKIPPED = 'pre, table, .lectern-table-scroll, .lectern-meta, .lectern-site';
const SPEAKING_CLASS = 'lectern-speaking';

/**
 * The outermost readable blocks in reading order: a list item is read whole (with its nested
 * paragraphs), a quote too. Hidden blocks (removed clutter) are skipped.
 */
export function readableBlocks(root: HTMLElement): HTMLElement[] {
  const blocks = Array.from(root.querySelectorAll<HTMLElement>(BLOCK)).filter((element) => {
    const parent = element.parentElement?.closest(BLOCK);
    if (parent && root.contains(parent)) return false;
    if (element.closest(SKIPPED)) return false;
    if (!element.textContent?.trim()) return false;
    return element.getClientRects().length > 0;
  });
  // An article of bare text in divs: read the body as one block rather than nothing.
  const body = root.querySelector<HTMLElement>('.lectern-body');
  if (body && !blocks.some((block) => body.contains(block)) && body.textContent?.trim()) blocks.push(body);
  return blocks;
}

export const blockText = (element: HTMLElement) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Marks the paragraph being read and brings it into view if it is not. */
export function highlightBlock(blocks: HTMLElement[], index: number | null): void {
  for (const [position, block] of blocks.entries()) {
    const active = position === index;
    block.classList.toggle(SPEAKING_CLASS, active);
    if (!active) continue;
    const box = block.getBoundingClientRect();
    const view = block.ownerDocument.defaultView;
    if (view && (box.top < 80 || box.bottom > view.innerHeight)) {
      const smooth = !view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      block.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    }
  }
}
