/** Launches Debian's Chromium with the built test extension (Playwright can't download browsers here). */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/e2e/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** A host name the e2e browser maps to the test server: a page on it is not a local page. */
export const HOSTILE_HOST = 'hostile.test';

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  url: (path: string) => string;
}

export async function launchWithExtension(
  userDataDir = mkdtempSync(join(tmpdir(), 'lectern-e2e-')),
): Promise<LoadedExtension> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // A public-looking host name for pages that must not count as local (hostile.spec.ts).
      `--host-resolver-rules=MAP ${HOSTILE_HOST} 127.0.0.1`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, url: (path) => `chrome-extension://${extensionId}${path}` };
}

/** What a toolbar click does, run in the background on the tab showing `pageUrl`. */
export async function clickToolbar(worker: Worker, pageUrl: string): Promise<unknown> {
  return worker.evaluate(async (url) => {
    type Tab = { url?: string };
    const api = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<Tab[]> } } })
      .chrome;
    const tabs = await api.tabs.query({});
    // Without the "tabs" permission, browser pages (chrome://) hide their URL: fall back to the
    // active tab, which is what a toolbar click acts on.
    const tab =
      tabs.find((candidate) => candidate.url === url) ??
      (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    const test = (
      globalThis as unknown as { lecternTest: { openReader: (tab: unknown) => Promise<unknown> } }
    ).lecternTest;
    return test.openReader(tab);
  }, pageUrl);
}

/** Counts what is stored, straight from IndexedDB, in an extension page. */
export async function libraryCounts(
  page: import('@playwright/test').Page,
): Promise<{ articles: number; bodies: number; orphans: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('lectern');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((done, fail) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => done(request.result as T[]);
        request.onerror = () => fail(request.error);
      });
    const articles = await all<{ id: string; kind?: string }>('articles');
    const bodies = await all<{ id: string }>('bodies');
    db.close();
    const bodyIds = new Set(bodies.map((body) => body.id));
    const articleIds = new Set(articles.map((article) => article.id));
    const orphans =
      articles.filter((article) => (article.kind ?? 'article') === 'article' && !bodyIds.has(article.id))
        .length + bodies.filter((body) => !articleIds.has(body.id)).length;
    return { articles: articles.length, bodies: bodies.length, orphans };
  });
}

/** Stops the extension's service worker, as Chrome does after 30 s idle or under memory pressure. */
export async function stopServiceWorker(page: import('@playwright/test').Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'),
  );
  if (!worker) return false;
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
  return true;
}
