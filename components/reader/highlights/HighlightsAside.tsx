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
  const saved = articleNote?.note ?? '';
  const [note, setNote] = useState(saved);
  // The field opens on demand: a text field always in the reader would take its letter keys.
  const [editing, setEditing] = useState(false);
  useEffect(() => setNote(saved), [saved]);
  const listed = listAll ?? orphans;
  return (
    <section class="lectern-hl-aside" aria-label="Your notes">
      {editing ? (
        <>
          <label class="lectern-hl-label">
            Note on this article
            <textarea rows={3} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
          </label>
          <button
            type="button"
            class="lectern-button"
            onClick={() => {
              if (note !== saved) onArticleNote(note);
              setEditing(false);
            }}
          >
            Save note
          </button>
        </>
      ) : (
        <>
          {saved && <p class="lectern-hl-article-note">{saved}</p>}
          <button type="button" class="lectern-button" onClick={() => setEditing(true)}>
            {saved ? 'Edit the note on this article' : 'Add a note on this article'}
          </button>
        </>
      )}
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
