/** The background's message handling on WXT's fake browser: validation, sender checks, save. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dispatch } from '../../utils/background/handlers';
import { parseRequest } from '../../utils/messages';
import { listNewest } from '../../utils/library/articles';
import { openLibraryDb } from '../../utils/library/db/open';

const contentScript = () => ({
  id: fakeBrowser.runtime.id,
  tab: { id: 3, url: 'https://news.example.com/a' } as never,
  url: 'https://news.example.com/a',
});

const extensionPage = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/library.html'),
});

const article = {
  url: 'https://news.example.com/a',
  title: 'Title',
  byline: null,
  siteName: 'News',
  publishedTime: null,
  lang: 'en',
  dir: null,
  excerpt: null,
  leadImage: null,
  html: '<p>Hello</p>',
  text: 'Hello',
  wordCount: 1,
  readingMinutes: 1,
};

afterEach(() => vi.unstubAllEnvs());

beforeEach(async () => {
  fakeBrowser.reset();
  const db = await openLibraryDb();
  await db.clear('articles');
  await db.clear('bodies');
});

describe('background message handling', () => {
  it('saves a valid article from our content script, and a second save updates it', async () => {
    const first = (await dispatch(
      { type: 'article/save', article, removed: [], restoredIds: [] },
      contentScript(),
    )) as { ok: boolean; updated: boolean };
    expect(first).toMatchObject({ ok: true, updated: false });
    const second = await dispatch(
      { type: 'article/save', article: { ...article, title: 'New' }, removed: [], restoredIds: [] },
      contentScript(),
    );
    expect(second).toMatchObject({ ok: true, updated: true });
    const list = await listNewest(await openLibraryDb());
    expect(list.map((meta) => meta.title)).toEqual(['New']);
  });

  it('rejects unknown and malformed messages', async () => {
    expect(await dispatch({ type: 'library/drop-everything' }, contentScript())).toEqual({
      ok: false,
      error: 'Unknown or malformed message.',
    });
    expect(
      await dispatch(
        {
          type: 'article/save',
          article: { ...article, url: 'javascript:alert(1)' },
          removed: [],
          restoredIds: [],
        },
        contentScript(),
      ),
    ).toMatchObject({ ok: false });
    expect(
      await dispatch(
        { type: 'article/save', article: { ...article, wordCount: 'many' }, removed: [], restoredIds: [] },
        contentScript(),
      ),
    ).toMatchObject({ ok: false });
    expect(await dispatch('article/save', contentScript())).toMatchObject({ ok: false });
    expect(await listNewest(await openLibraryDb())).toHaveLength(0);
  });

  it('takes picture addresses with a save only when they are web URLs, at most 100; a bad list costs the pictures, not the save', async () => {
    const request = (images: unknown) => ({
      type: 'article/save',
      article,
      removed: [],
      restoredIds: [],
      images,
    });
    const picture = (src: string) => ({ src, fetchUrl: src });
    const imagesOf = (images: unknown) =>
      (parseRequest(request(images)) as { images?: unknown } | null)?.images;
    const good = [picture('https://cdn.example/a.png')];
    expect(imagesOf(good)).toEqual(good);
    expect(imagesOf(undefined)).toEqual([]);
    expect(imagesOf([picture('javascript:alert(1)')])).toEqual([]);
    expect(imagesOf([{ src: 'https://cdn.example/a.png', fetchUrl: 'file:///etc/passwd' }])).toEqual([]);
    expect(imagesOf([picture(`https://cdn.example/${'a'.repeat(9_000)}.png`)])).toEqual([]);
    expect(
      imagesOf(Array.from({ length: 101 }, (_, index) => picture(`https://cdn.example/${index}.png`))),
    ).toEqual([]);
    expect(await dispatch(request([picture('javascript:alert(1)')]), contentScript())).toMatchObject({
      ok: true,
    });
    expect(await listNewest(await openLibraryDb())).toHaveLength(1);
  });

  it('rejects messages from other extensions', async () => {
    const result = await dispatch(
      { type: 'article/save', article, removed: [], restoredIds: [] },
      { id: 'some-other-extension' },
    );
    expect(result).toEqual({ ok: false, error: 'Sender not allowed.' });
    expect(await listNewest(await openLibraryDb())).toHaveLength(0);
  });

  // reader/open lets e2e tests open the reader on a tab; a production build must not answer it.
  it('refuses reader/open outside the test build, even from our own pages', async () => {
    vi.stubEnv('LECTERN_E2E', '0');
    expect(await dispatch({ type: 'reader/open', tabId: 3 }, extensionPage())).toEqual({
      ok: false,
      error: 'Unknown or malformed message.',
    });
  });

  it('in the test build, refuses reader/open from a content script', async () => {
    vi.stubEnv('LECTERN_E2E', '1');
    expect(await dispatch({ type: 'reader/open', tabId: 3 }, contentScript())).toEqual({
      ok: false,
      error: 'Sender not allowed.',
    });
  });

  it('in the test build, lets our own pages ask for reader/open', async () => {
    vi.stubEnv('LECTERN_E2E', '1');
    // The fake browser has no tab 3: the answer comes from the reader opener, past every check.
    expect(await dispatch({ type: 'reader/open', tabId: 3 }, extensionPage())).toEqual({
      ok: false,
      error: 'No tab to read.',
    });
  });

  it('a full disk gives a clear message and leaves the library as it was', async () => {
    await dispatch({ type: 'article/save', article, removed: [], restoredIds: [] }, contentScript());
    const realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const result = await dispatch(
        {
          type: 'article/save',
          article: { ...article, url: 'https://news.example.com/b', title: 'Second' },
          removed: [],
          restoredIds: [],
        },
        contentScript(),
      );
      expect(result).toMatchObject({
        ok: false,
        error: expect.stringMatching(/no storage space left.*everything saved before is still there/i),
      });
    } finally {
      IDBObjectStore.prototype.put = realPut;
    }
    const list = await listNewest(await openLibraryDb());
    expect(list.map((meta) => meta.title)).toEqual(['Title']);
  });

  it('looks up whether a URL is saved', async () => {
    expect(await dispatch({ type: 'article/lookup', url: article.url }, contentScript())).toEqual({
      ok: true,
      id: null,
    });
    await dispatch({ type: 'article/save', article, removed: [], restoredIds: [] }, contentScript());
    expect(
      await dispatch({ type: 'article/lookup', url: `${article.url}#x` }, contentScript()),
    ).toMatchObject({ ok: true, id: expect.any(String) });
  });
});
