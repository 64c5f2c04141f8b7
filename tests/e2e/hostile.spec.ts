/**
 * Hostile pages through the whole product in Chromium: the overlay, the save and the saved
 * copy in the reader page. Every payload calls home to /canary/<id> on the test server if it
 * ever runs or fetches; after Lectern takes over, no canary may fire (except the ones the case
 * says fire on the live page by design, before Lectern is involved), no dialog may open, and
 * the article's real text must still be there.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isLocalNetworkUrl } from '../../utils/sanitize/private-hosts';
import { parseSrcset } from '../../utils/sanitize/srcset';
import {
  clickToolbar,
  HOSTILE_HOST,
  launchWithExtension,
  type LoadedExtension,
} from './harness/chromium-extension';
import { collapse, SCREENSHOTS } from './harness/seed';
import { startServer, type PageServer } from './harness/server';

interface HostileCase {
  file: string;
  kinds: string[];
  canaryIds: string[];
  firesOnLivePage: string[];
  mustKeepText: string[];
  /**
   * 'public': served as http://hostile.test:PORT/ (mapped to 127.0.0.1 by the browser), a page
   * that is not itself on the local network, so its loopback pictures must go. Otherwise served
   * from 127.0.0.1, whose own local pictures may stay (only other rules can drop them).
   */
  served?: 'public';
}

const dir = resolve(import.meta.dirname, '../fixtures/hostile');
const cases: HostileCase[] = existsSync(resolve(dir, 'cases.json'))
  ? JSON.parse(readFileSync(resolve(dir, 'cases.json'), 'utf8'))
  : [];

let extension: LoadedExtension;
let server: PageServer;
const dialogs: string[] = [];

test.beforeAll(async () => {
  extension = await launchWithExtension();
  server = await startServer();
  extension.context.on('page', (page) =>
    page.on(
      'dialog',
      (dialog) => void dialog.dismiss().then(() => dialogs.push(`${page.url()}: ${dialog.message()}`)),
    ),
  );
});
test.afterAll(async () => {
  await extension?.context.close();
  await server?.close();
});

test('the hostile suite has at least 40 pages', () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
});

/**
 * What a canary can't see (CSP blocks inline handlers; links fire only when clicked): the
 * rendered article holds no active element, no handler, no script URL, no opener link.
 */
async function dangerousConstructs(root: import('@playwright/test').Locator): Promise<string[]> {
  return root.evaluate((article) => {
    const found: string[] = [];
    for (const element of Array.from(article.querySelectorAll('*'))) {
      if (
        /^(SCRIPT|IFRAME|OBJECT|EMBED|BASE|META|LINK|FORM|STYLE|TEMPLATE|NOSCRIPT|SVG|MATH|INPUT|BUTTON|TEXTAREA)$/i.test(
          element.tagName,
        )
      )
        found.push(`<${element.tagName.toLowerCase()}>`);
      for (const attribute of Array.from(element.attributes)) {
        if (
          /^on/i.test(attribute.name) ||
          attribute.name === 'style' ||
          attribute.name === 'srcdoc' ||
          attribute.name === 'formaction'
        )
          found.push(`${attribute.name}=`);
        if (
          /^\s*(javascript|vbscript|data):/i.test(attribute.value) &&
          /href|src|action|data|poster/i.test(attribute.name)
        )
          found.push(`${attribute.name}=${attribute.value.slice(0, 30)}`);
        // Reports sent on a click or a load, to addresses the page chooses.
        if (attribute.name === 'ping' || attribute.name === 'attributionsrc')
          found.push(`${attribute.name}=`);
      }
      if (
        element.getAttribute('target') === '_blank' &&
        !/\bnoopener\b/.test(element.getAttribute('rel') ?? '')
      )
        found.push('target=_blank without noopener');
    }
    return found;
  });
}

/**
 * Every picture address in the rendered article (src, and each srcset candidate read as the
 * browser reads it) that is not http(s), is a canary, or (public pages) is on the local network.
 */
async function forbiddenPictures(root: import('@playwright/test').Locator, hostile: HostileCase) {
  const found = await root.evaluate((article) =>
    Array.from(article.querySelectorAll('img, source')).map((element) => ({
      src: element.getAttribute('src'),
      srcset: element.getAttribute('srcset'),
    })),
  );
  const urls = found.flatMap(({ src, srcset }) => [
    ...(src === null ? [] : [src]),
    ...parseSrcset(srcset ?? '').map((candidate) => candidate.url),
  ]);
  return urls.filter(
    (url) =>
      !/^https?:/i.test(url) ||
      new URL(url).pathname.startsWith('/canary/') ||
      (hostile.served === 'public' && isLocalNetworkUrl(url)),
  );
}

async function readerText(page: Page): Promise<string> {
  return collapse(await page.locator('lectern-reader .lectern-root').textContent());
}

for (const hostile of cases) {
  test(`hostile page ${hostile.file} (${hostile.kinds.join(', ')}): nothing runs, nothing calls home`, async () => {
    const page = await extension.context.newPage();
    page.on(
      'dialog',
      (dialog) => void dialog.dismiss().then(() => dialogs.push(`live page: ${dialog.message()}`)),
    );
    const origin = hostile.served === 'public' ? `http://${HOSTILE_HOST}:${server.port}` : server.origin;
    await page.goto(`${origin}/fixtures/hostile/${hostile.file}`, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    const allowed = new Set(hostile.firesOnLivePage);
    const before = server.canaryHits.length;
    const dialogsBefore = dialogs.length;

    await clickToolbar(extension.worker, page.url());
    const overlay = page.locator('lectern-reader');
    await expect(overlay.locator('.lectern-article, .lectern-notice').first()).toBeVisible({
      timeout: 20_000,
    });
    // "Reading this page…" is a notice too: wait for the extraction's own answer.
    await expect(overlay.getByText('Reading this page…')).toHaveCount(0, { timeout: 20_000 });
    const text = await readerText(page);
    const hasArticle = (await overlay.locator('.lectern-article').count()) > 0;
    if (hasArticle) {
      for (const keep of hostile.mustKeepText) expect(text).toContain(collapse(keep));
      expect(await dangerousConstructs(overlay.locator('.lectern-article'))).toEqual([]);
      expect(await forbiddenPictures(overlay.locator('.lectern-article'), hostile)).toEqual([]);
      expect(await overlay.locator('.lectern-title').textContent()).not.toMatch(
        /[\u202A-\u202E\u2066-\u2069]/,
      );
    }

    let readerPage: Page | null = null;
    if (hasArticle) {
      await overlay.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(overlay.getByRole('button', { name: 'Saved ✓' })).toBeVisible();
      readerPage = await extension.context.newPage();
      await readerPage.goto(extension.url('/library.html'));
      const link = readerPage.locator('a[href*="reader.html?id="]').first();
      await expect(link).toBeVisible();
      const href = await link.getAttribute('href');
      await readerPage.goto(extension.url(`/${href!.replace(/^\//, '')}`));
      await expect(readerPage.locator('.lectern-article')).toBeVisible();
      const saved = collapse(await readerPage.locator('.lectern-article').textContent());
      for (const keep of hostile.mustKeepText) expect(saved).toContain(collapse(keep));
      expect(await dangerousConstructs(readerPage.locator('.lectern-article'))).toEqual([]);
      expect(await forbiddenPictures(readerPage.locator('.lectern-article'), hostile)).toEqual([]);
      const leaked = await readerPage.evaluate(
        () => 'lecternCanary' in window || '__lecternCanary' in window,
      );
      expect(leaked).toBe(false);
    }
    await page.waitForTimeout(400);
    const fired = server.canaryHits.slice(before).filter((id) => !allowed.has(id));
    expect(fired, `canaries fired after Lectern took over: ${fired.join(', ')}`).toEqual([]);
    expect(dialogs.slice(dialogsBefore)).toEqual([]);
    if (hostile.file === cases[0]?.file)
      await page.screenshot({ path: `${SCREENSHOTS}/hostile-overlay.png` });

    // Leave the library empty for the next case.
    if (readerPage) {
      await readerPage.goto(extension.url('/library.html'));
      await readerPage.evaluate(
        () =>
          new Promise<void>((done) => {
            const request = indexedDB.open('lectern');
            request.onsuccess = () => {
              const db = request.result;
              const names = Array.from(db.objectStoreNames);
              const tx = db.transaction(names, 'readwrite');
              for (const name of names) tx.objectStore(name).clear();
              tx.oncomplete = () => {
                db.close();
                done();
              };
            };
          }),
      );
      await readerPage.close();
    }
    await page.close();
  });
}
