import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isTextEntry } from '../reader-keys';
import { selectedText, type SelectedText } from './selection';
import { bodyOf } from './useHighlights';

/**
 * Follows the selection in the article body (for the toolbar over it) and the `h` key. The key is
 * taken in the capture phase on the window, as the overlay's other shortcuts are.
 */
export function useSelectionTracking(
  articleRef: RefObject<HTMLElement>,
  onKeyH: (selection: SelectedText) => void,
) {
  const [selection, setSelection] = useState<SelectedText | null>(null);
  useEffect(() => {
    const doc = articleRef.current?.ownerDocument ?? document;
    const view = doc.defaultView ?? window;
    let frame = 0;
    const check = () => {
      view.cancelAnimationFrame(frame);
      frame = view.requestAnimationFrame(() => {
        const body = bodyOf(articleRef);
        setSelection(body ? selectedText(body) : null);
      });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'h' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextEntry(event.composedPath()[0] ?? event.target)) return;
      const body = bodyOf(articleRef);
      const current = body && selectedText(body);
      if (!current) return;
      event.preventDefault();
      onKeyH(current);
    };
    doc.addEventListener('selectionchange', check);
    view.addEventListener('pointerup', check, true);
    view.addEventListener('keydown', onKey, true);
    // Text selected before this layer was ready (the article shows before its highlights are read)
    // gets its toolbar now.
    check();
    return () => {
      view.cancelAnimationFrame(frame);
      doc.removeEventListener('selectionchange', check);
      view.removeEventListener('pointerup', check, true);
      view.removeEventListener('keydown', onKey, true);
    };
  }, [onKeyH]);
  return [selection, setSelection] as const;
}
