/**
 * The library page (library.html): search, filters with counts,
 * sorts, a virtual list of any length, tags, bulk actions, delete with undo, keyboard control.
 * It reads IndexedDB directly (same extension origin) and never reads a body to list.
 */
// The themes first: the page's own CSS (here and beside each part) builds on them.
import '../shared/theme.css';
import './library.css';
import { useMemo, useRef, useState } from 'preact/hooks';
import { normaliseTag } from '@/utils/library/derive';
import { ALL, NEWEST, type ListFilter, type ListSort } from '@/utils/library/listing';
import { AddLink } from './actions/AddLink';
import { LibraryBulkBar } from './actions/LibraryBulkBar';
import { LibraryEmpty } from './LibraryEmpty';
import { LibraryFilters } from './search/LibraryFilters';
import { LibraryFooter } from './LibraryFooter';
import { LibraryHeader } from './LibraryHeader';
import { readerPageUrl, type RowAction } from './list/LibraryItem';
import { LibraryResults } from './list/LibraryResults';
import { LibraryTagBar } from './actions/LibraryTagBar';
import { LibraryTagEditor } from './actions/LibraryTagEditor';
import { LibraryToast } from './LibraryToast';
import { LibraryToolbar, type SortChoice } from './search/LibraryToolbar';
import { useLibraryActions } from './actions/useLibraryActions';
import { useBackfillOnOpen, useChangeVersion, useLibraryDb } from './useLibraryData';
import { useSlashToSearch } from './search/useSlashToSearch';
import { useListedRows } from './list/useListedRows';
import { useReadingSettings } from '../shared/useReadingSettings';
import { HighlightCounts, useHighlightCounts } from './highlights/highlight-counts';

interface Props {
  notice: string | null;
}

const number = new Intl.NumberFormat();
const plural = (count: number, one: string, many: string) =>
  `${number.format(count)} ${count === 1 ? one : many}`;

export function Library({ notice }: Props) {
  const [settings] = useReadingSettings();
  const { db, error } = useLibraryDb();
  const [version, bump] = useChangeVersion();
  const [filter, setFilterState] = useState<ListFilter>(ALL);
  const [sort, setSort] = useState<ListSort>(NEWEST);
  const [query, setQuery] = useState('');
  const [byRelevance, setByRelevance] = useState(true);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState(0);
  const [tagging, setTagging] = useState<string[] | null>(null);
  const listed = useListedRows(db, error, { filter, sort, query, byRelevance, version });
  const { list, loading, ready, facets, cache, search, typed, searching, rows, words, snippets } = listed;
  const { ids } = rows;
  const highlightCounts = useHighlightCounts(ready ? db : null, version);
  const actions = useLibraryActions(db, bump);
  const searchField = useRef<HTMLInputElement>(null);

  useBackfillOnOpen(ready ? db : null, bump);
  useSlashToSearch(searchField);

  const setFilter = (next: ListFilter) => {
    setFilterState(next);
    setSelected(new Set());
    setActive(0);
  };
  const toggle = (id: string, on = !selected.has(id)) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const selectAll = async () => setSelected(new Set(searching ? ids : await list.all()));
  const remove = async (targets: string[]) => {
    if (targets.length && (await actions.remove(targets))) setSelected(new Set());
  };
  const onAction = (id: string, action: RowAction) => {
    const meta = cache.get(id);
    if (!meta) return;
    if (action === 'favorite') void actions.update([id], { favorite: !meta.favorite });
    else if (action === 'read') void actions.update([id], { read: meta.readAt === null });
    else if (action === 'archive') void actions.update([id], { archived: !meta.archived });
    else if (action === 'tags') setTagging([id]);
    else void remove([id]);
  };
  const onSort = (choice: SortChoice) => {
    setByRelevance(choice === 'relevance');
    const ascending = choice === 'title' || choice === 'site' || choice === 'minutes';
    if (choice !== 'relevance') setSort({ key: choice, dir: ascending ? 'asc' : 'desc' });
    setActive(0);
  };

  const tagged = tagging?.length === 1 ? cache.get(tagging[0]!) : undefined;
  const deleted = actions.deleted;
  const status = searching
    ? search && !rows.pending
      ? `${plural(rows.count, 'result', 'results')} for “${search.query}”`
      : 'Searching…'
    : list.ids
      ? plural(rows.count, 'article', 'articles')
      : '';
  // The same elements while their inputs stay the same: Preact then skips them (the site menu
  // can hold hundreds of options) when each keystroke renders the page again.
  const filters = useMemo(
    () => <LibraryFilters filter={filter} facets={facets} onChange={setFilter} />,
    [filter, facets],
  );
  const footer = useMemo(() => <LibraryFooter facets={facets} />, [facets]);

  return (
    <div class="lectern-root lectern-library" data-theme={settings.theme}>
      <LibraryHeader busy={actions.busy} />
      <div class="lectern-library-body">
        <aside class="lectern-library-side" aria-label="Filters">
          {filters}
          {footer}
        </aside>
        {/* Everything but the header and the filters is in main: a notice or toast outside a
            landmark is missed by people who move by landmarks (axe "region"). */}
        <main class="lectern-library-main">
          {(notice || error) && (
            <p class="lectern-notice" role="alert">
              {notice ?? error}
            </p>
          )}
          <AddLink db={db} onAdded={bump} />
          <LibraryToolbar
            query={query}
            searching={searching}
            sort={sort}
            byRelevance={byRelevance}
            inputRef={searchField}
            onQuery={(next) => (typed(next), setQuery(next), setActive(0))}
            onSort={onSort}
            onDirection={() => setSort({ ...sort, dir: sort.dir === 'asc' ? 'desc' : 'asc' })}
          />
          {filter.tag && facets && (
            <LibraryTagBar
              key={filter.tag}
              tag={filter.tag}
              count={facets.tags.find((tag) => tag.name === filter.tag)?.count ?? 0}
              onRename={(to) =>
                void actions
                  .renameTag(filter.tag!, to)
                  .then(() => setFilter({ ...filter, tag: normaliseTag(to) }))
              }
              onDelete={() =>
                void actions.deleteTag(filter.tag!).then(() => setFilter({ ...filter, tag: null }))
              }
            />
          )}
          {selected.size > 0 && (
            <LibraryBulkBar
              count={selected.size}
              total={rows.count}
              onPatch={(patch) => void actions.update([...selected], patch)}
              onTags={() => setTagging([...selected])}
              onDelete={() => void remove([...selected])}
              onSelectAll={() => void selectAll()}
              onClear={() => setSelected(new Set())}
            />
          )}
          {tagging && (
            <LibraryTagEditor
              subject={tagged ? `“${tagged.title}”` : plural(tagging.length, 'article', 'articles')}
              current={tagging.length === 1 ? (tagged?.tags ?? []) : null}
              known={facets?.tags ?? []}
              onAdd={(tag) => void actions.update(tagging, { addTags: [tag] })}
              onRemove={(tag) => void actions.update(tagging, { removeTags: [tag] })}
              onClose={() => setTagging(null)}
            />
          )}
          <p class="lectern-list-status" role="status">
            {status}
          </p>
          {!loading && rows.count === 0 && !(searching && (!search || rows.pending)) && (
            <LibraryEmpty filtered={searching || filter.view !== 'all' || !!filter.site || !!filter.tag} />
          )}
          {rows.count > 0 && (
            <HighlightCounts.Provider value={highlightCounts}>
              <LibraryResults
                ids={ids}
                count={rows.count}
                label={searching ? 'Search results' : 'Saved articles'}
                identity={JSON.stringify([filter, sort, searching && search?.query, byRelevance])}
                cache={cache}
                active={active}
                selected={selected}
                words={words}
                sortKey={sort.key}
                snippets={snippets}
                onRange={listed.onRange}
                onActive={setActive}
                onSelect={toggle}
                onAction={onAction}
                onOpen={(id) => window.open(readerPageUrl(id), '_blank', 'noopener')}
                onSelectAll={() => void selectAll()}
                onDelete={(id) => void remove(selected.size ? [...selected] : [id])}
                onEscape={() => (selected.size ? setSelected(new Set()) : searchField.current?.focus())}
              />
            </HighlightCounts.Provider>
          )}
          {deleted && deleted.length > 0 && (
            <LibraryToast
              message={
                deleted.length === 1
                  ? `Deleted “${deleted[0]!.meta.title}”`
                  : `Deleted ${plural(deleted.length, 'article', 'articles')}`
              }
              onUndo={() => void actions.undo()}
              onExpire={actions.forget}
            />
          )}
        </main>
      </div>
    </div>
  );
}
