/**
 * "More": the reader's toolbar in a narrow window (as Firefox's Reader View does it). The tools
 * that do not fit go into a list dropped down under the toolbar; Save and Close stay on the
 * first row. A disclosure, not an ARIA menu: what it holds are the toolbar's own buttons and
 * links (panel toggles, Listen, the saved copy's actions), which Tab reaches in order.
 * Down/Up move between them too; Escape (handled by the reader shell, innermost first) closes
 * the list and puts focus back on its button, as a click on an item does; a click outside
 * closes it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  open: boolean;
  onOpen: (open: boolean) => void;
  children: ComponentChildren;
}

const ITEMS = 'button:not([disabled]), a[href]';

export function ToolbarMenu({ open, onOpen, children }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = () => Array.from(list.current?.querySelectorAll<HTMLElement>(ITEMS) ?? []);

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    // On the window, in the capture phase: the overlay's shell stops every key there before it
    // reaches an element (useReaderKeys), and a closed shadow root hides the target, so the
    // focused item is asked of the list's own root.
    const onKeyDown = (event: KeyboardEvent) => {
      const element = list.current;
      const focused = element && (element.getRootNode() as Document | ShadowRoot).activeElement;
      if (!element || !focused || !element.contains(focused)) return;
      const all = items();
      const at = all.indexOf(focused as HTMLElement);
      const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
      if (event.key in step) all[(at + step[event.key]! + all.length) % all.length]?.focus();
      else if (event.key === 'Home') all[0]?.focus();
      else if (event.key === 'End') all[all.length - 1]?.focus();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        class="lectern-button lectern-icon-button lectern-menu-button"
        data-reader-menu
        aria-label="More reader controls"
        title="More"
        aria-expanded={open}
        aria-controls="lectern-toolbar-menu"
        onClick={() => onOpen(!open)}
      >
        ⋯
      </button>
      {open && (
        <div
          ref={list}
          id="lectern-toolbar-menu"
          class="lectern-toolbar-menu"
          role="group"
          aria-label="More reader controls"
          // An item did what it does: the list closes (a panel it opened shows under the toolbar)
          // and focus goes back to "More", not to the page's top.
          onClick={(event) => {
            if (!(event.target as Element).closest(ITEMS)) return;
            onOpen(false);
            button.current?.focus();
          }}
        >
          {children}
        </div>
      )}
    </>
  );
}
