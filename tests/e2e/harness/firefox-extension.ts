/**
 * Launches Debian's Firefox ESR with the built test extension. Playwright's Firefox needs its own
 * patched build (not downloadable here), so this drives the stock browser with puppeteer-core
 * over WebDriver BiDi.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';

const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/e2e/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'lectern@lectern.app';
/** Fixed so moz-extension:// URLs are known before the extension is installed. */
const EXTENSION_UUID = '6f1c9a52-3b7e-4d8a-9e21-5c0d4b7a8f13';

export interface LoadedFirefoxExtension {
  browser: Browser;
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<LoadedFirefoxExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // A temporary add-on needs no signature; keep the browser quiet and offline.
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'browser.shell.checkDefaultBrowser': false,
      'browser.startup.homepage_override.mstone': 'ignore',
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
    },
  });
  try {
    const id = await browser.installExtension(EXTENSION_DIR);
    if (id !== GECKO_ID) throw new Error(`installed extension has id ${id}, expected ${GECKO_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    url: (path) => `moz-extension://${EXTENSION_UUID}${path}`,
    // Puppeteer made the temporary profile and removes it on close.
    close: () => browser.close(),
  };
}

type ExtensionApi = {
  tabs: { query: (query: object) => Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage: (message: unknown) => Promise<unknown> };
};

/**
 * What a toolbar click does: the background's openReader() on the tab showing `pageUrl`. The
 * background page can't be evaluated in from here, so an extension page (`extensionPage`) asks it
 * with the 'reader/open' message, whose handler calls the same openReader().
 */
export async function clickToolbar(extensionPage: Page, pageUrl: string): Promise<unknown> {
  return extensionPage.evaluate(async (url) => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const tabs = await api.tabs.query({ url: 'http://127.0.0.1/*' });
    const tab = tabs.find((candidate) => candidate.url === url);
    if (tab?.id === undefined)
      return { ok: false, error: `no tab shows ${url} (saw ${tabs.map((t) => t.url).join(', ')})` };
    return api.runtime.sendMessage({ type: 'reader/open', tabId: tab.id });
  }, pageUrl);
}

const STALE = '__lecternE2eStale';

/**
 * Opens an extension page (moz-extension://…) in `page` and waits until it has loaded.
 * Puppeteer's page.goto never settles for extension pages in Firefox (puppeteer#14314: Firefox
 * sends no navigation-finished event for them), and page.url() stays about:blank, so the
 * navigation is started without awaiting it and the page itself is polled instead.
 */
export async function openExtensionPage(page: Page, url: string, timeout = 15_000): Promise<void> {
  // Marks the current document, so re-opening the same URL waits for the new one.
  await page.evaluate((key) => Reflect.set(window, key, true), STALE);
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  await waitUntil(
    page,
    (href, key) => location.href === href && document.readyState === 'complete' && !Reflect.has(window, key),
    { polling: 50, timeout },
    url,
    STALE,
  );
}

/**
 * A new tab showing an extension page. Firefox's remote agent now and then loses a fresh tab's
 * navigation (every poll of that tab then fails with "script.evaluate ... got null"): such a tab
 * is closed and the page opened in another one, up to three tabs.
 */
export async function newExtensionPage(browser: Browser, url: string): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    const page = await browser.newPage();
    try {
      await openExtensionPage(page, url, 10_000);
      return page;
    } catch (error) {
      await page.close().catch(() => undefined);
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * page.waitForFunction that survives Firefox's remote agent failing a poll while a document is
 * being replaced ("script.evaluate ... got null", "context destroyed"): it polls again until
 * the deadline. Any other error is real and is thrown.
 */
export async function waitUntil<Args extends unknown[]>(
  page: Page,
  predicate: (...args: Args) => unknown,
  options: { polling: number; timeout: number },
  ...args: Args
): ReturnType<Page['waitForFunction']> {
  const deadline = Date.now() + options.timeout;
  for (;;) {
    try {
      return await page.waitForFunction(
        predicate as never,
        { ...options, timeout: Math.max(1, deadline - Date.now()) },
        ...(args as unknown as never[]),
      );
    } catch (error) {
      const text = `${String(error)} ${String((error as { cause?: unknown })?.cause ?? '')}`;
      if (Date.now() >= deadline || !/Protocol error|Execution context|destroyed|detached/i.test(text))
        throw error;
    }
  }
}

/** The reader's toolbar button whose whole label matches `label`, for a real (input-driven) click. */
export async function overlayButton(page: Page, label: RegExp): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await waitUntil(
    page,
    (source, flags) => {
      const buttons = document.querySelector('lectern-reader')?.shadowRoot?.querySelectorAll('button') ?? [];
      return (
        Array.from(buttons).find((button) =>
          new RegExp(source, flags).test((button.textContent ?? '').trim()),
        ) ?? false
      );
    },
    { polling: 50, timeout: 10_000 },
    label.source,
    label.flags,
  );
  return handle as ElementHandle<HTMLButtonElement>;
}

/** How often and how long the Firefox specs wait for what the page shows. */
export const POLL = { polling: 50, timeout: 10_000 };

/** Text of the first element matching `selector` inside the reader's (open, test-build) shadow root; null when absent. */
export function overlayText(page: Page, selector: string): Promise<string | null> {
  return page.evaluate(
    (css) => document.querySelector('lectern-reader')?.shadowRoot?.querySelector(css)?.textContent ?? null,
    selector,
  );
}

/** Waits until the reader shows an element matching `selector` whose text matches `pattern`. */
export async function waitForOverlayText(page: Page, selector: string, pattern: RegExp): Promise<void> {
  await waitUntil(
    page,
    (css, source, flags) => {
      const text = document.querySelector('lectern-reader')?.shadowRoot?.querySelector(css)?.textContent;
      return text != null && new RegExp(source, flags).test(text);
    },
    POLL,
    selector,
    pattern.source,
    pattern.flags,
  );
}
