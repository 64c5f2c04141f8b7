/**
 * "More": the reader's toolbar in a narrow window (as Firefox's Reader View does it). The tools
 * that do not fit go into a list dropped down under the toolbar; Save and Close stay on the
 * first row. A disclosure, not an ARIA menu: what it holds are the toolbar's own buttons and
 * links (panel toggles, Listen, the saved copy's actions), which Tab reaches in order.
 * Down/Up move between them too; Escape (handled by the reader shell, innermost first) closes
 * the list and puts focus back on its button; a click on an item, or outside, closes it.
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
    if (open) items()[0]?.focus();
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(event.target as HTMLElement);
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in step) all[(at + step[event.key]! + all.length) % all.length]?.focus();
    else if (event.key === 'Home') all[0]?.focus();
    else if (event.key === 'End') all[all.length - 1]?.focus();
    else return;
    event.preventDefault();
  };

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
          onKeyDown={onKeyDown}
          // An item did what it does: the list closes (a panel it opened shows under the toolbar).
          onClick={(event) => (event.target as Element).closest(ITEMS) && onOpen(false)}
        >
          {children}
        </div>
      )}
    </>
  );
}
