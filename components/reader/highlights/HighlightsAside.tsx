import { useEffect, useState } from 'preact/hooks';
import type { Highlight } from '@/utils/highlights/highlight';

interface Props {
  articleNote: Highlight | null;
  onArticleNote: (note: string) => void;
  /** Highlights whose text is not in this copy any more: kept, listed with their quotes. */
  orphans: Highlight[];
  onDelete: (highlight: Highlight) => void;
  /** False where the browser can't draw highlights: then every one is listed here. */
  listAll: Highlight[] | null;
}

/** Below the article: the note on the whole article, and the highlights that could not be placed. */
export function HighlightsAside({ articleNote, onArticleNote, orphans, onDelete, listAll }: Props) {
  const [note, setNote] = useState(articleNote?.note ?? '');
  useEffect(() => setNote(articleNote?.note ?? ''), [articleNote?.note]);
  const listed = listAll ?? orphans;
  return (
    <section class="lectern-hl-aside" aria-label="Your notes">
      <label class="lectern-hl-label">
        Note on this article
        <textarea rows={3} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </label>
      <button
        type="button"
        class="lectern-button"
        disabled={note === (articleNote?.note ?? '')}
        onClick={() => onArticleNote(note)}
      >
        Save note
      </button>
      {listed.length > 0 && (
        <>
          <h2 class="lectern-hl-heading">
            {listAll
              ? 'Highlights (this browser cannot draw them in the text)'
              : `${listed.length} highlight${listed.length === 1 ? '' : 's'} not found in this copy of the text`}
          </h2>
          <ul class="lectern-hl-orphans">
            {listed.map((highlight) => (
              <li key={highlight.id} data-color={highlight.color}>
                <blockquote>{highlight.target?.quote.exact}</blockquote>
                {highlight.note && <p>{highlight.note}</p>}
                <button type="button" class="lectern-button" onClick={() => onDelete(highlight)}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
