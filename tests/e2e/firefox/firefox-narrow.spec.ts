/**
 * Pages that fit any window, in Debian's Firefox ESR (layout/narrow.spec.ts in Chromium): the
 * library from 360 px up with its side panel folded below 700 px and its rows' text visible,
 * the same size figure in the library and the options page, the overlay's toolbar at 420 px
 * (Save and Close on the first row, "More" closed by Escape), and the saved copy at 420 px with
 * its own actions and delete with Undo. Screenshots in artifacts/screenshots/narrow/.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import {
  clickToolbar,
  launchFirefoxWithExtension,
  newExtensionPage,
  openExtensionPage,
  overlayButton,
  POLL,
  waitForOverlayText,
  waitUntil,
  type LoadedFirefoxExtension,
} from '../harness/firefox-extension';
import { corpusArticles, type SeedArticle } from '../harness/library-seed';
import { SCREENSHOTS, SEED_PATH } from '../harness/seed';
import { startServer, type PageServer } from '../harness/server';

const SHOTS = `${SCREENSHOTS}/narrow`;
let extension: LoadedFirefoxExtension;
let server: PageServer;

test.beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  extension = await launchFirefoxWithExtension();
  server = await startServer();
});
test.afterAll(async () => {
  await extension?.close();
  await server?.close().catch(() => undefined);
});

/** Saves articles through the background, as the reader's Save does. */
async function save(page: Page, articles: SeedArticle[]): Promise<void> {
  const failed = await page.evaluate(async (list) => {
    const api = (
      globalThis as unknown as {
        browser: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean }> } };
      }
    ).browser;
    let failures = 0;
    for (const article of list)
      if (
        !(await api.runtime.sendMessage({ type: 'article/save', article, removed: [], restoredIds: [] })).ok
      )
        failures++;
    return failures;
  }, articles);
  expect(failed).toBe(0);
}

const rect = (page: Page, selector: string) =>
  page.$eval(selector, (element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  });
const text = (page: Page, selector: string) => page.$eval(selector, (element) => element.textContent);

test('the library from 360 to 1280 px and its size, the same in the options page', async () => {
  const library = await newExtensionPage(extension.browser, extension.url('/library.html'));
  await waitUntil(library, () => !!document.querySelector('.lectern-library-size')?.textContent, POLL);
  expect(await text(library, '.lectern-library-size')).toBe('0 articles · 0 B');
  await save(library, corpusArticles(10));
  const options = await newExtensionPage(extension.browser, extension.url('/options.html'));
  await waitUntil(
    options,
    () => /^10 articles · \d+ KB$/.test(document.querySelector('.lectern-library-size')?.textContent ?? ''),
    POLL,
  );
  await openExtensionPage(library, extension.url('/library.html'));
  await waitUntil(
    library,
    () => document.querySelectorAll('.lectern-library-item .snippet').length > 0,
    POLL,
  );
  expect(await text(library, '.lectern-library-size')).toBe(await text(options, '.lectern-library-size'));

  for (const width of [360, 420, 700, 1280]) {
    await library.setViewport({ width, height: 800 });
    await waitUntil(library, (w) => window.innerWidth === w, POLL, width);
    // The virtual list's rows take the layout's height (taller below 560 px, actions under the
    // text) once the media query's change has reached the list.
    await waitUntil(
      library,
      (height) => document.querySelector('.lectern-library-item')?.getBoundingClientRect().height === height,
      POLL,
      width < 560 ? 128 : 86,
    );
    await library.screenshot({ path: `${SHOTS}/firefox-library-${width}.png` });
    // The page's width without a scroll bar (Firefox's take room from the viewport).
    const page = await library.evaluate(() => document.documentElement.clientWidth);
    const side = await rect(library, '.lectern-library-side');
    const main = await rect(library, '.lectern-library-main');
    if (width < 700) {
      expect(side.width).toBeGreaterThan(page - 2);
      expect(side.y + side.height).toBeLessThanOrEqual(main.y + 1);
    } else expect(side.width).toBe(230);
    expect((await rect(library, '.lectern-search')).width).toBeGreaterThan(240);
    expect((await rect(library, '.lectern-library-item .title')).width).toBeGreaterThan(240);
    expect((await rect(library, '.lectern-library-item .snippet')).width).toBeGreaterThan(240);
    expect(await library.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  await Promise.all([library.close(), options.close()]);
});

test('the overlay at 420 px keeps Save and Close on the first row; the saved copy at 420 px: its actions, delete with Undo', async () => {
  const toolbar = await newExtensionPage(extension.browser, extension.url('/options.html'));
  const page = await extension.browser.newPage();
  await page.setViewport({ width: 420, height: 800 });
  const pageUrl = `${server.origin}${SEED_PATH}`;
  await page.goto(pageUrl);
  expect(await clickToolbar(toolbar, pageUrl)).toEqual({ ok: true });
  await page.bringToFront();
  await waitForOverlayText(page, '.lectern-title', /./);
  const tops = await page.evaluate(() => {
    const root = document.querySelector('lectern-reader')!.shadowRoot!;
    const top = (selector: string) => root.querySelector(selector)!.getBoundingClientRect().top;
    return {
      more: top('[data-reader-menu]'),
      save: top('.lectern-button.primary'),
      close: top('[aria-label="Close reader"]'),
      library: Array.from(root.querySelectorAll('button')).some((b) => b.textContent === 'Library'),
    };
  });
  expect(Math.abs(tops.save - tops.close)).toBeLessThan(2);
  expect(Math.abs(tops.more - tops.close)).toBeLessThan(2);
  expect(tops.library).toBe(false);
  const menuOpen = () =>
    !!document.querySelector('lectern-reader')?.shadowRoot?.querySelector('.lectern-toolbar-menu');
  await (await overlayButton(page, /^⋯$/)).click();
  await waitUntil(page, menuOpen, POLL);
  await page.screenshot({ path: `${SHOTS}/firefox-overlay-420-menu.png` });
  await page.keyboard.press('Escape');
  await waitUntil(
    page,
    () => !document.querySelector('lectern-reader')?.shadowRoot?.querySelector('.lectern-toolbar-menu'),
    POLL,
  );
  expect(await page.evaluate(() => !!document.querySelector('lectern-reader'))).toBe(true);
  await (await overlayButton(page, /^Save$/)).click();
  await overlayButton(page, /^Saved ✓$/);
  await page.screenshot({ path: `${SHOTS}/firefox-overlay-420.png` });
  await page.keyboard.press('Escape');
  await waitUntil(page, () => !document.querySelector('lectern-reader'), POLL);

  const id = await toolbar.evaluate(async (url) => {
    const api = (
      globalThis as unknown as {
        browser: { runtime: { sendMessage: (m: unknown) => Promise<{ id?: string }> } };
      }
    ).browser;
    return (await api.runtime.sendMessage({ type: 'article/lookup', url })).id ?? null;
  }, pageUrl);
  expect(id).toBeTruthy();
  const reader = await newExtensionPage(extension.browser, extension.url(`/reader.html?id=${id}`));
  await reader.setViewport({ width: 420, height: 800 });
  await waitUntil(
    reader,
    () => !!document.querySelector('.lectern-title') && window.innerWidth === 420,
    POLL,
  );
  expect(await text(reader, '.lectern-brand')).toBe('← Library');
  await reader.screenshot({ path: `${SHOTS}/firefox-saved-420.png` });
  const inMenu = (label: string) =>
    reader.evaluate(
      (name) =>
        Array.from(document.querySelectorAll('.lectern-toolbar-menu button'))
          .find((b) => b.textContent === name)
          ?.getAttribute('aria-pressed') ?? null,
      label,
    );
  const clickInMenu = async (label: string) => {
    await reader.click('[data-reader-menu]');
    await waitUntil(reader, () => !!document.querySelector('.lectern-toolbar-menu'), POLL);
    await reader.evaluate((name) => {
      const button = Array.from(
        document.querySelectorAll<HTMLButtonElement>('.lectern-toolbar-menu button'),
      ).find((b) => b.textContent === name);
      button!.click();
    }, label);
  };
  await clickInMenu('Favourite');
  await reader.click('[data-reader-menu]');
  await waitUntil(reader, () => !!document.querySelector('.lectern-toolbar-menu'), POLL);
  expect(await inMenu('Favourite')).toBe('true');
  await reader.screenshot({ path: `${SHOTS}/firefox-saved-420-menu.png` });
  await reader.keyboard.press('Escape');
  await waitUntil(reader, () => !document.querySelector('.lectern-toolbar-menu'), POLL);

  await clickInMenu('Delete');
  await waitUntil(
    reader,
    () => /^Deleted “/.test(document.querySelector('.lectern-toast')?.textContent ?? ''),
    POLL,
  );
  await reader.screenshot({ path: `${SHOTS}/firefox-saved-420-deleted.png` });
  await reader.click('.lectern-toast button');
  await waitUntil(reader, () => !!document.querySelector('.lectern-body'), POLL);
  await reader.click('[data-reader-menu]');
  await waitUntil(reader, () => !!document.querySelector('.lectern-toolbar-menu'), POLL);
  expect(await inMenu('Favourite')).toBe('true');
  await Promise.all([page.close(), reader.close(), toolbar.close()]);
});
