/**
 * The list itself: a virtual list of rows, each read from the cache (or a placeholder). It
 * renders only when what it shows changes: a keystroke re-renders the page at once, but the
 * rows only when that keystroke's results arrive. Its callbacks read the latest props when
 * called, so the parent may pass new functions on every render.
 */
import { Component } from 'preact';
import type { SortKey } from '@/utils/library/listing';
import { LibraryItem, type RowAction } from './LibraryItem';
import { LibraryList } from './LibraryList';
import type { MetaCache } from './useMetaCache';

interface Props {
  ids: string[];
  count: number;
  label: string;
  /** Changes when the list is another one (scrolls back to the top). */
  identity: string;
  cache: MetaCache;
  active: number;
  selected: ReadonlySet<string>;
  words: readonly string[];
  sortKey: SortKey;
  snippets: Map<string, string>;
  onRange: (start: number, end: number) => void;
  onActive: (index: number) => void;
  onSelect: (id: string, selected?: boolean) => void;
  onAction: (id: string, action: RowAction) => void;
  onOpen: (id: string) => void;
  onSelectAll: () => void;
  onDelete: (id: string) => void;
  onEscape: () => void;
}

/** Row heights, wide and narrow: below 560 px the actions go under the text (LibraryItem.css). */
const ROW_HEIGHTS = { wide: 86, narrow: 128 };
const NARROW = '(max-width: 559.98px)';

const DATA: (keyof Props)[] = [
  'ids',
  'count',
  'label',
  'identity',
  'active',
  'selected',
  'words',
  'sortKey',
  'snippets',
];

interface State {
  narrow: boolean;
}

export class LibraryResults extends Component<Props, State> {
  private tick = -1;
  private readonly media = window.matchMedia(NARROW);
  private readonly onMedia = () => this.setState({ narrow: this.media.matches });
  override state: State = { narrow: this.media.matches };

  override componentDidMount(): void {
    this.media.addEventListener('change', this.onMedia);
  }

  override componentWillUnmount(): void {
    this.media.removeEventListener('change', this.onMedia);
  }

  override shouldComponentUpdate(next: Props, state: State): boolean {
    return (
      next.cache.tick !== this.tick ||
      state.narrow !== this.state.narrow ||
      DATA.some((key) => next[key] !== this.props[key])
    );
  }

  private readonly withId = (index: number, action: (id: string) => void) => {
    const id = this.props.ids[index];
    if (id) action(id);
  };
  private readonly select = (id: string, on?: boolean) => this.props.onSelect(id, on);
  private readonly act = (id: string, action: RowAction) => this.props.onAction(id, action);
  private readonly activate = (index: number) => this.props.onActive(index);

  override render() {
    const { ids, cache } = this.props;
    this.tick = cache.tick;
    return (
      <LibraryList
        top={this.props.identity}
        count={this.props.count}
        rowHeight={this.state.narrow ? ROW_HEIGHTS.narrow : ROW_HEIGHTS.wide}
        active={Math.min(this.props.active, this.props.count - 1)}
        label={this.props.label}
        row={(index, top) => {
          const id = ids[index] ?? '';
          const article = id ? cache.get(id) : undefined;
          return (
            <LibraryItem
              // Keyed by position: new results (every keystroke) update the rows on screen in
              // place instead of building them again, and a row keeps its element as data arrives.
              key={index}
              id={id}
              article={article}
              index={index}
              top={top}
              active={index === this.props.active}
              selected={this.props.selected.has(id)}
              words={this.props.words}
              sortKey={this.props.sortKey}
              snippet={this.props.snippets.get(id) ?? article?.excerpt ?? null}
              onSelect={this.select}
              onAction={this.act}
              onFocusRow={this.activate}
            />
          );
        }}
        onRange={(start, end) => this.props.onRange(start, end)}
        onActive={this.activate}
        onOpen={(index) => this.withId(index, this.props.onOpen)}
        onToggle={(index) => this.withId(index, (id) => this.props.onSelect(id))}
        onSelectAll={() => this.props.onSelectAll()}
        onDelete={(index) => this.withId(index, this.props.onDelete)}
        onEscape={() => this.props.onEscape()}
      />
    );
  }
}
