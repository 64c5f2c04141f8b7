/** The highlights store (schema v5) and the overlay's messages for it, on fake-indexeddb. */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dispatch } from '../../../utils/background/handlers';
import type { Highlight } from '../../../utils/highlights/highlight';
import { describeRange } from '../../../utils/highlights/selectors';
import { allHighlights, highlightCounts, highlightsOf, putHighlight } from '../../../utils/highlights/store';
import { deleteArticle, restoreArticles, saveArticle } from '../../../utils/library/articles';
import { migrations } from '../../../utils/library/db/migrations';
import { DB_VERSION, openLibraryDb } from '../../../utils/library/db/open';
import { article, freshDb } from '../library/helpers';
import { LibrarySearch } from '../../../utils/library/search/query';
import { deleteHighlight } from '../../../utils/highlights/store';

const TEXT = 'The lens was ground in Paris and shipped in crates of straw.';

function highlight(
  id: string,
  createdAt: number,
  extra: Partial<Highlight> = {},
): Omit<Highlight, 'articleId'> {
  return {
    id,
    target: describeRange(TEXT, 13, 19),
    color: 'yellow',
    note: '',
    labels: [],
    createdAt,
    updatedAt: createdAt,
    ...extra,
  };
}

const contentScript = () => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 3, url: 'https://news.example.com/lens' } as never,
  url: 'https://news.example.com/lens',
});

describe('highlights store', () => {
  it('lists an article’s highlights in the order made, every highlight newest first, and counts', async () => {
    const db = await freshDb();
    const { id: lens } = await saveArticle(db, {
      article: article('https://a.example/lens'),
      removed: [],
      restoredIds: [],
    });
    const { id: gale } = await saveArticle(db, {
      article: article('https://a.example/gale'),
      removed: [],
      restoredIds: [],
    });
    await putHighlight(db, { ...highlight('b', 20), articleId: lens });
    await putHighlight(db, { ...highlight('a', 10), articleId: lens });
    await putHighlight(db, { ...highlight('c', 30), articleId: gale });
    expect((await highlightsOf(db, lens)).map((item) => item.id)).toEqual(['a', 'b']);
    expect((await allHighlights(db)).map((item) => item.id)).toEqual(['c', 'b', 'a']);
    expect(Object.fromEntries(await highlightCounts(db))).toEqual({ [lens]: 2, [gale]: 1 });
  });

  it('the library’s search finds an article by its highlights’ notes, and stops once they are gone', async () => {
    const db = await freshDb();
    const { id } = await saveArticle(db, {
      article: article('https://a.example/lens'),
      removed: [],
      restoredIds: [],
    });
    const search = () => new LibrarySearch(db).search('zeppelin').then((found) => found.ids);
    expect(await search()).toEqual([]);
    await putHighlight(db, { ...highlight('n', 1, { note: 'Zeppelins carried lenses?' }), articleId: id });
    expect(await search()).toEqual([id]);
    await deleteHighlight(db, 'n');
    expect(await search()).toEqual([]);
  });

  it('deleting an article deletes its highlights, and Undo brings them back, found by search again', async () => {
    const db = await freshDb();
    const { id } = await saveArticle(db, {
      article: article('https://a.example/lens'),
      removed: [],
      restoredIds: [],
    });
    await putHighlight(db, { ...highlight('n', 1, { note: 'Zeppelins carried lenses?' }), articleId: id });
    const deleted = await deleteArticle(db, id);
    expect(await db.count('highlights')).toBe(0);
    await restoreArticles(db, [deleted!]);
    expect((await highlightsOf(db, id)).map((item) => item.note)).toEqual(['Zeppelins carried lenses?']);
    expect((await new LibrarySearch(db).search('zeppelin')).ids).toEqual([id]);
  });

  it('a version 3 library opens at the current version with its articles and an empty highlights store', async () => {
    const name = `lectern-v3-${Date.now()}`;
    const v3 = await openDB(name, 3, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        for (let version = oldVersion + 1; version <= 3; version++)
          await migrations[version - 1]!(db as never, tx as never);
      },
    });
    await v3.put('articles', { id: 'kept', url: 'https://a.example/kept' });
    v3.close();
    const db = await openLibraryDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('articles', 'kept')).toMatchObject({ url: 'https://a.example/kept' });
    expect(await db.count('highlights')).toBe(0);
  });
});

describe('the overlay’s highlight messages', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    const db = await openLibraryDb();
    await Promise.all(['articles', 'bodies', 'highlights'].map((store) => db.clear(store as never)));
  });

  it('refuses a highlight for an article that is not saved, and keeps one for a saved article', async () => {
    const url = 'https://news.example.com/lens';
    const put = { type: 'highlights/put', url, highlight: highlight('h1', 5) };
    expect(await dispatch(put, contentScript())).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Save the article/),
    });
    await saveArticle(await openLibraryDb(), { article: article(url), removed: [], restoredIds: [] });
    expect(await dispatch(put, contentScript())).toEqual({ ok: true });
    const listed = (await dispatch({ type: 'highlights/list', url }, contentScript())) as {
      highlights: Highlight[];
    };
    expect(listed.highlights.map((item) => item.target?.quote.exact)).toEqual(['ground']);
    expect(await dispatch({ type: 'highlights/delete', id: 'h1' }, contentScript())).toEqual({ ok: true });
    expect(await highlightsOf(await openLibraryDb(), listed.highlights[0]!.articleId)).toEqual([]);
  });

  it('rejects a malformed highlight: an unknown colour, an empty quote, an end before its start', async () => {
    const url = 'https://news.example.com/lens';
    await saveArticle(await openLibraryDb(), { article: article(url), removed: [], restoredIds: [] });
    const target = describeRange(TEXT, 13, 19);
    for (const bad of [
      { color: 'purple' },
      { target: { ...target, quote: { ...target.quote, exact: '' } } },
      { target: { ...target, position: { start: 19, end: 13 } } },
    ]) {
      const response = await dispatch(
        { type: 'highlights/put', url, highlight: { ...highlight('bad', 1), ...bad } },
        contentScript(),
      );
      expect(response).toEqual({ ok: false, error: 'Unknown or malformed message.' });
    }
    expect(await (await openLibraryDb()).count('highlights')).toBe(0);
  });
});
