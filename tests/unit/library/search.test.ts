/**
 * Full-text search over the persisted index: what it finds (title, byline, site, tags, body;
 * prefixes; folded accents), how it ranks, and that it follows every save, tag edit, delete and
 * undo, before and after the tail is flushed and segments are merged.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteArticles, restoreArticles, saveArticle } from '../../../utils/library/articles';
import type { LibraryDb } from '../../../utils/library/db/open';
import { renameTag, updateArticles } from '../../../utils/library/edits';
import { readDocIds } from '../../../utils/library/search/doc-table';
import { highlight, snippet } from '../../../utils/library/search/highlight';
import { maintainSearchIndex, TAIL_MAX } from '../../../utils/library/search/maintain';
import { LibrarySearch, queryWords } from '../../../utils/library/search/query';
import { BODY_INDEX_CHARS } from '../../../utils/library/search/terms';
import { article, freshDb, saveAll } from './helpers';

async function find(db: LibraryDb, query: string): Promise<string[]> {
  return (await new LibrarySearch(db).search(query)).ids;
}

async function library() {
  const db = await freshDb();
  const ids = await saveAll(db, [
    {
      article: article('https://a.example/1', 'Climate talks stall in Bonn', {
        text: 'Delegates argued all night.',
      }),
    },
    {
      article: article('https://b.example/2', 'A quiet café in Lyon', {
        text: 'The espresso was excellent. Élan and charm.',
        byline: 'Zoë Brûlé',
        siteName: 'Le Monde',
      }),
    },
    {
      article: article('https://c.example/3', 'Budget night', {
        text: 'The climate of the debate was tense.',
      }),
    },
    {
      article: article('https://d.example/4', 'Gardening', { text: 'Tomatoes need sun.' }),
      state: { tags: ['Weekend Reads'] },
    },
  ]);
  return { db, ids };
}

describe('library search', () => {
  it('finds words in the title, byline, site, tags and body', async () => {
    const { db, ids } = await library();
    expect(await find(db, 'bonn')).toEqual([ids[0]]);
    expect(await find(db, 'zoe')).toEqual([ids[1]]);
    expect(await find(db, 'monde')).toEqual([ids[1]]);
    expect(await find(db, 'weekend')).toEqual([ids[3]]);
    expect(await find(db, 'tomatoes')).toEqual([ids[3]]);
    expect(await find(db, 'nothing-like-this')).toEqual([]);
  });

  it('matches prefixes as you type, folds accents both ways, and needs every word', async () => {
    const { db, ids } = await library();
    expect(await find(db, 'clim')).toEqual(expect.arrayContaining([ids[0], ids[2]]));
    expect(await find(db, 'cafe')).toEqual([ids[1]]);
    expect(await find(db, 'CAFÉ')).toEqual([ids[1]]);
    expect(await find(db, 'elan')).toEqual([ids[1]]);
    expect(await find(db, 'brule lyon')).toEqual([ids[1]]);
    expect(await find(db, 'climate tomatoes')).toEqual([]);
  });

  it('ranks a title match above a mention in the body', async () => {
    const { db, ids } = await library();
    expect(await find(db, 'climate')).toEqual([ids[0], ids[2]]);
  });

  it('reads the words of a query: folded, two letters or more, finished stop words dropped', () => {
    expect(queryWords('The Élan  of a café')).toEqual(['elan', 'of', 'cafe']);
    expect(queryWords('climate the')).toEqual(['climate', 'the']);
    expect(queryWords('x')).toEqual([]);
  });

  it('keeps what it read between keystrokes, and survives a merge made since without telling it', async () => {
    const db = await freshDb();
    // Four bulk saves of TAIL_MAX articles: four segments, each two blocks (600 terms an article).
    for (let batch = 0; batch < 4; batch++)
      await saveAll(
        db,
        Array.from({ length: TAIL_MAX }, (_, index) => ({
          article: article(`https://m.example/${batch}/${index}`, `Alpha ${batch}`, {
            text: `${Array.from({ length: 600 }, (_, word) => `m${word}x${batch}`).join(' ')} zulu${batch}`,
          }),
        })),
      );
    expect(await db.count('segments')).toBe(4);
    const search = new LibrarySearch(db);
    expect((await search.search('alpha')).ids).toHaveLength(4 * TAIL_MAX);
    // Maintenance in another context merges the four (their blocks go); nothing changed for the
    // reader, so nobody invalidates this searcher.
    await maintainSearchIndex(db);
    expect(await db.count('segments')).toBe(1);
    // 'zulu' sits in the second block of each old segment, never read: the search notices they
    // are gone and reads the segments again.
    expect((await search.search('zulu2')).ids).toHaveLength(TAIL_MAX);
    expect((await search.search('zulu')).ids).toHaveLength(4 * TAIL_MAX);
    expect((await search.search('alpha zulu3')).ids).toEqual(await find(db, 'zulu3'));
    expect(await find(db, 'zulu3')).toHaveLength(TAIL_MAX);
  });

  it('follows saves, re-saves, tag edits, deletes and undo', async () => {
    const { db, ids } = await library();
    const search = new LibrarySearch(db);
    const { id } = await saveArticle(db, {
      article: article('https://e.example/5', 'Volcanoes'),
      removed: [],
      restoredIds: [],
    });
    expect((await search.search('volcano')).ids).toEqual([id]);

    await saveArticle(db, {
      article: article('https://e.example/5', 'Glaciers'),
      removed: [],
      restoredIds: [],
    });
    search.invalidate();
    expect((await search.search('volcano')).ids).toEqual([]);
    expect((await search.search('glacier')).ids).toEqual([id]);

    await updateArticles(db, [ids[0]!], { addTags: ['Diplomacy'] });
    search.invalidate();
    expect((await search.search('diplomacy')).ids).toEqual([ids[0]]);
    await renameTag(db, 'diplomacy', 'treaties');
    search.invalidate();
    expect((await search.search('diplomacy')).ids).toEqual([]);
    expect((await search.search('treaties')).ids).toEqual([ids[0]]);
    expect((await search.search('bonn')).ids).toEqual([ids[0]]);

    const deleted = await deleteArticles(db, [ids[0]!]);
    search.invalidate();
    expect((await search.search('bonn')).ids).toEqual([]);
    await restoreArticles(db, deleted);
    search.invalidate();
    expect((await search.search('bonn treaties')).ids).toEqual([ids[0]]);
  });

  it('indexes only the start of a long body', async () => {
    const db = await freshDb();
    const text = `${'filler '.repeat(BODY_INDEX_CHARS / 7)} zanzibar`;
    await saveAll(db, [{ article: article('https://a.example/long', 'Long', { text: `quokka ${text}` }) }]);
    expect(await find(db, 'quokka')).toHaveLength(1);
    expect(await find(db, 'zanzibar')).toEqual([]);
  });

  it('gives the same answers before and after flushing and merging segments', async () => {
    const db = await freshDb();
    const words = ['amber', 'basalt', 'cobalt', 'dune', 'ember', 'fjord', 'garnet', 'harbor'];
    const ids: string[] = [];
    // One bulk save (written as a segment), then single saves (the tail), some re-saved or deleted.
    ids.push(
      ...(await saveAll(
        db,
        Array.from({ length: TAIL_MAX * 2 }, (_, index) => ({
          article: article(`https://bulk.example/${index}`, `Bulk ${words[index % 8]}`, {
            text: `${words[(index * 3) % 8]} ${words[(index * 5) % 8]} item${index}`,
          }),
        })),
      )),
    );
    for (let index = 0; index < TAIL_MAX * 5 + 10; index++) {
      const text = `${words[(index * 7) % 8]} single${index}`;
      ids.push(
        (
          await saveArticle(db, {
            article: article(`https://one.example/${index}`, 'One', { text }),
            removed: [],
            restoredIds: [],
          })
        ).id,
      );
      // As the background does after each save: flush a full tail, merge four like-sized segments.
      await maintainSearchIndex(db);
    }
    expect(await db.count('segments')).toBeLessThan(6);
    await deleteArticles(
      db,
      ids.filter((_, index) => index % 3 === 0),
    );
    const queries = ['amber', 'cob', 'dune ember', 'single1', 'item12', 'harbor bulk', 'fj'];
    const before = await Promise.all(queries.map((query) => find(db, query)));
    expect(await db.count('tail')).toBeGreaterThan(0);
    await maintainSearchIndex(db, { force: true });
    expect(await db.count('tail')).toBe(0);
    // A third deleted: every segment was vacuumed, so no posting of a deleted article is left.
    const live = await readDocIds(db.transaction('docIds').store);
    for (const segment of await db.getAll('segments'))
      expect([...segment.docNums].every((docNum) => !!live[docNum])).toBe(true);
    const after = await Promise.all(queries.map((query) => find(db, query)));
    expect(after.map((ids) => [...ids].sort())).toEqual(before.map((ids) => [...ids].sort()));
    expect(before[0]!.length).toBeGreaterThan(10);
  });

  it('highlights matching words in shown text, and cuts a snippet around the first', () => {
    expect(highlight('A quiet Café in Lyon', ['cafe', 'ly'])).toEqual([
      { text: 'A quiet ', hit: false },
      { text: 'Café', hit: true },
      { text: ' in ', hit: false },
      { text: 'Lyon', hit: true },
    ]);
    expect(highlight('Nothing here', [])).toEqual([{ text: 'Nothing here', hit: false }]);
    const long = `${'word '.repeat(100)}the espresso was excellent ${'more '.repeat(100)}`;
    expect(snippet(long, ['espresso'])).toMatch(/^….*espresso was excellent.*…$/);
    expect(snippet(long, ['absent'])).toBeNull();
  });
});
