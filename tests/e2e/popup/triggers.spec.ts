/**
 * Reading and saving without the popup, in real Chromium: the save shortcut confirms on the
 * toolbar badge (a tick, or a cross with the reason as its tooltip: never silent), "Save page to
 * Lectern", "Save link to Lectern" (a link entry at once, fetched by the import queue) and the
 * library's "Add a link" box. The shortcut and the menus run the background's own handlers (the
 * test build exposes them): a test can't press a browser shortcut or open a context menu.
 */
import { expect, test, type Page } from '@playwright/test';
import type { LoadedExtension } from '../harness/chromium-extension';
import type { PageServer } from '../harness/server';
import {
  badgeOf,
  clickMenu,
  closePopupSuite,
  libraryEntries,
  resetPopupSuite,
  runCommand,
  startPopupSuite,
  tabIdOf,
} from './popup-harness';

let extension: LoadedExtension;
let server: PageServer;
let admin: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => ({ extension, server, admin } = await startPopupSuite()));
test.beforeEach(() => resetPopupSuite({ extension, server, admin }));
test.afterAll(() => closePopupSuite({ extension, server, admin }));

const article = (name: string) => `${server.origin}/fixtures/import-pages/${name}.html`;

async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await extension.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  return { page, tabId: await tabIdOf(extension, url) };
}

test('the save shortcut saves without the reader and shows a tick on the toolbar button', async () => {
  const { page, tabId } = await openTab(article('night-trains'));
  await runCommand(extension, 'save-page', tabId);
  const badge = await badgeOf(extension, tabId);
  expect(badge.text).toBe('✓');
  expect(badge.title).toContain('Saved to your library');
  expect(badge.title).toContain((await page.locator('h1').textContent())!.trim());
  expect(await page.locator('lectern-reader').count()).toBe(0);
  expect(await libraryEntries(admin)).toHaveLength(1);
});

test('the save shortcut on a page with no article shows a cross and says why', async () => {
  const { tabId } = await openTab(article('not-an-article'));
  await runCommand(extension, 'save-page', tabId);
  const badge = await badgeOf(extension, tabId);
  expect(badge.text).toBe('✕');
  expect(badge.title).toContain('No article found');
  expect(await libraryEntries(admin)).toHaveLength(0);
});

test('the save shortcut on a page the browser keeps from extensions shows a cross and says why', async () => {
  const page = await extension.context.newPage();
  await page.goto('chrome://version/');
  await page.bringToFront();
  const tabId = await tabIdOf(extension, page.url());
  await runCommand(extension, 'save-page', tabId);
  const badge = await badgeOf(extension, tabId);
  expect(badge.text).toBe('✕');
  expect(badge.title).toContain("Lectern can't read this page");
});

test('Alt+Shift+R’s command still opens the reader on the tab', async () => {
  const { page, tabId } = await openTab(article('river-restoration'));
  await runCommand(extension, 'open-reader', tabId);
  await expect(page.locator('lectern-reader')).toHaveCount(1);
});

test('"Save page to Lectern" saves the page and confirms on the badge', async () => {
  const { page, tabId } = await openTab(article('sourdough-science'));
  await clickMenu(extension, { menuItemId: 'lectern-save-page', pageUrl: page.url() }, tabId);
  expect((await badgeOf(extension, tabId)).text).toBe('✓');
  const [entry] = await libraryEntries(admin);
  expect(entry).toMatchObject({ kind: 'article', title: (await page.locator('h1').textContent())!.trim() });
});

test('"Save link to Lectern": the link is in the library at once, then the queue fetches its page', async () => {
  const { page, tabId } = await openTab(article('night-trains'));
  const link = article('river-restoration');
  const saving = clickMenu(
    extension,
    { menuItemId: 'lectern-save-link', linkUrl: link, pageUrl: page.url() },
    tabId,
  );
  // At once: a link entry, listed in the library before its page is read.
  await expect.poll(async () => (await libraryEntries(admin)).map((entry) => entry.url)).toEqual([link]);
  await saving;
  expect((await badgeOf(extension, tabId)).text).toBe('✓');
  await expect.poll(async () => (await libraryEntries(admin))[0]?.kind, { timeout: 20_000 }).toBe('article');
  await expect(admin.locator('.lectern-library-item .title').first()).toHaveText(
    'How a small town brought its river back to life',
  );
});

test('the library’s "Add a link" box adds the link and the queue fetches it', async () => {
  const library = await extension.context.newPage();
  await library.goto(extension.url('/library.html'));
  const link = article('sourdough-science');
  await library.getByLabel('Add a link').fill(link);
  await library.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(library.locator('.lectern-add-link-result')).toContainText('Added');
  await expect(library.locator('.lectern-add-link input')).toHaveValue('');
  await expect
    .poll(async () => (await libraryEntries(library))[0]?.kind, { timeout: 20_000 })
    .toBe('article');
  await expect(library.locator('.lectern-library-item .title').first()).toHaveText(
    'What actually happens inside a sourdough starter',
  );
  // The same link again: nothing new.
  await library.getByLabel('Add a link').fill(link);
  await library.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(library.locator('.lectern-add-link-result')).toHaveText(
    'That link is already in your library.',
  );
  await library.getByLabel('Add a link').fill('javascript:alert(1)');
  await library.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(library.locator('.lectern-add-link-result')).toContainText('not a web address');
  expect(await libraryEntries(library)).toHaveLength(1);
});
