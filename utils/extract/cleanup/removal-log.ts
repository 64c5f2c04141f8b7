import { BLOCK_TAGS } from '../dom';
import { blockText } from '../text';

/** A removed element before sanitising: the extractor sanitises each one once, at the end. */
export interface PendingRemoval {
  id: number;
  kind: string;
  rule: string;
  preview: string;
  /** The removed element itself, detached (nothing changes it after its removal). */
  element: Element;
}

const PREVIEW_CHARS = 120;
/** Beyond this many removals the rest are still removed but not offered for restoring. */
const MAX_KEPT = 60;

/**
 * Records what the cleanup removes and leaves an empty placeholder where it was, so the reader
 * can put a block back in its place later.
 */
export class RemovalLog {
  readonly entries: PendingRemoval[] = [];

  remove(element: Element, kind: string, rule: string): void {
    // Its lines, not its bare text: a heading and the line under it keep a space between them.
    const text = blockText(element).replaceAll('\n', ' ');
    const hasMedia = !!element.querySelector?.('img');
    if ((text || hasMedia) && this.entries.length < MAX_KEPT) {
      const id = this.entries.length;
      this.entries.push({
        id,
        kind,
        rule,
        preview: text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text,
        element,
      });
      // An inline label gets an inline placeholder: a div inside a paragraph would split it in two
      // when the HTML is parsed again.
      const placeholder = element.ownerDocument.createElement(
        BLOCK_TAGS.has(element.tagName) ? 'div' : 'span',
      );
      placeholder.setAttribute('data-lectern-removed', String(id));
      element.replaceWith(placeholder);
    } else {
      element.remove();
    }
  }
}

/**
 * Puts every logged removal back in its place under `root` and empties the log: for a cleanup that
 * took (nearly) the whole article, which is then not promo but the page's own text.
 */
export function undoRemovals(root: Element, log: RemovalLog): void {
  for (const entry of log.entries.splice(0).reverse()) {
    root.querySelector(`[data-lectern-removed="${entry.id}"]`)?.replaceWith(entry.element);
  }
}
