/**
 * The lossless backup: backup → wipe → restore gives back an identical library (every record,
 * body, removed block, image byte, count, search result and setting) and a second backup that is
 * byte for byte the first. Damaged records are skipped with a reason; old backups import as links.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { parseImport } from '../../../utils/import';
import { JSDOM } from 'jsdom';
import { createBackup, fromBase64, syncSettings, toBase64 } from '../../../utils/export/backup';
import { restoreBackup } from '../../../utils/import/restore-backup';
import { createDomPurifySanitizer } from '../../../utils/sanitize/dompurify';
import { countJobs, openQueueDb, type QueueDb } from '../../../utils/fetch-queue/store';
import { deleteArticles } from '../../../utils/library/articles';
import type { LibraryDb } from '../../../utils/library/db/open';
import { openLibraryDb } from '../../../utils/library/db/open';
import { allArticleIds } from '../../../utils/library/whole-articles';
import { LibrarySearch } from '../../../utils/library/search/query';
import { fixture } from '../../fixtures/imports/helpers';
import { seed } from './helpers';
import { putHighlight } from '../../../utils/highlights/store';
import { describeRange } from '../../../utils/highlights/selectors';

// The extension's own store, on the fake browser's storage.sync.
const settings = syncSettings;

/** Everything a user could notice, read straight from the stores. */
async function snapshot(db: LibraryDb) {
  const images = await db.getAll('images');
  const search = new LibrarySearch(db);
  const found = async (query: string) => (await search.search(query)).ids.sort();
  return {
    articles: (await db.getAll('articles')).sort((a, b) => a.id.localeCompare(b.id)),
    bodies: (await db.getAll('bodies')).sort((a, b) => a.id.localeCompare(b.id)),
    imageKeys: (await db.getAllKeys('images')).sort(),
    images: await Promise.all(
      images.map(async ({ blob, ...image }) => ({
        ...image,
        data: [...new Uint8Array(await blob.arrayBuffer())],
      })),
    ),
    facets: (await db.getAll('facets')).sort((a, b) => a.key.localeCompare(b.key)),
    highlights: await db.getAll('highlights'),
    searches: {
      glaciers: await found('glaciers'),
      tram: await found('quieter tram'),
      climate: await found('climate'),
      essay: await found('essay'),
      arabic: await found('المكتبات'),
    },
    settings: await settings.get(),
  };
}

const sanitizer = createDomPurifySanitizer(new JSDOM('').window as unknown as Window);

let counter = 0;
let library: LibraryDb;
let queue: QueueDb;
beforeEach(async () => {
  fakeBrowser.reset();
  counter++;
  library = await openLibraryDb(`backup-lib-${counter}`);
  queue = await openQueueDb(`backup-queue-${counter}`);
});

describe('backup and restore', () => {
  it('backup → wipe → restore gives back an identical library', async () => {
    const [first_, second_] = await seed(library);
    // A highlight with a note, a note on a whole article, and an orphan (its quote is not in the text).
    const text = 'Glaciers in the northern range retreated further';
    await putHighlight(library, {
      id: 'h-1',
      articleId: first_!,
      target: describeRange(text, 0, 8),
      color: 'green',
      note: 'Key fact',
      labels: ['climate'],
      createdAt: 5,
      updatedAt: 6,
    });
    await putHighlight(library, {
      id: 'h-2',
      articleId: second_!,
      target: null,
      color: 'yellow',
      note: 'Read again',
      labels: [],
      createdAt: 7,
      updatedAt: 7,
    });
    await putHighlight(library, {
      id: 'h-3',
      articleId: first_!,
      target: describeRange('A passage long since gone', 2, 9),
      color: 'pink',
      note: '',
      labels: [],
      createdAt: 8,
      updatedAt: 8,
    });
    await fakeBrowser.storage.sync.set({ readingSettings: { font: 'sans', fontSize: 21, theme: 'sepia' } });
    const before = await snapshot(library);
    expect(before.articles).toHaveLength(5);
    expect(before.images).toHaveLength(3);
    expect(before.searches.glaciers).toHaveLength(1);

    const first = await (await createBackup(library, settings, { now: Date.UTC(2026, 0, 1) })).text();

    await deleteArticles(library, await allArticleIds(library));
    expect(await library.count('highlights')).toBe(0);
    await fakeBrowser.storage.sync.clear();
    expect(await library.count('articles')).toBe(0);
    expect(await library.count('images')).toBe(0);
    expect((await snapshot(library)).searches.glaciers).toEqual([]);

    const summary = await restoreBackup(library, queue, JSON.parse(first), settings, sanitizer);
    expect(summary).toEqual({
      restored: 4,
      links: 1,
      alreadySaved: 0,
      settingsRestored: true,
      highlights: 3,
      problems: [],
    });
    expect(before.highlights).toHaveLength(3);
    expect(await snapshot(library)).toEqual(before);
    // The link that was waiting for its page waits again.
    expect(await countJobs(queue)).toMatchObject({ pending: 1 });

    const second = await (await createBackup(library, settings, { now: Date.UTC(2026, 0, 1) })).text();
    expect(second).toBe(first);
  });

  it('is a valid Lectern backup for parseImport too (portable fields)', async () => {
    await seed(library);
    const bytes = new Uint8Array(await (await createBackup(library, settings)).arrayBuffer());
    const parsed = parseImport(bytes, 'lectern-backup.json');
    expect(parsed.format).toBe('lectern-backup');
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.find((entry) => entry.url === 'https://news.example.com/story-4')).toMatchObject({
      read: true,
      tags: ['climate', 'long reads'],
      addedAt: '2025-01-04T00:00:00.000Z',
    });
    expect(parsed.entries.find((entry) => entry.url === 'https://news.example.com/story-3')?.state).toBe(
      'archived',
    );
  });

  it('skips damaged records with the reason and where, and restores the rest', async () => {
    await seed(library);
    const json = JSON.parse(await (await createBackup(library, settings)).text());
    json.articles[1].meta.url = 'javascript:alert(1)';
    json.articles[2].meta.id = 'has a space';
    json.articles[3].images = [{ url: 'x', type: 'text/html', bytes: 1, data: 'AA==' }];
    await deleteArticles(library, await allArticleIds(library));
    const summary = await restoreBackup(library, queue, json, settings, sanitizer);
    expect(summary.problems).toEqual([
      { error: 'Skipped an article: its meta.url is not valid.', where: 'article 2' },
      { error: 'Skipped an article: its meta.id is not valid.', where: 'article 3' },
      { error: 'Skipped an article: its images.0.type is not valid.', where: 'article 4' },
    ]);
    expect(await library.count('articles')).toBe(2);
  });

  // A backup file is hostile input: whatever someone wrote into it must not reach the reader live.
  it('restores a body with scripts, handlers and javascript: links inert', async () => {
    await seed(library);
    const json = JSON.parse(await (await createBackup(library, settings)).text());
    const record = json.articles.find((item: { body: unknown }) => item.body);
    record.body.html =
      '<p onclick="steal()">Hi</p><script>alert(1)</script><img src="x.jpg" onerror="alert(2)"><a href="javascript:alert(3)">link</a>';
    record.body.removed = [
      {
        id: 0,
        kind: 'ad',
        rule: 'test',
        preview: 'Ad',
        html: '<div><script>alert(4)</script><p>Ad</p></div>',
      },
    ];
    await deleteArticles(library, await allArticleIds(library));
    await restoreBackup(library, queue, json, settings, sanitizer);

    const body = await library.get('bodies', record.meta.id);
    const stored = [body!.html, ...body!.removed.map((block) => block.html)].join('\n');
    expect(body!.html).toContain('>Hi</p>');
    expect(body!.removed[0]!.html).toContain('<p>Ad</p>');
    expect(stored).not.toMatch(/<script|onclick|onerror|javascript:/i);
  });

  it('keeps what is already in the library, and says how many were', async () => {
    await seed(library);
    const json = JSON.parse(await (await createBackup(library, settings)).text());
    const summary = await restoreBackup(library, queue, json, settings, sanitizer);
    expect(summary).toMatchObject({ restored: 0, links: 0, alreadySaved: 5 });
    expect(await library.count('articles')).toBe(5);
  });

  it('an older backup with list fields only imports its links', async () => {
    const json = JSON.parse(new TextDecoder().decode(fixture('lectern-backup.json')));
    const summary = await restoreBackup(library, queue, json, settings, sanitizer);
    expect(summary).toMatchObject({ restored: 0, links: 3, settingsRestored: false });
    expect(summary.problems.map((problem) => problem.where)).toEqual(['article 3', 'article 4']);
    expect(await countJobs(queue)).toMatchObject({ pending: 3 });
  });

  it('refuses a backup from a newer Lectern', async () => {
    await expect(
      restoreBackup(
        library,
        queue,
        { format: 'lectern-backup', version: 2, articles: [] },
        settings,
        sanitizer,
      ),
    ).rejects.toThrow(/newer version of Lectern/);
  });

  it('base64 survives every byte value', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, index) => (index * 7) % 256);
    const text = toBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(fromBase64(text)).equals(Buffer.from(bytes))).toBe(true);
  });
});
