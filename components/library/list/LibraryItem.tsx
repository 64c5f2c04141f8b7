/** One row of the library list: what the article is, where you are in it, and what you can do. */
import type { ArticleMeta } from '@/utils/library/db/schema';
import { highlight } from '@/utils/library/search/highlight';
import type { SortKey } from '@/utils/library/listing';
import { formatBytes, formatMinutes } from '../../shared/format';
import { Icon } from './LibraryIcons';
import './LibraryItem.css';
import { useContext } from 'preact/hooks';
import { HighlightCounts } from '../highlights/highlight-counts';

export type RowAction = 'favorite' | 'read' | 'archive' | 'delete' | 'tags';
const ICONS = { favorite: 'star', read: 'check', archive: 'archive', tags: 'tag', delete: 'trash' } as const;

interface Props {
  id: string;
  article: ArticleMeta | undefined;
  index: number;
  top: number;
  active: boolean;
  selected: boolean;
  /** Folded search words to highlight. */
  words: readonly string[];
  sortKey: SortKey;
  /** Shown under the title in the full-page view: the excerpt, or why the body matched. */
  snippet: string | null;
  onSelect: (id: string, selected: boolean) => void;
  onAction: (id: string, action: RowAction) => void;
  onFocusRow: (index: number) => void;
}

const thisYear = new Date().getFullYear();
const dayMonth = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const dayMonthYear = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

const shortDates = new Map<number, string>();

/**
 * Short dates: the year only when it is not this one. Remembered: Intl formatting costs about
 * 15 µs a call, and each keystroke of a search renders every row on screen again.
 */
function shortDate(time: number): string {
  let text = shortDates.get(time);
  if (text === undefined) {
    const date = new Date(time);
    text = (date.getFullYear() === thisYear ? dayMonth : dayMonthYear).format(date);
    if (shortDates.size >= 5000) shortDates.clear();
    shortDates.set(time, text);
  }
  return text;
}

export function readerPageUrl(id: string): string {
  return `/reader.html?id=${encodeURIComponent(id)}`;
}

function Marked({ text, words }: { text: string; words: readonly string[] }) {
  return (
    <>
      {highlight(text, words).map((segment, index) =>
        segment.hit ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}

function readingState(article: ArticleMeta): string | null {
  if (article.readAt !== null) return 'Read';
  return article.progress >= 0.02 ? `${Math.round(article.progress * 100)}% read` : null;
}

export function LibraryItem(props: Props) {
  const { id, article, index, top, active, selected, words } = props;
  const style = { transform: `translateY(${top}px)` };
  const highlights = useContext(HighlightCounts).get(id) ?? 0;
  const row = {
    id: `lectern-row-${index}`,
    style,
    'data-index': index,
    'data-active': active,
    tabIndex: active ? 0 : -1,
    onFocus: (event: FocusEvent) => event.target === event.currentTarget && props.onFocusRow(index),
  };
  // Not loaded yet: the same element (same key) gets its content, keeping focus if it has it.
  if (!article) return <li class="lectern-library-item placeholder" aria-busy="true" {...row} />;
  const published = props.sortKey === 'publishedAt' && article.publishedAt > 0;
  const state = readingState(article);
  // Only the active row's controls are tab stops: Tab moves from the row into them, arrows
  // move between rows (one tab stop for the whole list, however long).
  const tab = active ? 0 : -1;
  const action = (name: RowAction, label: string, hint: string, pressed?: boolean) => (
    <button
      type="button"
      class={name === 'delete' ? 'lectern-row-action lectern-delete' : 'lectern-row-action'}
      data-action={name}
      aria-label={label}
      title={hint}
      aria-pressed={pressed}
      tabIndex={tab}
      onClick={() => props.onAction(id, name)}
    >
      <Icon name={ICONS[name]} filled={pressed} />
    </button>
  );
  return (
    <li
      class="lectern-library-item"
      {...row}
      data-id={id}
      data-shelf={article.shelf}
      aria-current={active ? 'true' : undefined}
      onClick={(event) => !(event.target as Element).closest('a, button, input') && props.onFocusRow(index)}
    >
      <input
        type="checkbox"
        class="lectern-row-select"
        checked={selected}
        aria-label={`Select “${article.title}”`}
        tabIndex={tab}
        onChange={(event) => props.onSelect(id, event.currentTarget.checked)}
      />
      <div class={props.snippet ? 'text' : 'text no-snippet'}>
        <a class="title" href={readerPageUrl(id)} target="_blank" rel="noopener" tabIndex={tab}>
          <Marked text={article.title} words={words} />
        </a>
        <div class="meta">
          <span class="site">
            <Marked text={article.site} words={words} />
          </span>
          <span class={published ? 'published' : 'saved'}>
            {published
              ? `Published ${shortDate(article.publishedAt)}`
              : `Saved ${shortDate(article.savedAt)}`}
          </span>
          <span class="minutes">{formatMinutes(article.readingMinutes)}</span>
          {article.bytes > 0 && (
            <span class="size" title="Space it takes in your library, text and pictures">
              {formatBytes(article.bytes)}
            </span>
          )}
          {state && <span class="state">{state}</span>}
          {highlights > 0 && (
            <span class="highlights">{`${highlights} highlight${highlights === 1 ? '' : 's'}`}</span>
          )}
          {article.tags.length > 0 && (
            <span class="tags">
              {article.tags.map((tag) => (
                <span class="tag" key={tag}>
                  <Marked text={tag} words={words} />
                </span>
              ))}
            </span>
          )}
        </div>
        {props.snippet && (
          <div class="snippet">
            <Marked text={props.snippet} words={words} />
          </div>
        )}
      </div>
      <div class="lectern-row-actions">
        {action(
          'favorite',
          'Favourite',
          article.favorite ? 'Remove from favourites' : 'Add to favourites',
          article.favorite,
        )}
        {action(
          'read',
          'Read',
          article.readAt === null ? 'Mark read' : 'Mark unread',
          article.readAt !== null,
        )}
        {action(
          'archive',
          'Archived',
          article.archived ? 'Move out of the archive' : 'Archive',
          article.archived,
        )}
        {action('tags', 'Tags', 'Edit tags')}
        {action('delete', 'Delete', 'Delete (Del)')}
      </div>
    </li>
  );
}
