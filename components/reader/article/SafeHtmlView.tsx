import { useLayoutEffect, useRef } from 'preact/hooks';
import type { RemovedBlock } from '@/utils/article';
import { browserSanitizer } from '@/utils/sanitize';

interface Props {
  html: string;
  baseUrl: string;
  removed?: RemovedBlock[];
  restoredIds?: number[];
  class?: string;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | null;
  /**
   * Changes the sanitised nodes while they are still in the sanitiser's inert document (the saved
   * copy swaps in its stored pictures here). Keep it stable: a new function renders afresh.
   */
  adjust?: (fragment: DocumentFragment) => void;
  /** Adjusts the sanitised fragment for display before it is shown (e.g. scrollable tables). */
  prepare?: (fragment: DocumentFragment) => void;
}

/**
 * Renders article HTML. Whatever the source (fresh extraction, the database, an import), it is
 * sanitised again here and appended as nodes: no innerHTML of strings, ever.
 * Removed blocks the reader chose to restore go back in their placeholders.
 */
export function SafeHtmlView({
  html,
  baseUrl,
  removed = [],
  restoredIds = [],
  class: className,
  lang,
  dir,
  adjust,
  prepare,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const sanitizer = browserSanitizer();
    const fragment = sanitizer.fragment(html, baseUrl, element.ownerDocument, adjust);
    for (const id of restoredIds) {
      const block = removed.find((candidate) => candidate.id === id);
      if (!block) continue;
      const wrapper = element.ownerDocument.createElement('div');
      wrapper.className = 'lectern-restored';
      wrapper.appendChild(sanitizer.fragment(block.html, baseUrl, element.ownerDocument, adjust));
      const placeholder = fragment.querySelector(`[data-lectern-removed="${id}"]`);
      if (placeholder) placeholder.replaceWith(wrapper);
      else fragment.appendChild(wrapper);
    }
    // An image that can't load (offline, gone) collapses instead of leaving an empty box the
    // size of its width/height attributes (Firefox keeps that box).
    for (const image of Array.from(fragment.querySelectorAll('img'))) {
      image.addEventListener('error', () => (image.hidden = true), { once: true });
    }
    prepare?.(fragment);
    element.replaceChildren(fragment);
  }, [html, baseUrl, removed, restoredIds.join(','), adjust]);
  return <div ref={container} class={className} lang={lang ?? undefined} dir={dir ?? undefined} />;
}
