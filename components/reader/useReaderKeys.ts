import { useEffect, useRef } from 'preact/hooks';

/**
 * Runs `handler` on every key press in the window. The listener is added once and always calls
 * the latest handler: re-subscribing on each state change left a gap (effects run after paint)
 * in which a quick Escape saw the state from before.
 *
 * `modal`: the overlay takes the keyboard wherever focus is, for as long as it is open. Its
 * handler runs first (capture phase) and no key press reaches the page's own shortcuts
 * underneath (a news site's "j"/"k", a video player's space bar); default actions — typing,
 * scrolling, arrows in our own controls — are untouched.
 */
export function useReaderKeys(handler: (event: KeyboardEvent) => void, { modal }: { modal: boolean }): void {
  const current = useRef(handler);
  current.current = handler;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      current.current(event);
      if (modal) event.stopPropagation();
    };
    const swallow = (event: Event) => event.stopPropagation();
    window.addEventListener('keydown', onKeyDown, modal);
    if (modal) {
      window.addEventListener('keypress', swallow, true);
      window.addEventListener('keyup', swallow, true);
    }
    return () => {
      window.removeEventListener('keydown', onKeyDown, modal);
      window.removeEventListener('keypress', swallow, true);
      window.removeEventListener('keyup', swallow, true);
    };
  }, [modal]);
}
