import type { RefObject } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { newHighlightId, type Highlight, type HighlightColor } from '@/utils/highlights/highlight';
import { describeRange } from '@/utils/highlights/selectors';
import { HighlightEditor } from './HighlightEditor';
import { HighlightsAside } from './HighlightsAside';
import { canPaint } from './paint';
import { clearSelection, selectedText, type SelectedText } from './selection';
import { SelectionToolbar } from './SelectionToolbar';
import type { HighlightSource } from './source';
import { bodyOf, useHighlights } from './useHighlights';
import { useSelectionTracking } from './useSelectionTracking';

interface Props {
  articleRef: RefObject<HTMLElement>;
  source: HighlightSource | null;
  /** Changes whenever the rendered text may have (a new copy, blocks put back). */
  contentKey: string;
  article: { title: string; url: string };
}

interface Editing {
  id: string;
  at: { x: number; y: number };
  focusNote: boolean;
}

function blank(now: number): Omit<Highlight, 'target' | 'color'> {
  return { id: newHighlightId(), articleId: '', note: '', labels: [], createdAt: now, updatedAt: now };
}

/** Highlights in a reader: the selection's toolbar, `h`, a highlight's editor, undo, notes below. */
export function HighlightLayer({ articleRef, source, contentKey, article }: Props) {
  const highlights = useHighlights(articleRef, source, contentKey);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleted, setDeleted] = useState<Highlight | null>(null);
  const [status, setStatus] = useState('');

  const create = (selected: SelectedText, color: HighlightColor, focusNote = false) => {
    const body = bodyOf(articleRef);
    if (!body) return;
    const highlight = {
      ...blank(Date.now()),
      color,
      target: describeRange(body.textContent ?? '', selected.start, selected.end),
    };
    void highlights.save(highlight);
    const rect = selected.range.getBoundingClientRect();
    clearSelection(body);
    setSelection(null);
    if (focusNote)
      setEditing({ id: highlight.id, at: { x: rect.left + rect.width / 2, y: rect.bottom }, focusNote });
  };
  const onKeyH = useCallback(
    (selected: SelectedText) => create(selected, 'yellow'),
    [highlights.items, source],
  );
  const [selection, setSelection] = useSelectionTracking(articleRef, onKeyH);

  // A click on drawn text opens that highlight (there is no element to click: hit-test its boxes).
  useEffect(() => {
    const element = articleRef.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      const body = bodyOf(articleRef);
      if (!body || selectedText(body)) return;
      const hit = highlights.placedNow.current.find(({ range }) =>
        [...range.getClientRects()].some(
          (box) =>
            event.clientX >= box.left &&
            event.clientX <= box.right &&
            event.clientY >= box.top &&
            event.clientY <= box.bottom,
        ),
      );
      if (hit)
        setEditing({ id: hit.highlight.id, at: { x: event.clientX, y: event.clientY }, focusNote: false });
    };
    element.addEventListener('click', onClick);
    return () => element.removeEventListener('click', onClick);
  }, [contentKey]);

  // The Highlights view opens the saved copy at reader.html?id=…#hl-<id>: show that highlight.
  useEffect(() => {
    const wanted = /^#hl-(.+)$/.exec(location.hash)?.[1];
    const target =
      wanted && highlights.placed.find((item) => item.highlight.id === decodeURIComponent(wanted));
    if (!target) return;
    const box = target.range.getBoundingClientRect();
    window.scrollBy({ top: box.top - window.innerHeight / 3 });
    history.replaceState(null, '', location.pathname + location.search);
  }, [highlights.placed]);

  const remove = (highlight: Highlight) => {
    setEditing(null);
    setDeleted(highlight);
    void highlights.remove(highlight.id);
  };
  const copy = (selected: SelectedText) => {
    const quote = selected.range.toString();
    void navigator.clipboard
      .writeText(`> ${quote.replace(/\n+/g, '\n> ')}\n\n— [${article.title}](${article.url})`)
      .then(() => setStatus('Quote copied with a link to the article.'))
      .catch(() => setStatus('The browser did not allow copying.'));
  };

  const articleNote = highlights.items.find((item) => item.target === null) ?? null;
  const editingHighlight = editing && highlights.items.find((item) => item.id === editing.id);
  const listAll = useMemo(() => {
    const view = articleRef.current?.ownerDocument.defaultView ?? null;
    return view && !canPaint(view) ? highlights.items.filter((item) => item.target) : null;
  }, [highlights.items]);

  return (
    <>
      {selection && !editing && (
        <SelectionToolbar
          rect={selection.range.getBoundingClientRect()}
          onHighlight={(color) => create(selection, color)}
          onNote={() => create(selection, 'yellow', true)}
          onCopy={() => copy(selection)}
        />
      )}
      {editing && editingHighlight && (
        <HighlightEditor
          highlight={editingHighlight}
          at={editing.at}
          focusNote={editing.focusNote}
          onChange={(changed) => void highlights.save(changed)}
          onDelete={() => remove(editingHighlight)}
          onClose={() => setEditing(null)}
        />
      )}
      <div class="lectern-hl-status" role="status" aria-live="polite">
        {highlights.error ?? status}
        {deleted && (
          <>
            {' '}
            Highlight deleted.{' '}
            <button
              type="button"
              class="lectern-button"
              onClick={() => {
                void highlights.save(deleted);
                setDeleted(null);
              }}
            >
              Undo
            </button>
          </>
        )}
      </div>
      <HighlightsAside
        articleNote={articleNote}
        onArticleNote={(note) =>
          void highlights.save({
            ...(articleNote ?? { ...blank(Date.now()), color: 'yellow', target: null }),
            note,
            updatedAt: Date.now(),
          })
        }
        orphans={highlights.orphans}
        onDelete={remove}
        listAll={listAll}
      />
    </>
  );
}
