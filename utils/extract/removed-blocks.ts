/**
 * The blocks the cleanup removed, as the reader gets them: each one's markup is sanitised the
 * first time any of them is read (the reader putting a block back, or saving the article), all
 * in one pass. Most readers never look at them, and on a page with a long comment section or
 * big rails they can hold more than the article: sanitising them up front would be most of
 * extract()'s time on such pages.
 */
import type { RemovedBlock, SafeHtml } from '../article';
import type { Sanitizer } from '../sanitize';
import type { PendingRemoval } from './cleanup/removal-log';

const TABLE_PARTS = new Set(['TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'CAPTION', 'COL', 'COLGROUP']);

export function removedBlocks(entries: PendingRemoval[], sanitizer: Sanitizer, url: string): RemovedBlock[] {
  let markup: SafeHtml[] | undefined;
  const sanitiseAll = (): SafeHtml[] => {
    // As built (no serialise-and-parse per block); a table part (a removed row) goes through
    // markup, whose parsing outside a table keeps only its cells' content.
    const built = entries.filter(({ element }) => !TABLE_PARTS.has(element.tagName));
    // cleanTree sanitises an article and its removed blocks in one pass; here there are only
    // the blocks, so the article is an empty element.
    const holder = entries[0]!.element.ownerDocument.createElement('div');
    const { removedHtml } = sanitizer.cleanTree(
      holder,
      url,
      built.map(({ element }) => element),
    );
    const htmlOf = new Map(built.map((entry, index) => [entry, removedHtml[index]!]));
    return entries.map((entry) => htmlOf.get(entry) ?? sanitizer.html(entry.element.outerHTML, url));
  };
  return entries.map(
    ({ id, kind, rule, preview }, index) =>
      Object.defineProperty({ id, kind, rule, preview }, 'html', {
        enumerable: true,
        get: () => (markup ??= sanitiseAll())[index],
      }) as RemovedBlock,
  );
}
