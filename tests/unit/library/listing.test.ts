/**
 * The list for every filter and sort straight from the indexes, the first screenful from a
 * cursor, the counts beside each filter through saves, edits, deletes and undo, and tags.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteArticles, getArticle, restoreArticles } from '../../../utils/library/articles';
import type { LibraryDb } from '../../../utils/library/db/open';
import { deleteTag, renameTag, suggestTags, updateArticles } from '../../../utils/library/edits';
import { readFacets } from '../../../utils/library/facets';
import {
  firstRows,
  getMetas,
  orderedIds,
  type ListFilter,
  type ListSort,
  type SortKey,
} from '../../../utils/library/listing';
import { saveReadingPosition } from '../../../utils/library/reading';
import type { ArticleMeta } from '../../../utils/library/db/schema';
import { article, freshDb, saveAll } from './helpers';

const SITES = ['Le Monde', 'BBC', 'ars technica'];
const TITLES = ['Zebras', 'élan vital', 'Apples', '“Quoted” title', 'bananas', 'Éclairs'];

async function library(count = 30) {
  const db = await freshDb();
  const ids = await saveAll(
    db,
    Array.from({ length: count }, (_, index) => ({
      article: article(`https://x.example/${index}`, `${TITLES[index % TITLES.length]} ${index}`, {
        siteName: SITES[index % 3]!,
        publishedTime: index % 5 ? new Date(Date.UTC(2024, 0, 1 + ((index * 7) % 28))).toISOString() : null,
        readingMinutes: (index * 3) % 11,
      }),
      state: {
        savedAt: 1_000 + ((index * 13) % count) * 10,
        readAt: index % 3 === 0 ? 5_000 : null,
        archived: index % 4 === 0,
        favorite: index % 5 === 0,
        tags: index % 2 ? ['odd'] : index % 4 === 2 ? ['Two', 'odd'] : [],
      },
    })),
  );
  return { db, ids };
}

const all = async (db: LibraryDb) => (await getMetas(db, await db.getAllKeys('articles'))) as ArticleMeta[];

/** What orderedIds must return, computed naively from every record. */
function expected(metas: ArticleMeta[], filter: ListFilter, sort: ListSort): string[] {
  const value = (meta: ArticleMeta): (string | number)[] =>
    ({
      savedAt: [meta.savedAt],
      publishedAt: [meta.publishedAt, meta.savedAt],
      title: [meta.sortTitle, meta.savedAt],
      site: [meta.siteKey, meta.savedAt],
      minutes: [meta.readingMinutes, meta.savedAt],
    })[sort.key];
  const compare = (a: ArticleMeta, b: ArticleMeta) => {
    const [x, y] = [
      [...value(a), a.id],
      [...value(b), b.id],
    ];
    for (let index = 0; index < x.length; index++)
      if (x[index] !== y[index]) return x[index]! < y[index]! ? -1 : 1;
    return 0;
  };
  const kept = metas.filter(
    (meta) =>
      (filter.view === 'all' || (filter.view === 'favorites' ? meta.favorite : meta.shelf === filter.view)) &&
      (filter.site === null || meta.siteKey === filter.site) &&
      (filter.tag === null || meta.tags.includes(filter.tag)),
  );
  const ids = kept.sort(compare).map((meta) => meta.id);
  return sort.dir === 'desc' ? ids.reverse() : ids;
}

describe('library listing', () => {
  it('lists every filter in every sort order, from the indexes', async () => {
    const { db } = await library();
    const metas = await all(db);
    const filters: ListFilter[] = [
      { view: 'all', site: null, tag: null },
      { view: 'unread', site: null, tag: null },
      { view: 'read', site: null, tag: null },
      { view: 'archived', site: null, tag: null },
      { view: 'favorites', site: null, tag: null },
      { view: 'all', site: 'bbc', tag: null },
      { view: 'all', site: null, tag: 'odd' },
      { view: 'unread', site: 'le monde', tag: 'odd' },
    ];
    for (const filter of filters)
      for (const key of ['savedAt', 'publishedAt', 'title', 'site', 'minutes'] as SortKey[])
        for (const dir of ['asc', 'desc'] as const) {
          const sort = { key, dir };
          const want = expected(metas, filter, sort);
          expect(await orderedIds(db, filter, sort), JSON.stringify({ filter, sort })).toEqual(want);
          const first = await firstRows(db, filter, sort, 5);
          expect(first?.map((meta) => meta.id)).toEqual(want.slice(0, 5));
        }
  });

  it('sorts titles ignoring case, accents and leading quotes', async () => {
    const { db } = await library(6);
    const ids = await orderedIds(db, { view: 'all', site: null, tag: null }, { key: 'title', dir: 'asc' });
    const titles = (await getMetas(db, ids)).map((meta) => meta!.title);
    expect(titles).toEqual([
      'Apples 2',
      'bananas 4',
      'Éclairs 5',
      'élan vital 1',
      '“Quoted” title 3',
      'Zebras 0',
    ]);
  });

  it('keeps the counts beside each filter through edits, deletes and undo', async () => {
    const { db, ids } = await library();
    const check = async () => {
      const metas = await all(db);
      const facets = await readFacets(db);
      expect(facets.all).toBe(metas.length);
      for (const shelf of ['unread', 'read', 'archived'] as const)
        expect(facets.shelves[shelf]).toBe(metas.filter((meta) => meta.shelf === shelf).length);
      expect(facets.favorites).toBe(metas.filter((meta) => meta.favorite).length);
      for (const site of facets.sites)
        expect(site.count).toBe(metas.filter((meta) => meta.siteKey === site.name).length);
      expect(facets.sites.reduce((sum, site) => sum + site.count, 0)).toBe(metas.length);
      const tags = new Set(metas.flatMap((meta) => meta.tags));
      expect(facets.tags.map((tag) => tag.name).sort()).toEqual([...tags].sort());
      for (const tag of facets.tags)
        expect(tag.count).toBe(metas.filter((meta) => meta.tags.includes(tag.name)).length);
      return facets;
    };
    await check();
    await updateArticles(db, ids.slice(0, 10), { read: true });
    await updateArticles(db, ids.slice(5, 15), { archived: true, favorite: true });
    await updateArticles(db, ids.slice(0, 3), { archived: false, read: false });
    await check();
    const deleted = await deleteArticles(db, ids.slice(0, 7));
    expect((await check()).all).toBe(23);
    await restoreArticles(db, deleted);
    expect((await check()).all).toBe(30);
    expect((await check()).sites[0]).toMatchObject({ count: 10, label: expect.any(String) });
  });

  it('adds, renames (merging), removes and suggests tags', async () => {
    const { db, ids } = await library(8);
    await updateArticles(db, ids.slice(0, 2), { addTags: ['  Long   Reads ', 'climate'] });
    expect((await getArticle(db, ids[0]!))?.meta.tags).toEqual(['long reads', 'climate']);
    expect(await renameTag(db, 'Long Reads', 'Climate')).toBe(2);
    expect((await getArticle(db, ids[0]!))?.meta.tags).toEqual(['climate']);
    expect(await renameTag(db, 'odd', 'uneven')).toBe(6);
    const facets = await readFacets(db);
    expect(facets.tags.map((tag) => [tag.name, tag.count])).toEqual([
      ['climate', 2],
      ['two', 2],
      ['uneven', 6],
    ]);
    expect(suggestTags(facets.tags, 'U')).toEqual(['uneven']);
    expect(suggestTags(facets.tags, '', ['two'])).toEqual(['uneven', 'climate']);
    expect(await deleteTag(db, 'uneven')).toBe(6);
    expect((await readFacets(db)).tags.map((tag) => tag.name)).toEqual(['climate', 'two']);
    expect(
      await orderedIds(db, { view: 'all', site: null, tag: 'uneven' }, { key: 'savedAt', dir: 'desc' }),
    ).toEqual([]);
  });

  it('remembers the reading position and marks an article read at the end', async () => {
    const { db, ids } = await library(2);
    const id = ids[1]!;
    await saveReadingPosition(db, id, 0.4);
    expect((await getArticle(db, id))?.meta).toMatchObject({ progress: 0.4, readAt: null, shelf: 'unread' });
    await saveReadingPosition(db, id, 0.99);
    expect((await getArticle(db, id))?.meta).toMatchObject({
      progress: 0.99,
      shelf: 'read',
      readAt: expect.any(Number),
    });
    expect((await readFacets(db)).shelves.read).toBe(1);
  });
});
