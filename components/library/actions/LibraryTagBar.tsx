/** When the list shows one tag: rename it (merging into an existing tag) or delete it everywhere. */
import { useState } from 'preact/hooks';
import './LibraryTagBar.css';

interface Props {
  tag: string;
  count: number;
  onRename: (to: string) => void;
  onDelete: () => void;
}

export function LibraryTagBar({ tag, count, onRename, onDelete }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(tag);
  return (
    <div class="lectern-tag-bar" role="group" aria-label={`Tag ${tag}`}>
      {renaming ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setRenaming(false);
            if (name.trim() && name.trim() !== tag) onRename(name);
          }}
        >
          <label>
            Rename “{tag}” to{' '}
            <input
              value={name}
              maxLength={40}
              onInput={(event) => setName(event.currentTarget.value)}
              ref={(element) => element?.focus()}
            />
          </label>
          <button type="submit" class="lectern-button">
            Rename
          </button>
          <button type="button" class="lectern-button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <>
          <span>
            Tag “{tag}” · {count === 1 ? '1 article' : `${count} articles`}
          </span>
          <button type="button" class="lectern-button" onClick={() => (setName(tag), setRenaming(true))}>
            Rename tag
          </button>
          <button type="button" class="lectern-button" onClick={onDelete}>
            Delete tag
          </button>
        </>
      )}
    </div>
  );
}
