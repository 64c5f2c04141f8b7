import { useEffect, useMemo, useState } from 'preact/hooks';
import { listNewest } from '@/utils/library/articles';
import { onLibraryChange } from '@/utils/library/changes';
import { openLibraryDb } from '@/utils/library/db/open';
import type { ArticleMeta } from '@/utils/library/db/schema';

/** A long list is filtered rather than shown whole. */
const SHOWN = 300;

interface Props {
  disabled: boolean;
  onExport: (ids: string[]) => void;
}

/** Choosing articles for an EPUB: newest first, filtered by a few typed letters. */
export function EpubPicker({ disabled, onExport }: Props) {
  const [articles, setArticles] = useState<ArticleMeta[] | null>(null);
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  useEffect(() => {
    const load = () =>
      void openLibraryDb()
        .then((db) => listNewest(db))
        // Links not fetched yet have nothing to read on an e-reader.
        .then((list) => setArticles(list.filter((meta) => meta.kind === 'article')));
    load();
    // Imported pages arrive while this page is open.
    return onLibraryChange(load);
  }, []);
  const shown = useMemo(() => {
    const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
    return (articles ?? [])
      .filter((meta) => words.every((word) => `${meta.title} ${meta.site}`.toLowerCase().includes(word)))
      .slice(0, SHOWN);
  }, [articles, filter]);

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  // In list order (newest first), whatever order they were ticked in.
  const ids = (articles ?? []).filter((meta) => chosen.has(meta.id)).map((meta) => meta.id);

  return (
    <fieldset class="lectern-epub-picker">
      <legend>EPUB for an e-reader</legend>
      {articles === null ? (
        <p class="lectern-status">Loading articles…</p>
      ) : articles.length === 0 ? (
        <p class="lectern-status">No saved articles yet.</p>
      ) : (
        <>
          <p class="lectern-epub-tools">
            <input
              type="search"
              placeholder="Filter by title or site"
              aria-label="Filter articles"
              value={filter}
              onInput={(event) => setFilter(event.currentTarget.value)}
            />{' '}
            <button
              type="button"
              class="lectern-button"
              onClick={() => setChosen(new Set([...chosen, ...shown.map((meta) => meta.id)]))}
            >
              Choose all shown
            </button>{' '}
            <button type="button" class="lectern-button" onClick={() => setChosen(new Set())}>
              Clear
            </button>
          </p>
          <ul class="lectern-epub-list">
            {shown.map((meta) => (
              <li key={meta.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(meta.id)} onChange={() => toggle(meta.id)} />{' '}
                  {meta.title} <span class="lectern-status">{meta.site}</span>
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="lectern-button primary"
            disabled={disabled || ids.length === 0}
            onClick={() => onExport(ids)}
          >
            Make EPUB ({ids.length} {ids.length === 1 ? 'article' : 'articles'})
          </button>
        </>
      )}
    </fieldset>
  );
}
