/**
 * The reader's selection inside the article body, as offsets into the body's text. In the overlay
 * the body is in a shadow root, where `getSelection()` retargets to the host: getComposedRanges
 * (Chromium 137+, Firefox 142+) sees inside; Chromium's older ShadowRoot.getSelection is the fallback.
 */
import { rangeAt, textOffset } from '@/utils/highlights/dom-text';

export interface SelectedText {
  start: number;
  end: number;
  /** A live range over the selection, to place the toolbar by. */
  range: Range;
}

type ComposedSelection = Selection & {
  getComposedRanges?: (options?: { shadowRoots: ShadowRoot[] }) => StaticRange[];
};

function currentRange(body: HTMLElement): AbstractRange | null {
  const root = body.getRootNode();
  const inShadow = root instanceof body.ownerDocument.defaultView!.ShadowRoot;
  const selection = body.ownerDocument.getSelection() as ComposedSelection | null;
  if (selection?.getComposedRanges) {
    if (!selection.rangeCount) return null;
    const ranges = inShadow
      ? selection.getComposedRanges({ shadowRoots: [root as ShadowRoot] })
      : selection.getComposedRanges();
    return ranges[0] ?? null;
  }
  const own = inShadow
    ? (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.()
    : selection;
  return own?.rangeCount ? own.getRangeAt(0) : null;
}

/** The selected text of `body`, white space at its edges left out; null when nothing in it is selected. */
export function selectedText(body: HTMLElement): SelectedText | null {
  const range = currentRange(body);
  if (!range || range.collapsed) return null;
  if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
  const text = body.textContent ?? '';
  let start = textOffset(body, range.startContainer, range.startOffset);
  let end = textOffset(body, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  const live = rangeAt(body, start, end);
  return live ? { start, end, range: live } : null;
}

export function clearSelection(body: HTMLElement): void {
  body.ownerDocument.getSelection()?.removeAllRanges();
}
