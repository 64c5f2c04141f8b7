/** The library module on fake-indexeddb: save, update-by-URL, list without bodies, delete, undo. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article, SafeHtml } from '../../utils/article';
import {
  deleteArticle,
  findByUrl,
  getArticle,
  listNewest,
  restoreArticle,
  saveArticle,
  updateMeta,
} from '../../utils/library/articles';
import { DB_VERSION, openLibraryDb } from '../../utils/library/db';
import { normaliseUrl } from '../../utils/library/url';

let dbName = '';
let counter = 0;
beforeEach(() => {
  dbName = `lectern-test-${++counter}`;
});

function article(url: string, title = 'A story'): Article {
  return {
    url,
    title,
    byline: 'Ana Ruiz',
    siteName: 'The Ledger',
    publishedTime: '2025-11-18T16:20:00Z',
    lang: 'en',
    dir: null,
    excerpt: 'An excerpt',
    leadImage: null,
    html: '<p>Body text of the story.</p>' as SafeHtml,
    text: 'Body text of the story.',
    wordCount: 5,
    readingMinutes: 1,
  };
}

describe('library', () => {
  it('saves an article and its body, and reads them back', async () => {
    const db = await openLibraryDb(dbName);
    const { id, updated } = await saveArticle(
      db,
      { article: article('https://a.example/1'), removed: [], restoredIds: [] },
      1000,
    );
    expect(updated).toBe(false);
    const saved = await getArticle(db, id);
    expect(saved?.meta).toMatchObject({
      title: 'A story',
      siteName: 'The Ledger',
      savedAt: 1000,
      readAt: null,
      archived: false,
      kind: 'article',
    });
    expect(saved?.meta.bytes).toBeGreaterThan(0);
    expect(saved?.body?.html).toBe('<p>Body text of the story.</p>');
    expect(db.version).toBe(DB_VERSION);
  });

  it('saving the same URL twice updates in place (tracking parameters and fragments ignored)', async () => {
    const db = await openLibraryDb(dbName);
    const first = await saveArticle(
      db,
      { article: article('https://a.example/1?utm_source=x#top', 'Old title'), removed: [], restoredIds: [] },
      1000,
    );
    await updateMeta(db, first.id, { favorite: true, tags: ['mexico'] });
    const second = await saveArticle(
      db,
      { article: article('https://a.example/1', 'New title'), removed: [], restoredIds: [] },
      2000,
    );
    expect(second).toEqual({ id: first.id, updated: true });
    const list = await listNewest(db);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      title: 'New title',
      savedAt: 1000,
      updatedAt: 2000,
      favorite: true,
      tags: ['mexico'],
    });
    expect((await findByUrl(db, 'https://a.example/1#other'))?.id).toBe(first.id);
  });

  it('lists newest first', async () => {
    const db = await openLibraryDb(dbName);
    for (const [index, url] of [
      'https://a.example/1',
      'https://a.example/2',
      'https://a.example/3',
    ].entries()) {
      await saveArticle(
        db,
        { article: article(url, `Story ${index}`), removed: [], restoredIds: [] },
        1000 + index,
      );
    }
    expect((await listNewest(db)).map((meta) => meta.title)).toEqual(['Story 2', 'Story 1', 'Story 0']);
    expect((await listNewest(db, 2)).length).toBe(2);
  });

  it('deletes the metadata and the body, and undo puts both back', async () => {
    const db = await openLibraryDb(dbName);
    const { id } = await saveArticle(db, {
      article: article('https://a.example/1'),
      removed: [],
      restoredIds: [],
    });
    const before = await getArticle(db, id);
    await deleteArticle(db, id);
    expect(await getArticle(db, id)).toBeNull();
    expect(await db.get('bodies', id)).toBeUndefined();
    await restoreArticle(db, before!.meta, before!.body);
    expect(await getArticle(db, id)).toEqual(before);
  });

  it('normalises URLs by dropping fragments and tracking parameters only', () => {
    expect(normaliseUrl('https://a.example/x?id=5&utm_medium=email&fbclid=abc#comments')).toBe(
      'https://a.example/x?id=5',
    );
  });
});
