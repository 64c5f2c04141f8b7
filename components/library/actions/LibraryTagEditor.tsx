/**
 * Adds and removes tags, on one article or on a selection, completing from tags already used
 * (most used first) with the browser's own suggestion list.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { suggestTags } from '@/utils/library/edits';
import type { Facet } from '@/utils/library/db/schema';
import './LibraryTagEditor.css';

interface Props {
  /** What is being tagged, for the heading: a title or "12 articles". */
  subject: string;
  /** Tags the article has (one article), shown with a remove button. */
  current: string[] | null;
  known: Facet[];
  onAdd: (tag: string) => void;
  onRemove: (tag: string) => void;
  onClose: () => void;
}

export function LibraryTagEditor({ subject, current, known, onAdd, onRemove, onClose }: Props) {
  const [typed, setTyped] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const suggestions = suggestTags(known, typed, current ?? []);
  const add = () => {
    if (typed.trim()) onAdd(typed);
    setTyped('');
  };
  return (
    <div
      class="lectern-tag-editor"
      role="group"
      aria-label={`Tags for ${subject}`}
      onKeyDown={(event) => event.key === 'Escape' && (event.preventDefault(), onClose())}
    >
      <span class="subject">Tags for {subject}</span>
      {current?.map((tag) => (
        <span class="tag" key={tag}>
          {tag}
          <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => onRemove(tag)}>
            ×
          </button>
        </span>
      ))}
      {!current && known.length > 0 && (
        <select
          aria-label="Remove a tag from the selection"
          value=""
          onChange={(event) => event.currentTarget.value && onRemove(event.currentTarget.value)}
        >
          <option value="">Remove a tag…</option>
          {known.map((tag) => (
            <option key={tag.key} value={tag.name}>
              {tag.name}
            </option>
          ))}
        </select>
      )}
      <input
        ref={input}
        class="lectern-tag-input"
        list="lectern-tag-suggestions"
        placeholder="Add a tag"
        aria-label="Add a tag"
        value={typed}
        maxLength={40}
        onInput={(event) => setTyped(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), add())}
      />
      <datalist id="lectern-tag-suggestions">
        {suggestions.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      <button type="button" class="lectern-button" onClick={add} disabled={!typed.trim()}>
        Add
      </button>
      <button type="button" class="lectern-button" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
