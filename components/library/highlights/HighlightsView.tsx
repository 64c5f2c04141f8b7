/** The library's Highlights view (library.html?view=highlights): every highlight, grouped by article. */
import '../../shared/theme.css';
import '../library.css';
import './highlights-view.css';
import { useMemo, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor } from '@/utils/highlights/highlight';
import { groupHighlights } from '@/utils/highlights/listing';
import { useReadingSettings } from '../../shared/useReadingSettings';
import { useChangeVersion, useLibraryDb } from '../useLibraryData';
import { HighlightGroupView } from './HighlightGroupView';
import { useHighlightsData } from './useHighlightsData';
import { useHighlightsMarks } from './useHighlightsMarks';

/** Articles drawn at first; more on request (10,000 highlights must not all render at once). */
const PAGE = 40;

export function HighlightsView() {
  const [settings] = useReadingSettings();
  const { db, error } = useLibraryDb();
  const [version] = useChangeVersion();
  const data = useHighlightsData(db, version);
  const [color, setColor] = useState<HighlightColor | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const groups = useMemo(
    () => (data ? groupHighlights(data.highlights, data.articles, { color, tag, query }) : []),
    [data, color, tag, query],
  );
  const tags = useMemo(
    () => [...new Set([...(data?.articles.values() ?? [])].flatMap((meta) => meta.tags))].sort(),
    [data],
  );
  const count = groups.reduce((sum, group) => sum + group.highlights.length, 0);
  useHighlightsMarks(!!data, !!data?.complete, query);
  document.documentElement.dataset.theme = settings.theme;

  return (
    <div class="lectern-root lectern-hlv" data-theme={settings.theme}>
      <header class="lectern-library-header">
        <h1>Highlights</h1>
        <a href="/library.html">All articles</a>
      </header>
      <div class="lectern-hlv-tools">
        <input
          type="search"
          class="lectern-hlv-search"
          aria-label="Search highlights and notes"
          placeholder="Search highlights and notes"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <div role="group" aria-label="Colour">
          {HIGHLIGHT_COLORS.map((choice) => (
            <button
              key={choice}
              type="button"
              class={`lectern-hl-swatch lectern-hl-swatch-${choice}`}
              aria-label={`Only ${choice}`}
              aria-pressed={color === choice}
              onClick={() => setColor(color === choice ? null : choice)}
            />
          ))}
        </div>
        {tags.length > 0 && (
          <select
            aria-label="Tag"
            value={tag ?? ''}
            onChange={(event) => setTag(event.currentTarget.value || null)}
          >
            <option value="">Every tag</option>
            {tags.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        )}
        <span role="status" class="lectern-hlv-count">
          {data
            ? `${count} highlight${count === 1 ? '' : 's'} in ${groups.length} article${groups.length === 1 ? '' : 's'}`
            : ''}
        </span>
      </div>
      {error && <p role="alert">{error}</p>}
      {data && data.highlights.length === 0 && (
        <p class="lectern-hlv-empty">
          No highlights yet. Select text in an article and pick a colour, or press h.
        </p>
      )}
      <main class="lectern-hlv-list">
        {groups.slice(0, shown).map((group) => (
          <HighlightGroupView key={group.articleId} group={group} />
        ))}
        {groups.length > shown && (
          <button type="button" class="lectern-button" onClick={() => setShown(shown + PAGE)}>
            Show more articles
          </button>
        )}
      </main>
    </div>
  );
}
