/** Search field and sort order. `/` anywhere on the page focuses the search field. */
import type { Ref } from 'preact';
import type { ListSort, SortKey } from '@/utils/library/listing';
import './LibraryToolbar.css';

export type SortChoice = SortKey | 'relevance';

interface Props {
  query: string;
  searching: boolean;
  sort: ListSort;
  /** While searching: results by relevance, or in the list's sort order. */
  byRelevance: boolean;
  inputRef: Ref<HTMLInputElement>;
  onQuery: (query: string) => void;
  onSort: (choice: SortChoice) => void;
  onDirection: () => void;
}

const SORTS: { key: SortKey; label: string; asc: string; desc: string }[] = [
  { key: 'savedAt', label: 'Date saved', asc: 'oldest first', desc: 'newest first' },
  { key: 'publishedAt', label: 'Date published', asc: 'oldest first', desc: 'newest first' },
  { key: 'title', label: 'Title', asc: 'A to Z', desc: 'Z to A' },
  { key: 'site', label: 'Site', asc: 'A to Z', desc: 'Z to A' },
  { key: 'minutes', label: 'Reading time', asc: 'shortest first', desc: 'longest first' },
];

export function LibraryToolbar(props: Props) {
  const { sort } = props;
  const relevance = props.searching && props.byRelevance;
  const current = SORTS.find((choice) => choice.key === sort.key)!;
  return (
    <div class="lectern-toolbar-row">
      <input
        ref={props.inputRef}
        type="search"
        class="lectern-search"
        placeholder="Search your library"
        aria-label="Search the library"
        aria-keyshortcuts="/"
        value={props.query}
        onInput={(event) => props.onQuery(event.currentTarget.value)}
      />
      <label class="lectern-sort">
        <span class="visually-hidden">Sort by</span>
        <select
          value={relevance ? 'relevance' : sort.key}
          onChange={(event) => props.onSort(event.currentTarget.value as SortChoice)}
        >
          {props.searching && <option value="relevance">Best match</option>}
          {SORTS.map((choice) => (
            <option key={choice.key} value={choice.key}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="lectern-button lectern-direction"
        disabled={relevance}
        aria-label={`Order: ${current[sort.dir]}`}
        title={`Order: ${current[sort.dir]}`}
        onClick={props.onDirection}
      >
        {sort.dir === 'desc' ? '↓' : '↑'}
      </button>
    </div>
  );
}
