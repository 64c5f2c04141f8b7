/**
 * "N articles · X MB" is what Lectern stores for its articles (text and offline pictures), kept
 * by every write: 0 for an empty library, the same figure however often it is read, and back to
 * where it was after a delete and its undo. It replaced the browser's estimate for the whole
 * origin, which read "162 KB" for an empty library and 193–296 KB for one article.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { formatLibrarySize } from '../../../components/shared/format';
import { deleteArticles, getArticle, restoreArticles, saveArticle } from '../../../utils/library/articles';
import { updateArticles } from '../../../utils/library/edits';
import { readFacets, readLibrarySize } from '../../../utils/library/facets';
import { storeImages } from '../../../utils/library/images';
import { addLinkEntries } from '../../../utils/library/link-entries';
import { article, freshDb, saveAll } from './helpers';

const picture = (url: string, bytes: number) => ({
  url,
  blob: new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
  type: 'image/png',
  bytes,
});

/** The sum of every article's own size, read record by record: what the kept figure must equal. */
async function summed(db: Awaited<ReturnType<typeof freshDb>>): Promise<number> {
  return (await db.getAll('articles')).reduce((sum, meta) => sum + meta.bytes, 0);
}

describe('the library size figure', () => {
  it('reads 0 articles and 0 bytes for an empty library', async () => {
    const db = await freshDb();
    expect(await readLibrarySize(db)).toEqual({ articles: 0, bytes: 0 });
    expect(formatLibrarySize(0, 0)).toBe('0 articles · 0 B');
  });

  it('is the UTF-8 size of what one article stores, the same on every read', async () => {
    const db = await freshDb();
    const text = 'Ça coûte 5 € — naïve café. '.repeat(40);
    const { id } = await saveArticle(db, {
      article: article('https://a.example/1', 'T', { text }),
      removed: [],
      restoredIds: [],
    });
    const meta = (await getArticle(db, id))!.meta;
    // The body's HTML and text, each in UTF-8: more bytes than characters for "€" and "ç".
    expect(meta.bytes).toBeGreaterThan(2 * text.length);
    const first = await readLibrarySize(db);
    expect(first).toEqual({ articles: 1, bytes: meta.bytes });
    expect(await readLibrarySize(db)).toEqual(first);
    expect((await readFacets(db)).bytes).toBe(meta.bytes);
  });

  it('follows saves, saves again, pictures kept, edits, deletes and undo', async () => {
    const db = await freshDb();
    const ids = await saveAll(db, [
      { article: article('https://a.example/1', 'One', { text: 'short text' }) },
      { article: article('https://a.example/2', 'Two', { text: 'a much longer text '.repeat(50) }) },
    ]);
    expect((await readLibrarySize(db)).bytes).toBe(await summed(db));

    await storeImages(db, ids[0]!, 1_000, [picture('https://a.example/x.png', 4_000)]);
    expect((await readLibrarySize(db)).bytes).toBe(await summed(db));
    expect((await readLibrarySize(db)).bytes).toBeGreaterThan(4_000);

    // Saved again: the old copy's pictures go, and the figure with them.
    await saveArticle(
      db,
      { article: article('https://a.example/1', 'One', { text: 'new text' }), removed: [], restoredIds: [] },
      2_000,
    );
    expect((await readLibrarySize(db)).bytes).toBe(await summed(db));
    expect((await readLibrarySize(db)).bytes).toBeLessThan(4_000);

    await updateArticles(db, ids, { favorite: true, addTags: ['later'] });
    const before = await readLibrarySize(db);
    expect(before.bytes).toBe(await summed(db));

    const gone = await deleteArticles(db, [ids[1]!]);
    expect(await readLibrarySize(db)).toEqual({ articles: 1, bytes: await summed(db) });
    await restoreArticles(db, gone);
    expect(await readLibrarySize(db)).toEqual(before);

    await deleteArticles(db, ids);
    expect(await readLibrarySize(db)).toEqual({ articles: 0, bytes: 0 });
  });

  it('counts a link waiting for its page as an article of 0 bytes', async () => {
    const db = await freshDb();
    await addLinkEntries(db, [
      {
        url: 'https://b.example/later',
        title: 'Later',
        savedAt: 1_000,
        readAt: null,
        archived: false,
        favorite: false,
        tags: [],
      },
    ]);
    expect(await readLibrarySize(db)).toEqual({ articles: 1, bytes: 0 });
    expect(formatLibrarySize(1, 0)).toBe('1 article · 0 B');
  });

  it('words sizes in KB and MB like each row of the list', () => {
    expect(formatLibrarySize(2, 1536)).toBe('2 articles · 2 KB');
    expect(formatLibrarySize(1234, 5 * 1024 * 1024)).toMatch(/^1.234 articles · 5\.0 MB$/);
  });
});
