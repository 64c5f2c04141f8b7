/**
 * Offline images in the library: stored in their own transaction after the save, counted in the
 * article's size, replaced by a new save, never written over a newer copy, deleted with the
 * article and put back by Undo; and the background job that fills them, on and off.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { keepImages } from '../../../utils/background/keep-images';
import { deleteArticle, getArticle, restoreArticles, saveArticle } from '../../../utils/library/articles';
import { readImages, storeImages } from '../../../utils/library/images';
import { setOfflineImages } from '../../../utils/offline-images/setting';
import { article, freshDb } from './helpers';

const input = (url: string) => ({ article: article(url), removed: [], restoredIds: [] });
const picture = (url: string, bytes: number) => ({
  url,
  blob: new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
  type: 'image/png',
  bytes,
});
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
const png = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(PNG_HEAD);
  return bytes;
};

beforeEach(() => fakeBrowser.reset());

describe('storeImages', () => {
  it('stores the pictures and counts them in the article size, text included', async () => {
    const db = await freshDb();
    const { id } = await saveArticle(db, input('https://a.example/1'), 1_000);
    const textBytes = (await getArticle(db, id))!.meta.bytes;
    expect(textBytes).toBeGreaterThan(0);

    const bytes = await storeImages(db, id, 1_000, [
      picture('https://a.example/x.png', 300),
      picture('https://a.example/y.png', 700),
    ]);
    expect(bytes).toBe(textBytes + 1_000);
    expect((await getArticle(db, id))!.meta.bytes).toBe(textBytes + 1_000);
    const stored = await readImages(db, id);
    expect(stored.map((image) => [image.url, image.bytes, image.articleId])).toEqual([
      ['https://a.example/x.png', 300, id],
      ['https://a.example/y.png', 700, id],
    ]);
    expect(stored[0]!.blob.size).toBe(300);

    // Stored again (same save): replaced, not added up.
    expect(await storeImages(db, id, 1_000, [picture('https://a.example/z.png', 50)])).toBe(textBytes + 50);
    expect((await readImages(db, id)).map((image) => image.url)).toEqual(['https://a.example/z.png']);
  });

  it('a new save of the article drops its old pictures and its size goes back to the text', async () => {
    const db = await freshDb();
    const { id } = await saveArticle(db, input('https://a.example/1'), 1_000);
    const textBytes = (await getArticle(db, id))!.meta.bytes;
    await storeImages(db, id, 1_000, [picture('https://a.example/x.png', 300)]);
    await saveArticle(db, input('https://a.example/1'), 2_000);
    expect(await readImages(db, id)).toEqual([]);
    expect((await getArticle(db, id))!.meta.bytes).toBe(textBytes);
  });

  it('writes nothing for a copy that was saved again or deleted meanwhile', async () => {
    const db = await freshDb();
    const { id } = await saveArticle(db, input('https://a.example/1'), 1_000);
    await saveArticle(db, input('https://a.example/1'), 2_000);
    const before = (await getArticle(db, id))!.meta;
    expect(await storeImages(db, id, 1_000, [picture('https://a.example/old.png', 10)])).toBeNull();
    expect(await readImages(db, id)).toEqual([]);
    expect((await getArticle(db, id))!.meta).toEqual(before);

    await deleteArticle(db, id);
    expect(await storeImages(db, id, 2_000, [picture('https://a.example/x.png', 10)])).toBeNull();
    expect(await readImages(db, id)).toEqual([]);
  });

  it('deleting the article removes its pictures; Undo puts them back with its size', async () => {
    const db = await freshDb();
    const { id } = await saveArticle(db, input('https://a.example/1'), 1_000);
    const bytes = await storeImages(db, id, 1_000, [picture('https://a.example/x.png', 300)]);
    const deleted = await deleteArticle(db, id);
    expect(await db.count('images')).toBe(0);
    await restoreArticles(db, [deleted!]);
    expect((await readImages(db, id)).map((image) => image.bytes)).toEqual([300]);
    expect((await getArticle(db, id))!.meta.bytes).toBe(bytes);
  });
});

describe('keepImages (the background job after a save)', () => {
  const candidates = [
    { src: 'https://cdn.example/a.png', fetchUrl: 'https://cdn.example/a.png' },
    { src: 'https://cdn.example/b.png', fetchUrl: 'https://cdn.example/b-1200.png' },
    { src: 'https://cdn.example/gone.png', fetchUrl: 'https://cdn.example/gone.png' },
  ];
  const fetchImpl = (async (url: RequestInfo | URL) => {
    if (String(url).includes('gone')) return new Response('missing', { status: 404 });
    return new Response(png(String(url).includes('1200') ? 2_000 : 1_000), {
      headers: { 'content-type': 'image/png' },
    });
  }) as typeof fetch;
  // Host access granted (the fake browser has no permissions API).
  const mayFetch = async () => true;

  it('does nothing while the setting is off', async () => {
    const db = await freshDb();
    const { id } = await saveArticle(db, input('https://a.example/1'), 1_000);
    expect(await keepImages(db, { id, savedAt: 1_000, candidates }, { fetchImpl, mayFetch })).toBeNull();
    expect(await readImages(db, id)).toEqual([]);
  });

  it('when on, keeps what it could fetch and the article size grows by exactly that', async () => {
    const db = await freshDb();
    await setOfflineImages(true);
    const { id } = await saveArticle(db, input('https://a.example/1'), 1_000);
    const textBytes = (await getArticle(db, id))!.meta.bytes;
    const kept = await keepImages(db, { id, savedAt: 1_000, candidates }, { fetchImpl, mayFetch });
    expect(kept).toMatchObject({ stored: 2, skipped: 1, bytes: textBytes + 3_000 });
    expect((await readImages(db, id)).map((image) => [image.url, image.bytes, image.type])).toEqual([
      ['https://cdn.example/a.png', 1_000, 'image/png'],
      ['https://cdn.example/b.png', 2_000, 'image/png'],
    ]);
  });

  it('when access to a site was taken back, its pictures are not fetched and the save stays text', async () => {
    const db = await freshDb();
    await setOfflineImages(true);
    const { id } = await saveArticle(db, input('https://a.example/1'), 1_000);
    const textBytes = (await getArticle(db, id))!.meta.bytes;
    let fetched = 0;
    const kept = await keepImages(
      db,
      { id, savedAt: 1_000, candidates },
      { fetchImpl: (async () => (fetched++, new Response(''))) as typeof fetch, mayFetch: async () => false },
    );
    expect(kept).toMatchObject({ stored: 0, skipped: 3, bytes: null });
    expect(fetched).toBe(0);
    expect((await getArticle(db, id))!.meta.bytes).toBe(textBytes);
  });
});
