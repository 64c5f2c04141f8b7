import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../utils/highlights/highlight';
import { groupHighlights } from '../../../utils/highlights/listing';
import { describeRange } from '../../../utils/highlights/selectors';
import type { ArticleMeta } from '../../../utils/library/db/schema';

const meta = (id: string, title: string, tags: string[] = []) =>
  ({ id, title, tags, site: 'x' }) as ArticleMeta;
const mark = (id: string, articleId: string, quote: string, extra: Partial<Highlight> = {}): Highlight => ({
  id,
  articleId,
  target: describeRange(quote, 0, quote.length),
  color: 'yellow',
  note: '',
  labels: [],
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});

const articles = new Map([
  ['a', meta('a', 'Lighthouses', ['sea'])],
  ['b', meta('b', 'Ferries')],
]);
// Newest first, as the store lists them.
const all = [
  mark('3', 'a', 'the lamp at dawn', { color: 'green' }),
  mark('2', 'b', 'ninety passengers', { note: 'Café crowd' }),
  mark('1', 'a', 'two hundred steps'),
];
const view = (filter: Partial<Parameters<typeof groupHighlights>[2]>) =>
  groupHighlights(all, articles, { color: null, tag: null, query: '', ...filter }).map((group) => [
    group.articleId,
    group.highlights.map((item) => item.id),
  ]);

describe('the Highlights view’s list', () => {
  it('groups by article in the order of each article’s newest highlight, newest first within', () => {
    expect(view({})).toEqual([
      ['a', ['3', '1']],
      ['b', ['2']],
    ]);
  });

  it('filters by colour and by the article’s tag', () => {
    expect(view({ color: 'green' })).toEqual([['a', ['3']]]);
    expect(view({ tag: 'sea' })).toEqual([['a', ['3', '1']]]);
  });

  it('searches quotes, notes and titles, ignoring case and accents', () => {
    expect(view({ query: 'CAFE' })).toEqual([['b', ['2']]]);
    expect(view({ query: 'lighthouses steps' })).toEqual([['a', ['1']]]);
    expect(view({ query: 'nowhere' })).toEqual([]);
  });
});
