/** The library module on fake-indexeddb: save, update-by-URL, list without bodies, delete, undo. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  deleteArticle,
  deleteArticles,
  findByUrl,
  getArticle,
  listNewest,
  restoreArticles,
  saveArticle,
} from '../../../utils/library/articles';
import { DB_VERSION } from '../../../utils/library/db/open';
import { updateArticles } from '../../../utils/library/edits';
import { imageKey } from '../../../utils/library/images';
import { normaliseUrl } from '../../../utils/library/url';
import { article, freshDb } from './helpers';

const input = (url: string, title?: string) => ({
  article: article(url, title),
  removed: [],
  restoredIds: [],
});

describe('library', () => {
  it('saves an article and its body, and reads them back', async () => {
    const db = await freshDb();
    const { id, updated } = await saveArticle(db, input('https://a.example/1'), 1000);
    expect(updated).toBe(false);
    const saved = await getArticle(db, id);
    expect(saved?.meta).toMatchObject({
      title: 'A story',
      siteName: 'The Ledger',
      savedAt: 1000,
      readAt: null,
      archived: false,
      kind: 'article',
      shelf: 'unread',
      fav: 0,
      site: 'The Ledger',
      siteKey: 'the ledger',
      sortTitle: 'a story',
      publishedAt: Date.parse('2025-11-18T16:20:00Z'),
    });
    expect(saved?.meta.bytes).toBeGreaterThan(0);
    expect(saved?.body?.html).toBe('<p>Body text of the story.</p>');
    expect(db.version).toBe(DB_VERSION);
  });

  it('saving the same URL twice updates in place (tracking parameters and fragments ignored)', async () => {
    const db = await freshDb();
    const first = await saveArticle(db, input('https://a.example/1?utm_source=x#top', 'Old title'), 1000);
    await updateArticles(db, [first.id], { favorite: true, addTags: ['Mexico'] });
    const second = await saveArticle(db, input('https://a.example/1', 'New title'), 2000);
    expect(second).toEqual({ id: first.id, updated: true });
    const list = await listNewest(db);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      title: 'New title',
      savedAt: 1000,
      updatedAt: 2000,
      favorite: true,
      fav: 1,
      tags: ['mexico'],
    });
    expect((await findByUrl(db, 'https://a.example/1#other'))?.id).toBe(first.id);
  });

  it('lists newest first', async () => {
    const db = await freshDb();
    for (const [index, url] of [
      'https://a.example/1',
      'https://a.example/2',
      'https://a.example/3',
    ].entries())
      await saveArticle(db, input(url, `Story ${index}`), 1000 + index);
    expect((await listNewest(db)).map((meta) => meta.title)).toEqual(['Story 2', 'Story 1', 'Story 0']);
    expect((await listNewest(db, 2)).length).toBe(2);
  });

  it('deletes the metadata, the body and the images, and undo puts all of them back', async () => {
    const db = await freshDb();
    const { id } = await saveArticle(db, input('https://a.example/1'));
    const other = await saveArticle(db, input('https://a.example/2'));
    const blob = new Blob(['png'], { type: 'image/png' });
    const image = { articleId: id, url: 'https://a.example/i.png', blob, bytes: 3, type: 'image/png' };
    await db.put('images', image, imageKey(id, image.url));
    await db.put('images', { ...image, articleId: other.id }, imageKey(other.id, image.url));
    const before = await getArticle(db, id);

    const deleted = await deleteArticle(db, id);
    expect(await getArticle(db, id)).toBeNull();
    expect(await db.get('bodies', id)).toBeUndefined();
    expect(await db.getAllKeysFromIndex('images', 'by-article', id)).toEqual([]);
    expect(await db.getAllKeysFromIndex('images', 'by-article', other.id)).toHaveLength(1);
    expect(deleted?.images.map((kept) => kept.url)).toEqual([image.url]);

    await restoreArticles(db, [deleted!]);
    expect(await getArticle(db, id)).toEqual(before);
    expect(await db.getAllKeysFromIndex('images', 'by-article', id)).toEqual([imageKey(id, image.url)]);
  });

  it('deletes many at once and ignores ids that are gone', async () => {
    const db = await freshDb();
    const ids = [];
    for (let index = 0; index < 5; index++)
      ids.push((await saveArticle(db, input(`https://a.example/${index}`))).id);
    const deleted = await deleteArticles(db, [...ids.slice(0, 3), 'no-such-id']);
    expect(deleted.map((item) => item.meta.id)).toEqual(ids.slice(0, 3));
    expect((await listNewest(db)).map((meta) => meta.id).sort()).toEqual(ids.slice(3).sort());
  });

  it('normalises URLs by dropping fragments and tracking parameters only', () => {
    expect(normaliseUrl('https://a.example/x?id=5&utm_medium=email&fbclid=abc#comments')).toBe(
      'https://a.example/x?id=5',
    );
  });
});
