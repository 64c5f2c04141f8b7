/**
 * The toolbar popup in real Chromium: "This page" (title, site, saved or not, Read, Save with
 * its outcome in words) and the library (search focused, unread newest first, quick actions,
 * delete with undo, the views). The popup runs as popup.html?tab=<id> against a chosen tab
 * (popup-harness.ts says why); one test opens it through chrome.action.openPopup(), as the
 * toolbar button does, to check the size the browser gives it.
 */
import { expect, test, type Page } from '@playwright/test';
import type { LoadedExtension } from '../harness/chromium-extension';
import { corpusArticles, saveThroughBackground } from '../harness/library-seed';
import type { PageServer } from '../harness/server';
import {
  closePopupSuite,
  libraryEntries,
  openPopupOver,
  POPUP_SIZE,
  resetPopupSuite,
  startPopupSuite,
} from './popup-harness';

let extension: LoadedExtension;
let server: PageServer;
let admin: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => ({ extension, server, admin } = await startPopupSuite()));
test.beforeEach(() => resetPopupSuite({ extension, server, admin }));
test.afterAll(() => closePopupSuite({ extension, server, admin }));

const article = (name: string) => `${server.origin}/fixtures/import-pages/${name}.html`;
const pageState = (popup: Page) => popup.locator('.lectern-popup-page-state');
const view = (popup: Page, name: string) =>
  popup.locator('.lectern-popup-views').getByRole('button', { name, exact: true });
const saveResult = (popup: Page) => popup.locator('.lectern-popup-save-result');

test('this page: the tab’s title and site, and that it is not saved yet', async () => {
  const { page, popup } = await openPopupOver(extension, article('night-trains'));
  await expect(popup.locator('.lectern-popup-page-title')).toHaveText(await page.title());
  await expect(pageState(popup)).toContainText('127.0.0.1');
  await expect(pageState(popup)).toContainText('Not in your library yet');
  await expect(popup.locator('.lectern-search')).toBeFocused();
});

test('Save reads the page in its tab without the reader, says "Saved", and lists it as unread', async () => {
  const { page, popup } = await openPopupOver(extension, article('night-trains'));
  const heading = (await page.locator('h1').textContent())!.trim();
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveResult(popup)).toHaveText('Saved to your library');
  await expect(pageState(popup)).toContainText('In your library since');
  await expect(popup.locator('.lectern-library-item .title').first()).toHaveText(heading);
  // The reader never opened over the page.
  expect(await page.locator('lectern-reader').count()).toBe(0);
  const [entry] = await libraryEntries(admin);
  expect(entry).toMatchObject({ title: heading, kind: 'article', readAt: null });
});

test('Save on a page already saved updates it, and says so', async () => {
  const { popup } = await openPopupOver(extension, article('river-restoration'));
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveResult(popup)).toHaveText('Saved to your library');
  await popup.getByRole('button', { name: 'Save again' }).click();
  await expect(saveResult(popup)).toHaveText('Updated in your library');
  expect(await libraryEntries(admin)).toHaveLength(1);
});

test('Save on a page with no article says so, and saves nothing', async () => {
  const { popup } = await openPopupOver(extension, article('not-an-article'));
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saveResult(popup)).toContainText('No article found');
  await expect(saveResult(popup)).toHaveClass(/failed/);
  expect(await libraryEntries(admin)).toHaveLength(0);
});

test('a page the browser keeps from extensions: the popup says why, and offers no Read or Save', async () => {
  const { popup } = await openPopupOver(extension, 'chrome://version/');
  await expect(pageState(popup)).toContainText("Lectern can't read this page");
  await expect(popup.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await expect(popup.getByRole('button', { name: 'Read', exact: true })).toBeDisabled();
});

test('a PDF, known by its address: the popup says Lectern reads web pages', async () => {
  const { popup } = await openPopupOver(extension, `${server.origin}/fixtures/pages/quarterly-report.pdf`);
  await expect(pageState(popup)).toContainText('PDF');
  await expect(popup.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
});

test('Read opens the reader over the tab, the toolbar’s own injection', async () => {
  const { page, popup } = await openPopupOver(extension, article('sourdough-science'));
  const heading = (await page.locator('h1').textContent())!.trim();
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Read', exact: true }).click();
  await closed;
  await expect(page.locator('lectern-reader').locator('h1')).toHaveText(heading);
});

test('the library: unread newest first, search as you type, the views', async () => {
  const seeded = corpusArticles(6);
  await saveThroughBackground(admin, seeded);
  const { popup } = await openPopupOver(extension, article('night-trains'));
  const titles = popup.locator('.lectern-library-item:not(.placeholder) .title');
  await expect(titles.first()).toHaveText(seeded.at(-1)!.title);
  await expect(titles).toHaveCount(6);
  const wanted = seeded[2]!.title;
  await popup.locator('.lectern-search').fill(wanted);
  await expect(titles.first()).toHaveText(wanted);
  await popup.locator('.lectern-search').fill('');
  await view(popup, 'Favourites').click();
  await expect(popup.locator('.lectern-popup-empty')).toContainText('No favourites yet');
  await view(popup, 'All').click();
  await expect(titles).toHaveCount(6);
});

test('quick actions: favourite, mark read and archive move a row between the views', async () => {
  const seeded = corpusArticles(3);
  await saveThroughBackground(admin, seeded);
  const { popup } = await openPopupOver(extension, article('night-trains'));
  const rows = popup.locator('.lectern-library-item:not(.placeholder)');
  const newest = seeded.at(-1)!.title;
  await expect(rows).toHaveCount(3);
  const row = rows.filter({ hasText: newest });
  await row.locator('[data-action="favorite"]').click();
  await expect(row.locator('[data-action="favorite"]')).toHaveAttribute('aria-pressed', 'true');
  await row.locator('[data-action="read"]').click();
  // Read articles leave Unread.
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: newest })).toHaveCount(0);
  await view(popup, 'Favourites').click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(newest);
  await view(popup, 'Unread').click();
  await rows.first().locator('[data-action="archive"]').click();
  await expect(rows).toHaveCount(1);
  await view(popup, 'Archive').click();
  await expect(rows).toHaveCount(1);
});

test('delete from the popup, then Undo puts the article back', async () => {
  const seeded = corpusArticles(2);
  await saveThroughBackground(admin, seeded);
  const { popup } = await openPopupOver(extension, article('night-trains'));
  const rows = popup.locator('.lectern-library-item:not(.placeholder)');
  await expect(rows).toHaveCount(2);
  await rows.first().locator('[data-action="delete"]').click();
  await expect(rows).toHaveCount(1);
  await expect(popup.locator('.lectern-toast')).toContainText(`Deleted “${seeded.at(-1)!.title}”`);
  await popup.locator('.lectern-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(2);
  expect(await libraryEntries(admin)).toHaveLength(2);
});

test('a row opens its saved copy in a tab; the header opens the library and the options', async () => {
  await saveThroughBackground(admin, corpusArticles(1));
  const { popup } = await openPopupOver(extension, article('night-trains'));
  const opened = extension.context.waitForEvent('page');
  await popup.locator('.lectern-library-item .title').first().click();
  expect((await opened).url()).toContain('/reader.html?id=');
  const { popup: again } = await openPopupOver(extension, article('night-trains'));
  const library = extension.context.waitForEvent('page');
  await again.getByRole('button', { name: 'Library', exact: true }).click();
  expect((await library).url()).toContain('/library.html');
  const { popup: third } = await openPopupOver(extension, article('night-trains'));
  const options = extension.context.waitForEvent('page');
  await third.getByRole('button', { name: 'Options', exact: true }).click();
  expect((await options).url()).toContain('/options.html');
});

test('through the toolbar: the browser opens popup.html at the size it asks for', async () => {
  const page = await extension.context.newPage();
  await page.goto(article('night-trains'));
  await page.bringToFront();
  await extension.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { openPopup: () => Promise<void> } } }
    ).chrome.action.openPopup(),
  );
  const cdp = await extension.context.newCDPSession(page);
  let popupTarget: { targetId: string } | undefined;
  await expect(async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    popupTarget = targetInfos.find((target) => target.url.endsWith('/popup.html'));
    expect(popupTarget).toBeTruthy();
  }).toPass();
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: popupTarget!.targetId,
    flatten: false,
  });
  const answer = new Promise<string>((done) =>
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id: number; result?: { result: { value: string } } };
      if (message.id === 1) done(message.result!.result.value);
    }),
  );
  const expression = `new Promise((done) => setTimeout(() => done(JSON.stringify({
    width: document.documentElement.getBoundingClientRect().width,
    title: document.querySelector('.lectern-popup-page-title')?.textContent,
  })), 500))`;
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({
      id: 1,
      method: 'Runtime.evaluate',
      params: { expression, awaitPromise: true, returnByValue: true },
    }),
  });
  const seen = JSON.parse(await answer) as { width: number; title: string };
  // The popup's own width (not the window's first tiny one), and the active tab under it.
  expect(seen.width).toBe(POPUP_SIZE.width);
  expect(seen.title).toBe(await page.title());
  await cdp.detach();
});
