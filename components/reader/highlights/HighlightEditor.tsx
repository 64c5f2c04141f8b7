import { useEffect, useRef, useState } from 'preact/hooks';
import type { Highlight } from '@/utils/highlights/highlight';
import { ColorButtons } from './ColorButtons';

interface Props {
  highlight: Highlight;
  at: { x: number; y: number };
  focusNote: boolean;
  onChange: (highlight: Highlight) => void;
  onDelete: () => void;
  onClose: () => void;
}

/** A highlight's own box, opened by clicking it: its colour, its note, and Delete. */
export function HighlightEditor({ highlight, at, focusNote, onChange, onDelete, onClose }: Props) {
  const [note, setNote] = useState(highlight.note);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusNote) noteRef.current?.focus();
  }, [highlight.id]);
  const change = (patch: Partial<Highlight>) => onChange({ ...highlight, ...patch, updatedAt: Date.now() });
  const done = () => {
    if (note !== highlight.note) change({ note });
    onClose();
  };
  return (
    <div
      class="lectern-hl-editor"
      role="dialog"
      aria-label="Highlight"
      style={{ top: `${at.y + 12}px`, left: `${Math.max(4, at.x - 140)}px` }}
    >
      <div class="lectern-hl-row">
        <ColorButtons current={highlight.color} onPick={(color) => change({ color, note })} />
      </div>
      <label class="lectern-hl-label">
        Note
        <textarea
          ref={noteRef}
          rows={3}
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
      </label>
      <div class="lectern-hl-row">
        <button type="button" class="lectern-button" onClick={onDelete}>
          Delete
        </button>
        <button type="button" class="lectern-button primary" onClick={done}>
          Done
        </button>
      </div>
    </div>
  );
}
