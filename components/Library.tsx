/**
 * The library (popup, and the full page at popup.html?view=tab): search, filters with counts,
 * sorts, a virtual list of any length, tags, bulk actions, delete with undo, keyboard control.
 * It reads IndexedDB directly (same extension origin) and never reads a body to list.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { normaliseTag } from '@/utils/library/derive';
import { ALL, NEWEST, type ListFilter, type ListSort } from '@/utils/library/listing';
import { searchBackfillPending } from '@/utils/library/search/backfill';
import { queryWords } from '@/utils/library/search/query';
import { upkeep } from '@/utils/library/upkeep';
import { LibraryBulkBar } from './LibraryBulkBar';
import { LibraryEmpty } from './LibraryEmpty';
import { LibraryFilters } from './LibraryFilters';
import { LibraryFooter } from './LibraryFooter';
import { LibraryItem, readerPageUrl, type RowAction } from './LibraryItem';
import { LibraryList } from './LibraryList';
import { LibraryTagBar } from './LibraryTagBar';
import { LibraryTagEditor } from './LibraryTagEditor';
import { LibraryToast } from './LibraryToast';
import { LibraryToolbar, type SortChoice } from './LibraryToolbar';
import { useBodySnippets } from './useBodySnippets';
import { useLibraryActions } from './useLibraryActions';
import { useChangeVersion, useFacets, useLibraryDb, useOrderedList, useStorageUsed } from './useLibraryData';
import { useMetaCache } from './useMetaCache';
import { useReadingSettings } from './useReadingSettings';
import { useSearchResults } from './useSearchResults';

interface Props {
  view: 'popup' | 'tab';
  notice: string | null;
}

const ROW_HEIGHT = { popup: 72, tab: 86 } as const;
const number = new Intl.NumberFormat();
const plural = (count: number, one: string, many: string) =>
  `${number.format(count)} ${count === 1 ? one : many}`;

export function Library({ view, notice }: Props) {
  const [settings] = useReadingSettings();
  const { db, error } = useLibraryDb();
  const [version, bump] = useChangeVersion();
  const [filter, setFilterState] = useState<ListFilter>(ALL);
  const [sort, setSort] = useState<ListSort>(NEWEST);
  const [query, setQuery] = useState('');
  const [byRelevance, setByRelevance] = useState(true);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState(0);
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const [tagging, setTagging] = useState<string[] | null>(null);
  const list = useOrderedList(db, filter, sort, version);
  const loading = list.first === null && list.ids === null && !error;
  // The first rows come first: counts, space used and search start once they are on screen.
  const ready = !!db && !loading;
  const facets = useFacets(ready ? db : null, version);
  const storage = useStorageUsed(ready, version);
  const cache = useMetaCache(db, version);
  const search = useSearchResults(ready ? db : null, query, version, (found) =>
    cache.ensure(found.slice(0, 16)),
  );
  const actions = useLibraryActions(db, bump);
  const searchField = useRef<HTMLInputElement>(null);
  useMemo(() => list.first && cache.seed(list.first), [list.first]);

  const searching = queryWords(query).length > 0;
  const listSet = useMemo(() => new Set(list.ids ?? []), [list.ids]);
  const ids = useMemo(() => {
    const listed = list.ids ?? list.first?.map((meta) => meta.id) ?? [];
    if (!searching || !search) return listed;
    // Every article is in the list: results need no filtering.
    if (byRelevance && filter.view === 'all' && filter.site === null && filter.tag === null)
      return search.ids;
    if (!byRelevance || !list.ids) {
      const hits = new Set(search.ids);
      return listed.filter((id) => hits.has(id));
    }
    return search.ids.filter((id) => listSet.has(id));
  }, [list, search, searching, byRelevance, listSet, filter]);
  const words = searching && search ? search.words : [];
  const snippets = useBodySnippets(db, searching ? ids.slice(range[0], range[1]) : [], words);

  // New rows on screen, or a change in the library: read the rows shown (again).
  useLayoutEffect(() => void cache.ensure(ids.slice(range[0], range[1])), [version, ids, range]);

  const setFilter = (next: ListFilter) => {
    setFilterState(next);
    setSelected(new Set());
    setActive(0);
  };

  // Articles saved before search existed get indexed now (once), then search sees them.
  useEffect(() => {
    if (!ready || !db) return;
    void searchBackfillPending(db).then(async (pending) => {
      if (pending) await upkeep(db, { merge: false }).then(bump);
    });
  }, [ready]);

  // Marks the benchmark reads: first rows on screen, and results of each query on screen.
  // (Layout effects: right after the render, so the mark lands on the next frame, when painted.)
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (marked.current || loading) return;
    marked.current = true;
    requestAnimationFrame(() => performance.mark('lectern:first-rows'));
  }, [loading]);
  const unmarked = useRef<string | null>(null);
  useLayoutEffect(() => void (unmarked.current = search?.query ?? null), [search]);
  useLayoutEffect(() => {
    const query = unmarked.current;
    const shown = ids.slice(range[0], Math.max(range[1], range[0] + 12));
    if (query === null || !shown.every((id) => cache.get(id))) return;
    unmarked.current = null;
    requestAnimationFrame(() => performance.mark('lectern:results', { detail: query }));
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = (event.target as Element).closest('input, select, textarea');
      if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      searchField.current?.focus();
      searchField.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const toggle = (id: string, on = !selected.has(id)) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

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
    if (choice !== 'relevance')
      setSort({
        key: choice,
        dir: choice === 'title' || choice === 'site' || choice === 'minutes' ? 'asc' : 'desc',
      });
    setActive(0);
  };

  const tagged = tagging?.length === 1 ? cache.get(tagging[0]!) : undefined;
  const deleted = actions.deleted;
  const status = searching
    ? search
      ? `${plural(ids.length, 'result', 'results')} for “${search.query}”`
      : 'Searching…'
    : list.ids
      ? plural(ids.length, 'article', 'articles')
      : '';

  const filters = <LibraryFilters filter={filter} facets={facets} onChange={setFilter} />;
  const footer = <LibraryFooter facets={facets} storage={storage} keys={view === 'tab'} />;

  return (
    <div class="lectern-root lectern-library" data-view={view} data-theme={settings.theme}>
      <header class="lectern-library-header">
        <h1>Lectern library</h1>
        {actions.busy && <span class="lectern-library-busy">{actions.busy}</span>}
        {view === 'popup' && (
          <a class="lectern-button" href="/popup.html?view=tab" target="_blank" rel="noopener">
            Open full page
          </a>
        )}
      </header>
      {(notice || error) && (
        <p class="lectern-notice" role="alert">
          {notice ?? error}
        </p>
      )}
      <div class="lectern-library-body">
        {view === 'tab' && (
          <aside class="lectern-library-side" aria-label="Filters">
            {filters}
            {footer}
          </aside>
        )}
        <main class="lectern-library-main">
          <LibraryToolbar
            query={query}
            searching={searching}
            sort={sort}
            byRelevance={byRelevance}
            inputRef={searchField}
            onQuery={(next) => (setQuery(next), setActive(0))}
            onSort={onSort}
            onDirection={() => setSort({ ...sort, dir: sort.dir === 'asc' ? 'desc' : 'asc' })}
          />
          {view === 'popup' && filters}
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
              total={ids.length}
              onPatch={(patch) => void actions.update([...selected], patch)}
              onTags={() => setTagging([...selected])}
              onDelete={() => void remove([...selected])}
              onSelectAll={() => setSelected(new Set(ids))}
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
          {!loading && ids.length === 0 && !(searching && !search) && (
            <LibraryEmpty filtered={searching || filter.view !== 'all' || !!filter.site || !!filter.tag} />
          )}
          {ids.length > 0 && (
            <LibraryList
              top={JSON.stringify([filter, sort, searching && search?.query, byRelevance])}
              count={ids.length}
              rowHeight={ROW_HEIGHT[view]}
              active={Math.min(active, ids.length - 1)}
              label={searching ? 'Search results' : 'Saved articles'}
              row={(index, top) => (
                <LibraryItem
                  key={ids[index]}
                  id={ids[index]!}
                  article={cache.get(ids[index]!)}
                  index={index}
                  top={top}
                  active={index === active}
                  selected={selected.has(ids[index]!)}
                  words={words}
                  sortKey={sort.key}
                  snippet={
                    snippets.get(ids[index]!) ??
                    (view === 'tab' ? (cache.get(ids[index]!)?.excerpt ?? null) : null)
                  }
                  onSelect={toggle}
                  onAction={onAction}
                  onFocusRow={setActive}
                />
              )}
              onRange={(start, end) =>
                setRange((old) => (old[0] === start && old[1] === end ? old : [start, end]))
              }
              onActive={setActive}
              onOpen={(index) => window.open(readerPageUrl(ids[index]!), '_blank', 'noopener')}
              onToggle={(index) => toggle(ids[index]!)}
              onSelectAll={() => setSelected(new Set(ids))}
              onDelete={(index) => void remove(selected.size ? [...selected] : [ids[index]!])}
              onEscape={() => (selected.size ? setSelected(new Set()) : searchField.current?.focus())}
            />
          )}
          {view === 'popup' && footer}
        </main>
      </div>
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
    </div>
  );
}
