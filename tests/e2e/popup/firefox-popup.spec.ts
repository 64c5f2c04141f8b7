/**
 * The popup in Firefox ESR: popup.html?tab=<id> in a tab of its own (Firefox's toolbar can't be
 * clicked from a test either), against the tab showing the page. Save without the reader, no
 * article found, Read, the library list, the "Add a link" box, and screenshots at the popup's
 * size and at 300 px, the width Firefox's overflow menu gives it.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import {
  launchFirefoxWithExtension,
  newExtensionPage,
  POLL,
  waitUntil,
  type LoadedFirefoxExtension,
} from '../harness/firefox-extension';
import { startServer, type PageServer } from '../harness/server';
import { NARROW_SIZE, POPUP_SIZE } from './popup-harness';

const ARTIFACTS = resolve(import.meta.dirname, '../../../artifacts/popup');

let extension: LoadedFirefoxExtension;
let server: PageServer;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startServer();
  extension = await launchFirefoxWithExtension();
});
test.afterAll(async () => {
  await extension?.close();
  await server?.close().catch(() => undefined);
});

const article = (name: string) => `${server.origin}/fixtures/import-pages/${name}.html`;

type Api = { browser: { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } } };

/** A tab showing `url`, and the popup against it at `size`. */
async function popupOver(url: string, size = POPUP_SIZE): Promise<{ page: Page; popup: Page }> {
  const page = await extension.browser.newPage();
  await page.goto(url);
  const probe = await newExtensionPage(extension.browser, extension.url('/library.html'));
  const tabId = await probe.evaluate(async (wanted) => {
    const tabs = await (globalThis as unknown as Api).browser.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? null;
  }, url);
  await probe.close();
  expect(tabId).not.toBeNull();
  const popup = await newExtensionPage(extension.browser, extension.url(`/popup.html?tab=${tabId}`));
  await popup.setViewport(size);
  return { page, popup };
}

const textOf = (popup: Page, selector: string) =>
  popup.evaluate((css) => document.querySelector(css)?.textContent ?? '', selector);

async function waitForText(popup: Page, selector: string, pattern: RegExp): Promise<void> {
  await waitUntil(
    popup,
    (css, source) => new RegExp(source).test(document.querySelector(css)?.textContent ?? ''),
    POLL,
    selector,
    pattern.source,
  );
}

async function clickButton(popup: Page, label: string): Promise<void> {
  const button = await waitUntil(
    popup,
    (text) =>
      Array.from(document.querySelectorAll('button')).find(
        (candidate) => candidate.textContent?.trim() === text && !candidate.disabled,
      ) ?? false,
    POLL,
    label,
  );
  await (button as unknown as { click: () => Promise<void> }).click();
}

test('Save in the popup saves the page without the reader and says so; the list shows it', async () => {
  const { page, popup } = await popupOver(article('night-trains'));
  await waitForText(popup, '.lectern-popup-page-state', /Not in your library yet/);
  expect(await textOf(popup, '.lectern-popup-page-title')).toBe(await page.title());
  await clickButton(popup, 'Save');
  await waitForText(popup, '.lectern-popup-save-result', /^Saved to your library$/);
  await waitForText(popup, '.lectern-popup-page-state', /In your library since/);
  const heading = await page.evaluate(() => document.querySelector('h1')?.textContent?.trim());
  await waitForText(popup, '.lectern-library-item .title', new RegExp(heading!));
  expect(await page.evaluate(() => document.querySelector('lectern-reader'))).toBeNull();
  await clickButton(popup, 'Save again');
  await waitForText(popup, '.lectern-popup-save-result', /^Updated in your library$/);
  await popup.screenshot({ path: resolve(ARTIFACTS, 'firefox-popup-400.png') });
  await popup.setViewport(NARROW_SIZE);
  const spill = await popup.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(spill).toBeLessThanOrEqual(0);
  await popup.screenshot({ path: resolve(ARTIFACTS, 'firefox-popup-300.png') });
});

test('Save on a page with no article says so in plain words', async () => {
  const { popup } = await popupOver(article('not-an-article'));
  await clickButton(popup, 'Save');
  await waitForText(popup, '.lectern-popup-save-result', /No article found/);
});

test('Read opens the reader over the tab', async () => {
  const { page, popup } = await popupOver(article('sourdough-science'));
  await clickButton(popup, 'Read');
  await waitUntil(
    page,
    () => !!document.querySelector('lectern-reader')?.shadowRoot?.querySelector('h1'),
    POLL,
  );
});

test('the library tab’s "Add a link" box adds the link, and the background fetches its page', async () => {
  const library = await newExtensionPage(extension.browser, extension.url('/library.html'));
  await library.type('#lectern-add-link-url', article('river-restoration'));
  await clickButton(library, 'Add');
  await waitForText(library, '.lectern-add-link-result', /Added/);
  await waitUntil(
    library,
    () =>
      Array.from(document.querySelectorAll('.lectern-library-item .title')).some((title) =>
        /river back to life/.test(title.textContent ?? ''),
      ),
    { polling: 200, timeout: 30_000 },
  );
});
