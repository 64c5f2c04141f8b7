/**
 * The popup's library: search (focused when the popup opens), Unread / Archive / Favourites /
 * All newest first, the library tab's own virtual list and row actions (favourite, mark read,
 * archive, delete with undo), and the saved copy a click away. Reads IndexedDB directly.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LibraryDb } from '@/utils/library/db/open';
import { ALL, NEWEST, type ListFilter } from '@/utils/library/listing';
import { queryWords } from '@/utils/library/search/query';
import { useLibraryActions } from '../../library/actions/useLibraryActions';
import { LibraryToast } from '../../library/LibraryToast';
import { readerPageUrl, type RowAction } from '../../library/list/LibraryItem';
import { LibraryResults } from '../../library/list/LibraryResults';
import { useListedRows } from '../../library/list/useListedRows';
import { POPUP_FILTER } from '../popup-options';
import { PopupViews } from './PopupViews';

interface Props {
  db: LibraryDb | null;
  error: string | null;
  version: number;
  onChanged: () => void;
}

const NO_SELECTION: ReadonlySet<string> = new Set();
const EMPTY: Record<ListFilter['view'], string> = {
  unread: 'Nothing left to read. Save a page above, and it waits for you here.',
  read: 'Nothing read yet.',
  archived: 'Nothing archived yet.',
  favorites: 'No favourites yet: the star on an article makes it one.',
  all: 'Your library is empty. Save a page above, and it waits for you here.',
};

export function PopupLibrary({ db, error, version, onChanged }: Props) {
  const [filter, setFilter] = useState<ListFilter>(POPUP_FILTER);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const searchField = useRef<HTMLInputElement>(null);
  // A search looks through the whole library, best match first: what is wanted from a popup is
  // to find an article, wherever it is (and no view's whole list need be read for it).
  const searching = queryWords(query).length > 0;
  const shown = searching ? ALL : filter;
  const listed = useListedRows(db, error, { filter: shown, sort: NEWEST, query, byRelevance: true, version });
  const { cache, search, rows, loading } = listed;
  const actions = useLibraryActions(db, onChanged);
  useEffect(() => searchField.current?.focus(), []);

  const open = (id: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(readerPageUrl(id) as '/reader.html') });
    window.close();
  };
  const onAction = (id: string, action: RowAction) => {
    const meta = cache.get(id);
    if (!meta) return;
    if (action === 'favorite') void actions.update([id], { favorite: !meta.favorite });
    else if (action === 'read') void actions.update([id], { read: meta.readAt === null });
    else if (action === 'archive') void actions.update([id], { archived: !meta.archived });
    else if (action === 'delete') void actions.remove([id]);
  };
  const status = searching
    ? search && !rows.pending
      ? `${rows.count} ${rows.count === 1 ? 'result' : 'results'} in your whole library`
      : 'Searching…'
    : '';
  const deleted = actions.deleted;

  return (
    <section class="lectern-popup-library" aria-label="Library">
      <div class="lectern-popup-search">
        <input
          ref={searchField}
          type="search"
          class="lectern-search"
          placeholder="Search your library"
          aria-label="Search the library"
          value={query}
          onInput={(event) => {
            const next = event.currentTarget.value;
            listed.typed(next);
            setQuery(next);
            setActive(0);
          }}
        />
      </div>
      <PopupViews
        view={searching ? null : filter.view}
        onChange={(view) => (setFilter({ ...filter, view }), setActive(0))}
      />
      {error && (
        <p class="lectern-notice" role="alert">
          {error}
        </p>
      )}
      <p class="lectern-list-status" role="status">
        {status}
      </p>
      {!loading && rows.count === 0 && !(searching && (!search || rows.pending)) && (
        <p class="lectern-popup-empty">
          {searching ? 'Nothing in your library matches.' : EMPTY[filter.view]}
        </p>
      )}
      {rows.count > 0 && (
        <LibraryResults
          ids={rows.ids}
          count={rows.count}
          label={searching ? 'Search results' : 'Saved articles'}
          identity={JSON.stringify([shown, searching && search?.query])}
          cache={cache}
          active={active}
          selected={NO_SELECTION}
          words={listed.words}
          sortKey="savedAt"
          snippets={listed.snippets}
          onRange={listed.onRange}
          onActive={setActive}
          onSelect={() => undefined}
          onAction={onAction}
          onOpen={open}
          onSelectAll={() => undefined}
          onDelete={(id) => void actions.remove([id])}
          onEscape={() => searchField.current?.focus()}
        />
      )}
      {deleted && deleted.length > 0 && (
        <LibraryToast
          message={`Deleted “${deleted[0]!.meta.title}”`}
          onUndo={() => void actions.undo()}
          onExpire={actions.forget}
        />
      )}
    </section>
  );
}
