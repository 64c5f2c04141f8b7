/**
 * Highlights in Debian's Firefox ESR (the checks of chromium-highlights.spec.ts): the CSS Custom
 * Highlight API draws inside the overlay's shadow root; a highlight made in the overlay of an
 * unsaved page saves it; highlight and note survive a reload, in the overlay and the saved copy;
 * a copy saved again with changed text re-anchors one and lists the other as not found.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import {
  clickToolbar,
  launchFirefoxWithExtension,
  newExtensionPage,
  openExtensionPage,
  POLL,
  waitForOverlayText,
  waitUntil,
  type LoadedFirefoxExtension,
} from '../harness/firefox-extension';
import { SCREENSHOTS } from '../harness/seed';
import { startServer, type PageServer } from '../harness/server';
import { paintedText, pointOf, selectInReader } from './page-helpers';

const PATH = '/fixtures/pages/highlights-article.html';
let extension: LoadedFirefoxExtension;
let server: PageServer;

test.beforeAll(async () => {
  extension = await launchFirefoxWithExtension();
  server = await startServer();
});
test.afterAll(async () => {
  await extension?.close();
  await server?.close().catch(() => undefined);
});

/** A button inside the overlay's shadow root (or the page), by its accessible name. */
async function button(page: Page, label: string) {
  const handle = await waitUntil(
    page,
    (name) => {
      const root: ParentNode = document.querySelector('lectern-reader')?.shadowRoot ?? document;
      return (
        Array.from(root.querySelectorAll('button')).find(
          (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === name,
        ) ?? false
      );
    },
    POLL,
    label,
  );
  return handle.asElement() as import('puppeteer-core').ElementHandle<HTMLButtonElement>;
}

const painted = (page: Page) => page.evaluate(paintedText);
async function waitPainted(page: Page, color: string, expected: string[]) {
  await waitUntil(
    page,
    (name, want) => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      const got = [...(registry?.get(`lectern-hl-${name}`) ?? [])].map((range) => range.toString());
      return JSON.stringify(got) === want;
    },
    POLL,
    color,
    JSON.stringify(expected),
  );
}

async function openReader(toolbar: Page, page: Page, url: string) {
  expect(await clickToolbar(toolbar, url)).toEqual({ ok: true });
  await page.bringToFront();
  await waitForOverlayText(page, '.lectern-body', /lighthouse|keepers/i);
}

test.describe.configure({ mode: 'serial' });

test('highlights and notes in Firefox ESR: drawn in the shadow root, kept, re-anchored, orphan listed', async () => {
  const url = `${server.origin}${PATH}`;
  const toolbar = await newExtensionPage(extension.browser, extension.url('/library.html'));
  const page = await extension.browser.newPage();
  await page.goto(url);
  await openReader(toolbar, page, url);
  expect(await page.evaluate(() => 'highlights' in CSS)).toBe(true);

  await page.evaluate(selectInReader, 'nineteen miles out at sea');
  await (await button(page, 'Highlight yellow')).click();
  await waitForOverlayText(page, '.lectern-status', /Saved to your library to keep your highlight/);
  await waitPainted(page, 'yellow', ['nineteen miles out at sea']);
  await page.screenshot({ path: join(SCREENSHOTS, 'highlights', 'firefox-overlay.png') as `${string}.png` });

  // A note, through the highlight's own box.
  const at = await page.evaluate(pointOf, 'nineteen miles');
  await page.mouse.click(at.x, at.y);
  await page.evaluate(() => {
    const area = document
      .querySelector('lectern-reader')!
      .shadowRoot!.querySelector<HTMLTextAreaElement>('.lectern-hl-editor textarea')!;
    area.focus();
  });
  await page.keyboard.type('Nineteen miles!');
  await (await button(page, 'Done')).click();
  await waitPainted(page, 'noted', ['nineteen miles out at sea']);

  await page.reload();
  await openReader(toolbar, page, url);
  await waitPainted(page, 'yellow', ['nineteen miles out at sea']);

  const id = await toolbar.evaluate(async (address) => {
    const api = (
      globalThis as unknown as {
        browser: { runtime: { sendMessage: (m: unknown) => Promise<{ id?: string }> } };
      }
    ).browser;
    return (await api.runtime.sendMessage({ type: 'article/lookup', url: address })).id ?? null;
  }, url);
  const reader = await newExtensionPage(extension.browser, extension.url(`/reader.html?id=${id}`));
  await waitPainted(reader, 'yellow', ['nineteen miles out at sea']);
  await reader.evaluate(selectInReader, 'the great gale of 1899');
  await (await button(reader, 'Highlight green')).click();
  await waitPainted(reader, 'green', ['the great gale of 1899']);
  await openExtensionPage(reader, extension.url(`/reader.html?id=${id}`));
  await waitPainted(reader, 'green', ['the great gale of 1899']);
  await waitPainted(reader, 'noted', ['nineteen miles out at sea']);

  // The page changes and is saved again: yellow follows its words, green is listed as not found.
  await page.reload();
  await page.evaluate(() => {
    const added = document.createElement('p');
    added.textContent =
      'A new opening paragraph moves every later word of the article along by a good many characters.';
    document.querySelector('#first')!.before(added);
    document.querySelector('#third')!.remove();
  });
  await openReader(toolbar, page, url);
  await (await button(page, 'Saved ✓')).click();
  await waitForOverlayText(page, '.lectern-status', /Updated in your library/);
  await openExtensionPage(reader, extension.url(`/reader.html?id=${id}`));
  await waitPainted(reader, 'yellow', ['nineteen miles out at sea']);
  await waitPainted(reader, 'green', []);
  await waitUntil(
    reader,
    () => document.querySelector('.lectern-hl-orphans blockquote')?.textContent === 'the great gale of 1899',
    POLL,
  );
  expect(await reader.$eval('.lectern-hl-heading', (heading) => heading.textContent)).toBe(
    '1 highlight not found in this copy of the text',
  );
  expect((await painted(reader)).yellow).toEqual(['nineteen miles out at sea']);
  await Promise.all([page.close(), reader.close(), toolbar.close()]);
});

test.beforeAll(() => mkdirSync(join(SCREENSHOTS, 'highlights'), { recursive: true }));

/** Every highlight record in the library, sorted by id, read from an extension page. */
const storedHighlights = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Array<{ id: string }>>((done, fail) => {
        const open = indexedDB.open('lectern');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('highlights').objectStore('highlights').getAll();
          request.onsuccess = () => {
            open.result.close();
            done((request.result as Array<{ id: string }>).sort((a, b) => (a.id < b.id ? -1 : 1)));
          };
        };
      }),
  );

test('a backup made in Firefox restores every highlight into an empty library unchanged', async () => {
  const options = await newExtensionPage(extension.browser, extension.url('/options.html'));
  const before = await storedHighlights(options);
  expect(before).toHaveLength(2); // yellow with its note, and green (not found in the text any more)
  // The export's file, taken as it is handed to the browser (a download can't be read from here).
  await options.evaluate(() => {
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      Reflect.set(window, 'lastExport', blob);
      return original(blob);
    };
    HTMLAnchorElement.prototype.click = () => undefined;
  });
  await (await button(options, 'Back up everything')).click();
  await waitUntil(options, () => Reflect.has(window, 'lastExport'), POLL);
  const backup = await options.evaluate(() => (Reflect.get(window, 'lastExport') as Blob).text());
  expect(JSON.parse(backup).highlights).toHaveLength(2);

  await options.evaluate(async () => {
    const remove = (name: string) =>
      new Promise<void>((done, fail) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => done();
        request.onerror = () => fail(request.error);
      });
    await remove('lectern');
    await remove('lectern-import');
  });
  await openExtensionPage(options, extension.url('/options.html'));
  expect(await storedHighlights(options)).toEqual([]);
  const file = join(mkdtempSync(join(tmpdir(), 'lectern-ff-backup-')), 'backup.json');
  writeFileSync(file, backup);
  const input = await options.$('.lectern-import input[type="file"]');
  await input!.uploadFile(file);
  await (await button(options, 'Restore backup')).click();
  await waitUntil(
    options,
    () =>
      document
        .querySelector('.lectern-import')
        ?.textContent?.includes('2 highlights and notes back in place'),
    POLL,
  );
  expect(await storedHighlights(options)).toEqual(before);
  await options.close();
});
