/** The library's Highlights view as data: highlights grouped by article, filtered, searched. */
import type { ArticleMeta } from '../library/db/schema';
import { fold } from '../library/fold';
import type { Highlight, HighlightColor } from './highlight';

export interface HighlightFilter {
  color: HighlightColor | null;
  tag: string | null;
  /** Words that must all appear in the quote, the note, the labels or the article's title. */
  query: string;
}

export interface HighlightGroup {
  articleId: string;
  article: ArticleMeta | undefined;
  /** Newest first. */
  highlights: Highlight[];
}

function matches(highlight: Highlight, article: ArticleMeta | undefined, words: string[]): boolean {
  if (!words.length) return true;
  const haystack = fold(
    [
      highlight.target?.quote.exact ?? '',
      highlight.note,
      highlight.labels.join(' '),
      article?.title ?? '',
    ].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

/** `newestFirst` in date order, newest first; the groups keep the order of their newest highlight. */
export function groupHighlights(
  newestFirst: readonly Highlight[],
  articles: ReadonlyMap<string, ArticleMeta>,
  filter: HighlightFilter,
): HighlightGroup[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  const groups = new Map<string, HighlightGroup>();
  for (const highlight of newestFirst) {
    const article = articles.get(highlight.articleId);
    if (filter.color && (highlight.color !== filter.color || !highlight.target)) continue;
    if (filter.tag && !article?.tags.includes(filter.tag)) continue;
    if (!matches(highlight, article, words)) continue;
    let group = groups.get(highlight.articleId);
    if (!group)
      groups.set(highlight.articleId, (group = { articleId: highlight.articleId, article, highlights: [] }));
    group.highlights.push(highlight);
  }
  return [...groups.values()];
}
