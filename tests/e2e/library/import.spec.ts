/**
 * Importing in real Chromium: a Pocket export chosen on the options page becomes link entries at
 * once; the background queue (offscreen document for parsing) fetches each page from 127.0.0.1,
 * including ones that redirect, time out, are gone, are not articles or not pages at all; the
 * progress and the failures with their reasons show on the page; saved pages read offline.
 * Closing the browser mid-import loses nothing: it carries on at the next start.
 */
import { expect, test, type Page } from '@playwright/test';
import { deleteLibraryDatabases } from '../harness/library-seed';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type LoadedExtension } from '../harness/chromium-extension';
import { runAxe, serious } from '../harness/reading-helpers';
import { SCREENSHOTS } from '../harness/seed';
import { startServer, type PageServer } from '../harness/server';

const PAGES = '/fixtures/import-pages';

interface StoredEntry {
  id: string;
  url: string;
  title: string;
  kind: string;
  savedAt: number;
  tags: string[];
  archived: boolean;
}

/** The library's list records, straight from IndexedDB (any extension page shares it). */
function libraryEntries(page: Page): Promise<StoredEntry[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('lectern');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = await new Promise<StoredEntry[]>((done, fail) => {
      const request = db.transaction('articles').objectStore('articles').getAll();
      request.onsuccess = () => done(request.result as StoredEntry[]);
      request.onerror = () => fail(request.error);
    });
    db.close();
    return all;
  });
}

function pocketCsv(
  server: PageServer,
  rows: [title: string, path: string, tags?: string, status?: string][],
) {
  const lines = rows.map(
    ([title, path, tags = '', status = 'unread'], index) =>
      `${title},${path.includes(':') ? path : `${server.origin}${path}`},${1700000000 + index * 100},${tags},${status}`,
  );
  return Buffer.from(['title,url,time_added,tags,status', ...lines].join('\n'));
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page
    .locator('.lectern-import input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer });
}

let extension: LoadedExtension | null = null;
let server: PageServer | null = null;

test.afterEach(async () => {
  await extension?.context.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
  extension = null;
  server = null;
});

test('imports a Pocket export, fetches every page politely, reports failures, reads offline', async () => {
  test.setTimeout(120_000);
  server = await startServer();
  extension = await launchWithExtension();
  const options = await extension.context.newPage();
  await options.goto(extension.url('/options.html'));

  const file = pocketCsv(server, [
    ['River', `${PAGES}/river-restoration.html`, 'nature|Towns'],
    ['Trains', `/redirect-to${PAGES}/night-trains.html`, 'travel', 'archive'],
    ['Bread', `${PAGES}/sourdough-science.html`],
    ['Gone', `${PAGES}/deleted-long-ago.html`],
    ['Login', `${PAGES}/not-an-article.html`],
    ['Slow', '/slow/20000'],
    ['Picture', `${PAGES}/photo.png`],
    ['Bookmarklet', 'javascript:alert(document.cookie)'],
    ['River again', `${PAGES}/river-restoration.html`],
  ]);
  await chooseFile(options, 'pocket-export.csv', file);
  const panel = options.locator('.lectern-import');
  await expect(panel.getByRole('status').first()).toContainText(
    'Pocket export (CSV): 7 links found, 2 problems',
  );
  const problems = panel.locator('.lectern-import-problems');
  await expect(problems).toContainText('line 9 Skipped a non-web link (javascript:)');
  await expect(problems).toContainText('line 10 Skipped a duplicate of the link at line 2.');

  await panel.getByRole('button', { name: 'Import 7 links' }).click();
  await expect(panel).toContainText('Added 7 links to your library');

  // In the library at once, as links, with the export's dates, tags and states.
  const entries = await libraryEntries(options);
  expect(entries).toHaveLength(7);
  const river = entries.find((entry) => entry.url.endsWith('river-restoration.html'))!;
  expect(river).toMatchObject({ savedAt: 1700000000_000, tags: ['nature', 'towns'] });
  expect(entries.find((entry) => entry.url.includes('/redirect-to/'))).toMatchObject({
    archived: true,
    tags: ['travel'],
  });

  const progress = panel.locator('.lectern-import-progress');
  await expect(progress.locator('progress')).toBeVisible();
  await options.screenshot({ path: `${SCREENSHOTS}/chromium-import-progress.png`, fullPage: true });
  await expect(progress.locator('.lectern-import-counts')).toContainText(
    '7 of 7 pages done · 3 saved · 4 failed',
    {
      timeout: 60_000,
    },
  );
  const failures = progress.locator('.lectern-import-failures');
  await expect(failures).toContainText('Gone');
  await expect(failures).toContainText('The page is gone (HTTP 404).');
  await expect(failures).toContainText('No article found on this page.');
  await expect(failures).toContainText('The site did not answer within 3 s.');
  await expect(failures).toContainText('This link is not a web page (image/png).');
  await options.screenshot({ path: `${SCREENSHOTS}/chromium-import-done.png`, fullPage: true });
  const { violations } = await runAxe(options, '.lectern-import');
  expect(serious(violations), JSON.stringify(serious(violations))).toEqual([]);

  // Fetched pages became articles (the redirect followed); the failures stay as links.
  const after = await libraryEntries(options);
  expect(
    after
      .filter((entry) => entry.kind === 'article')
      .map((entry) => entry.title)
      .sort(),
  ).toEqual([
    'How a small town brought its river back to life',
    'The quiet comeback of the European night train',
    'What actually happens inside a sourdough starter',
  ]);
  expect(
    after
      .filter((entry) => entry.kind === 'link')
      .map((entry) => entry.title)
      .sort(),
  ).toEqual(['Gone', 'Login', 'Picture', 'Slow']);

  // The library page lists them; the saved copy opens with the server gone.
  const library = await extension.context.newPage();
  await library.goto(extension.url('/library.html'));
  await expect(library.getByText('How a small town brought its river back to life')).toBeVisible();
  await expect(library.getByText('Login', { exact: true })).toBeVisible();
  await server.close();
  server = null;
  const reader = await extension.context.newPage();
  await reader.goto(extension.url(`/reader.html?id=${river.id}`));
  await expect(reader.locator('.lectern-title')).toHaveText(
    'How a small town brought its river back to life',
  );
  await expect(reader.locator('.lectern-article')).toContainText('kingfishers nested in the new banks');
  await expect(reader.locator('.lectern-article')).not.toContainText('Sign up for our newsletter');
});

test('pause and resume from the options page; bad files get a clear message', async () => {
  test.setTimeout(90_000);
  server = await startServer();
  extension = await launchWithExtension();
  const options = await extension.context.newPage();
  await options.goto(extension.url('/options.html'));
  const panel = options.locator('.lectern-import');

  await chooseFile(options, 'empty.csv', Buffer.alloc(0));
  await expect(panel.getByRole('alert')).toHaveText('empty.csv: This file is empty.');
  await chooseFile(options, 'notes.csv', Buffer.from('just some words\nnothing like an export\n'));
  await expect(panel.getByRole('alert')).toContainText("doesn't look like a Pocket, Instapaper, Omnivore");

  // Five pages on one host, each taking 1.5 s: slow enough to pause part-way.
  const rows: [string, string][] = Array.from({ length: 5 }, (_, index) => [
    `Slow page ${index + 1}`,
    `/slow/1500${PAGES}/night-trains.html?copy=${index + 1}`,
  ]);
  await chooseFile(options, 'slow.csv', pocketCsv(server, rows));
  await panel.getByRole('button', { name: 'Import 5 links' }).click();
  const progress = panel.locator('.lectern-import-progress');
  await progress.getByRole('button', { name: 'Pause' }).click();
  await expect(progress).toContainText('Paused.');
  const counts = progress.locator('.lectern-import-counts');
  const pausedAt = await counts.textContent();
  await options.waitForTimeout(3000);
  expect(await counts.textContent()).toBe(pausedAt);
  await progress.getByRole('button', { name: 'Resume' }).click();
  await expect(counts).toContainText('5 of 5 pages done · 5 saved · 0 failed', { timeout: 60_000 });
});

test('closing the browser mid-import loses nothing: the queue carries on at the next start', async () => {
  test.setTimeout(120_000);
  server = await startServer();
  const profile = mkdtempSync(join(tmpdir(), 'lectern-import-restart-'));
  extension = await launchWithExtension(profile);
  let options = await extension.context.newPage();
  await options.goto(extension.url('/options.html'));
  const rows: [string, string][] = Array.from({ length: 6 }, (_, index) => [
    `Copy ${index + 1}`,
    `/slow/1000${PAGES}/sourdough-science.html?copy=${index + 1}`,
  ]);
  await chooseFile(options, 'restart.csv', pocketCsv(server, rows));
  await options.locator('.lectern-import').getByRole('button', { name: 'Import 6 links' }).click();
  await expect(options.locator('.lectern-import-counts')).toContainText(/[12] of 6 pages done/, {
    timeout: 30_000,
  });
  await extension.context.close();

  extension = await launchWithExtension(profile);
  options = await extension.context.newPage();
  await options.goto(extension.url('/options.html'));
  await expect(options.locator('.lectern-import-counts')).toContainText(
    '6 of 6 pages done · 6 saved · 0 failed',
    {
      timeout: 60_000,
    },
  );
  const entries = await libraryEntries(options);
  expect(entries).toHaveLength(6);
  expect(entries.every((entry) => entry.kind === 'article')).toBe(true);
});

test('back up, wipe, restore gives the same library; EPUB and Markdown downloads', async () => {
  test.setTimeout(120_000);
  server = await startServer();
  extension = await launchWithExtension();
  const options = await extension.context.newPage();
  await options.goto(extension.url('/options.html'));
  await chooseFile(
    options,
    'pocket.csv',
    pocketCsv(server, [
      ['River', `${PAGES}/river-restoration.html`, 'nature'],
      ['Trains', `${PAGES}/night-trains.html`, 'travel', 'archive'],
      ['Login', `${PAGES}/not-an-article.html`, 'misc'],
    ]),
  );
  await options.getByRole('button', { name: 'Import 3 links' }).click();
  await expect(options.locator('.lectern-import-counts')).toContainText(
    '3 of 3 pages done · 2 saved · 1 failed',
    {
      timeout: 30_000,
    },
  );
  const before = await libraryEntries(options);

  const exportPanel = options.locator('.lectern-export');
  const [backup] = await Promise.all([
    options.waitForEvent('download'),
    exportPanel.getByRole('button', { name: 'Back up everything' }).click(),
  ]);
  expect(backup.suggestedFilename()).toMatch(/^lectern-\d{4}-\d{2}-\d{2}-backup\.json$/);
  const backupPath = await backup.path();
  const backupBytes = readFileSync(backupPath);
  const json = JSON.parse(backupBytes.toString('utf8'));
  expect(json.articles).toHaveLength(3);
  expect(json.articles.filter((article: { body: unknown }) => article.body !== null)).toHaveLength(2);

  // The EPUB of one chosen article: mimetype first, stored.
  const picker = exportPanel.locator('.lectern-epub-picker');
  await picker.getByLabel('How a small town brought its river back to life').check();
  const [epub] = await Promise.all([
    options.waitForEvent('download'),
    picker.getByRole('button', { name: 'Make EPUB (1 article)' }).click(),
  ]);
  const book = readFileSync(await epub.path());
  expect(book.subarray(30, 58).toString('latin1')).toBe('mimetypeapplication/epub+zip');
  const [markdown] = await Promise.all([
    options.waitForEvent('download'),
    exportPanel.getByRole('button', { name: 'Markdown files (.zip)' }).click(),
  ]);
  expect(markdown.suggestedFilename()).toMatch(/-markdown\.zip$/);

  // Wipe the library (and the queue), then restore from the backup file.
  await deleteLibraryDatabases(options);
  await options.reload();
  expect(await libraryEntries(options)).toEqual([]);
  await options
    .locator('.lectern-import input[type="file"]')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backupBytes });
  await expect(options.locator('.lectern-import').getByRole('status').first()).toContainText(
    'Lectern backup: 3 articles found',
  );
  await options.getByRole('button', { name: 'Restore backup' }).click();
  await expect(options.locator('.lectern-import')).toContainText(
    'Restored 2 articles and 1 link; settings restored.',
  );
  const after = await libraryEntries(options);
  const byId = (list: StoredEntry[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(after)).toEqual(byId(before));
});
