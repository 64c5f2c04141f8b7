/**
 * Importing in Firefox ESR: there is no offscreen document there; the background page parses the
 * fetched pages itself. A file dropped on the options page (drag and drop) becomes link entries,
 * then articles, and a page that is not an article is reported.
 */
import { expect, test } from '@playwright/test';
import {
  launchFirefoxWithExtension,
  newExtensionPage,
  waitUntil,
  type LoadedFirefoxExtension,
} from '../harness/firefox-extension';
import { startServer, type PageServer } from '../harness/server';

let extension: LoadedFirefoxExtension | undefined;
let server: PageServer | undefined;

test.afterAll(async () => {
  await extension?.close();
  await server?.close().catch(() => undefined);
});

test('a dropped Pocket export is imported and its pages fetched by the background page', async () => {
  test.setTimeout(90_000);
  server = await startServer();
  extension = await launchFirefoxWithExtension();
  const page = await newExtensionPage(extension.browser, extension.url('/options.html'));
  const pages = `${server.origin}/fixtures/import-pages`;
  const csv = [
    'title,url,time_added,tags,status',
    `River,${pages}/river-restoration.html,1700000000,nature,unread`,
    `Bread,${pages}/sourdough-science.html,1700000100,,archive`,
    `Login,${pages}/not-an-article.html,1700000200,,unread`,
  ].join('\n');

  // Drag and drop, as a person would: a drop event carrying the file.
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'pocket-export.csv', { type: 'text/csv' }));
    document
      .querySelector('.lectern-drop-zone')!
      .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, csv);
  const importButton = await waitUntil(
    page,
    () =>
      Array.from(document.querySelectorAll('button')).find(
        (button) => button.textContent === 'Import 3 links',
      ) ?? false,
    { polling: 100, timeout: 10_000 },
  );
  await (importButton as unknown as { click: () => Promise<void> }).click();
  await waitUntil(
    page,
    () =>
      /3 of 3 pages done · 2 saved · 1 failed/.test(
        document.querySelector('.lectern-import-counts')?.textContent ?? '',
      ),
    { polling: 200, timeout: 60_000 },
  );
  const failures = await page.evaluate(
    () => document.querySelector('.lectern-import-failures')?.textContent ?? '',
  );
  expect(failures).toContain('No article found on this page.');
  const entries = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('lectern');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = await new Promise<{ title: string; kind: string; archived: boolean }[]>((done, fail) => {
      const request = db.transaction('articles').objectStore('articles').getAll();
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    db.close();
    return all.map(({ title, kind, archived }) => ({ title, kind, archived }));
  });
  expect(entries.sort((a, b) => a.title.localeCompare(b.title))).toEqual([
    { title: 'How a small town brought its river back to life', kind: 'article', archived: false },
    { title: 'Login', kind: 'link', archived: false },
    { title: 'What actually happens inside a sourdough starter', kind: 'article', archived: true },
  ]);
});
