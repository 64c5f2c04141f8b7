/**
 * The virtual list: only the rows on screen (and a few either side) exist in the DOM, so
 * 100,000 articles scroll like 100. Keyboard: arrows, Page Up/Down, Home/End move; Enter opens;
 * Space selects (Shift+arrows extend); Ctrl/Cmd+A selects all; Delete deletes; Escape clears.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import './LibraryList.css';

interface Props {
  count: number;
  /** A new value (another filter, sort or query) scrolls back to the top. */
  top: string;
  rowHeight: number;
  active: number;
  label: string;
  /** Renders row `index` positioned at `top`. */
  row: (index: number, top: number) => ComponentChildren;
  /** The rows now on screen (to fetch their data). */
  onRange: (start: number, end: number) => void;
  onActive: (index: number) => void;
  onOpen: (index: number) => void;
  onToggle: (index: number) => void;
  onSelectAll: () => void;
  onDelete: (index: number) => void;
  onEscape: () => void;
}

const OVERSCAN = 4;

export function LibraryList(props: Props) {
  const { count, rowHeight, active } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const focusNext = useRef(false);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const start = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  const end = Math.min(count, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN);
  useLayoutEffect(() => props.onRange(start, end), [start, end, count]);
  // The scroll position as last seen (state), not read from the element: reading scrollTop
  // right after a render forces a layout, once per keystroke while searching.
  useLayoutEffect(() => {
    if (!view.top || !scroller.current) return;
    scroller.current.scrollTop = 0;
    setView((view) => ({ ...view, top: 0 }));
  }, [props.top]);

  // Keep the active row on screen, and give it focus when the keyboard moved it.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || active < 0) return;
    const top = active * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight)
      element.scrollTop = top + rowHeight - element.clientHeight;
    if (focusNext.current) {
      focusNext.current = false;
      requestAnimationFrame(() =>
        document.getElementById(`lectern-row-${active}`)?.focus({ preventScroll: true }),
      );
    }
  }, [active]);

  const move = (index: number) => {
    if (!count) return;
    focusNext.current = true;
    props.onActive(Math.max(0, Math.min(count - 1, index)));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const onRow = (event.target as HTMLElement).matches('li');
    const page = Math.max(1, Math.floor(view.height / rowHeight) - 1);
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (event.key in step) {
      if (event.shiftKey && event.key.startsWith('Arrow'))
        props.onToggle(Math.max(0, Math.min(count - 1, active + step[event.key]!)));
      move(Math.max(0, active) + step[event.key]!);
    } else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(count - 1);
    else if (event.key === 'Enter' && onRow) props.onOpen(active);
    else if ((event.key === ' ' || event.key === 'x') && onRow) props.onToggle(active);
    else if (event.key === 'a' && (event.ctrlKey || event.metaKey)) props.onSelectAll();
    else if (event.key === 'Delete' || (event.key === 'Backspace' && onRow)) props.onDelete(active);
    else if (event.key === 'Escape') props.onEscape();
    else return;
    event.preventDefault();
  };

  const rows: ComponentChildren[] = [];
  for (let index = start; index < end; index++) rows.push(props.row(index, index * rowHeight));
  return (
    <div
      ref={scroller}
      class="lectern-list-scroll"
      onScroll={(event) =>
        setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })
      }
    >
      <ul
        class="lectern-library-list"
        aria-label={props.label}
        style={{ height: `${count * rowHeight}px`, '--row-height': `${rowHeight}px` }}
        onKeyDown={onKeyDown}
      >
        {rows}
      </ul>
    </div>
  );
}
