/**
 * Reading state of the saved copy: puts the reader back where they left off, reports how far
 * they are, saves it as they scroll, and marks the article read once they reach the end.
 * Fixes over the first version: the position is re-applied while images and fonts still change
 * the page's height (a single scroll landed short), it is saved on leaving (a tab closed within
 * the save delay lost it), and an article short enough to fit on screen also counts as read.
 */
import { useEffect, useState } from 'preact/hooks';
import { openLibraryDb } from '@/utils/library/db/open';
import { READ_AT, saveReadingPosition } from '@/utils/library/reading';

const SAVE_DELAY = 400;
/** How long late layout (images, fonts) may move the restored position. */
const SETTLE_MS = 3000;
/** A page with nothing to scroll counts as read after this long on screen. */
const SHORT_READ_MS = 5000;

function scrollable(): number {
  return document.documentElement.scrollHeight - window.innerHeight;
}

function scrollFraction(): number {
  const max = scrollable();
  return max > 0 ? Math.min(1, window.scrollY / max) : 1;
}

/** `saved` is the stored position (null until the article is loaded). Returns 0..1. */
export function useReadingPosition(id: string, saved: number | null): number {
  const [progress, setProgress] = useState(0);
  const ready = saved !== null;

  useEffect(() => {
    if (!ready) return;
    let timer = 0;
    let pending: number | null = null;
    let settling = saved > 0;
    const save = () => {
      window.clearTimeout(timer);
      if (pending === null) return;
      const fraction = pending;
      pending = null;
      void openLibraryDb().then((db) => saveReadingPosition(db, id, fraction));
    };
    const restore = () => settling && window.scrollTo(0, saved * scrollable());
    const stopSettling = () => (settling = false);
    const onScroll = () => {
      const fraction = scrollFraction();
      setProgress(fraction);
      if (settling) return;
      pending = fraction;
      window.clearTimeout(timer);
      timer = window.setTimeout(save, fraction >= READ_AT ? 0 : SAVE_DELAY);
    };
    const onHide = () => document.visibilityState === 'hidden' && save();
    const resize = new ResizeObserver(restore);
    resize.observe(document.documentElement);
    requestAnimationFrame(() => (restore(), setProgress(scrollFraction())));
    const settled = window.setTimeout(stopSettling, SETTLE_MS);
    const short = window.setTimeout(() => {
      if (scrollable() > 0) return;
      pending = 1;
      save();
    }, SHORT_READ_MS);
    // The reader taking over (wheel, touch, keys) ends the restoring at once.
    const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
    for (const type of inputs) window.addEventListener(type, stopSettling, { passive: true });
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      save();
      resize.disconnect();
      window.clearTimeout(settled);
      window.clearTimeout(short);
      for (const type of inputs) window.removeEventListener(type, stopSettling);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [id, ready]);

  return progress;
}
