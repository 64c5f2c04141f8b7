import type { HighlightColor } from '@/utils/highlights/highlight';
import { ColorButtons } from './ColorButtons';

interface Props {
  /** Where the selection is on screen. */
  rect: DOMRect;
  onHighlight: (color: HighlightColor) => void;
  onNote: () => void;
  onCopy: () => void;
}

/** The small bar over a selection in the article: highlight in a colour, add a note, copy the quote. */
export function SelectionToolbar({ rect, onHighlight, onNote, onCopy }: Props) {
  return (
    <div
      class="lectern-hl-toolbar"
      role="toolbar"
      aria-label="Highlight the selection"
      style={{
        top: `${Math.max(4, rect.top - 48)}px`,
        left: `${Math.max(4, rect.left + rect.width / 2 - 110)}px`,
      }}
      // A press on the bar must not clear the selection it acts on.
      onPointerDown={(event) => event.preventDefault()}
    >
      <ColorButtons onPick={onHighlight} />
      <button type="button" class="lectern-hl-action" onClick={onNote}>
        Note
      </button>
      <button type="button" class="lectern-hl-action" onClick={onCopy}>
        Copy
      </button>
    </div>
  );
}
