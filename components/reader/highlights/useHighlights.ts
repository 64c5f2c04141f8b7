/**
 * A reader's highlights: loaded from their source, anchored in the rendered body's text again
 * whenever it changes (restored blocks, pictures, a new copy), drawn, and changed optimistically
 * (a failed write puts the list back and says why).
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { anchorSelectors } from '@/utils/highlights/anchor';
import type { Highlight } from '@/utils/highlights/highlight';
import { rangeAt } from '@/utils/highlights/dom-text';
import { paint, unpaint } from './paint';
import type { HighlightSource } from './source';

export interface Placed {
  highlight: Highlight;
  range: Range;
}

export function bodyOf(articleRef: RefObject<HTMLElement>): HTMLElement | null {
  return articleRef.current?.querySelector<HTMLElement>('.lectern-body') ?? null;
}

function place(body: HTMLElement, items: Highlight[]): { placed: Placed[]; orphans: Highlight[] } {
  const text = body.textContent ?? '';
  const placed: Placed[] = [];
  const orphans: Highlight[] = [];
  for (const highlight of items) {
    if (!highlight.target) continue;
    const anchored = anchorSelectors(text, highlight.target);
    const range = anchored && rangeAt(body, anchored.start, anchored.end);
    if (range) placed.push({ highlight, range });
    else orphans.push(highlight);
  }
  return { placed, orphans };
}

export function useHighlights(
  articleRef: RefObject<HTMLElement>,
  source: HighlightSource | null,
  contentKey: string,
) {
  const [items, setItems] = useState<Highlight[]>([]);
  const [placed, setPlaced] = useState<Placed[]>([]);
  // What is drawn right now, for hit-testing a click (state lags a render behind the paint).
  const placedNow = useRef<Placed[]>([]);
  const [orphans, setOrphans] = useState<Highlight[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!source) return;
    source
      .list()
      .then(setItems)
      .catch((failure: Error) => setError(`Highlights could not be loaded: ${failure.message}`));
  }, [source]);

  useEffect(() => {
    const body = bodyOf(articleRef);
    if (!body) return;
    const view = body.ownerDocument.defaultView;
    const update = () => {
      const result = place(body, items);
      paint(view, result.placed);
      placedNow.current = result.placed;
      setPlaced(result.placed);
      setOrphans(result.orphans);
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [items, contentKey]);

  useEffect(() => () => unpaint(articleRef.current?.ownerDocument.defaultView ?? null), []);

  const write = async (next: Highlight[], work: () => Promise<void>) => {
    const before = items;
    setItems(next);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setItems(before);
      setError((failure as Error).message);
    }
  };

  return {
    items,
    placed,
    placedNow,
    orphans,
    error,
    save: (highlight: Highlight) =>
      write([...items.filter((item) => item.id !== highlight.id), highlight], () => source!.put(highlight)),
    remove: (id: string) =>
      write(
        items.filter((item) => item.id !== id),
        () => source!.remove(id),
      ),
  };
}
