/** Shared by the reading and accessibility specs: settings, axe, a speech stand-in, the saved copy. */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page, Worker } from '@playwright/test';
import { clickToolbar, type LoadedExtension } from './chromium-extension';

export const RICH_PATH = '/fixtures/promo/rich-content-figures-tables-code/page.html';
export const RICH_URL = 'https://byteline.dev/engineering/python-test-suite-40-to-6-minutes';
export const RTL_PATH = '/fixtures/pages/rtl-arabic-article.html';
export const THEMES = ['light', 'sepia', 'dark', 'system'] as const;

/** The reading settings the reading specs start each test from. */
export const READING_DEFAULTS = {
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  width: 38,
  align: 'start',
  speechRate: 1,
};

/** A computed style property of the element. */
export const css = (locator: Locator, property: string) =>
  locator.evaluate((node, name) => getComputedStyle(node).getPropertyValue(name), property);

/** The element focused inside the overlay's shadow root, described. */
export const focusedInOverlay = (page: Page) =>
  page.evaluate(() => {
    const host = document.activeElement;
    if (host?.tagName !== 'LECTERN-READER') return `outside: ${host?.tagName}`;
    const inner = host.shadowRoot?.activeElement;
    return inner
      ? `${inner.tagName}.${inner.className}|${inner.getAttribute('aria-label') ?? inner.textContent?.slice(0, 30)}`
      : 'host';
  });

/** Writes reading settings the way any Lectern page does; open readers follow at once. */
interface SyncArea {
  get: (key: string) => Promise<Record<string, Record<string, unknown> | undefined>>;
  set: (items: Record<string, unknown>) => Promise<void>;
}

export async function storeSettings(worker: Worker, settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (value) => {
    const chrome = (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome;
    const current = (await chrome.storage.sync.get('readingSettings')).readingSettings ?? {};
    await chrome.storage.sync.set({ readingSettings: { ...current, ...value } });
  }, settings);
}

export async function storedSettings(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { sync: SyncArea } } }).chrome;
    return (await chrome.storage.sync.get('readingSettings')).readingSettings ?? {};
  });
}

/** Opens the reader the way the toolbar button does (on `url`, or on the page as it is). */
export async function openOverlay(extension: LoadedExtension, page: Page, url?: string) {
  if (url) await page.goto(url);
  await clickToolbar(extension.worker, page.url());
  const overlay = page.locator('lectern-reader');
  await overlay.locator('.lectern-body').waitFor();
  return overlay;
}

/** The saved copy's reader page (reader.html?id=…), found by the page's (or its canonical) URL. */
export async function openSavedCopy(
  extension: LoadedExtension,
  articleUrl: string,
  pageUrl: string,
  initScript?: string,
): Promise<Page> {
  const urls = [articleUrl, pageUrl];
  const page = await extension.context.newPage();
  if (initScript) await page.addInitScript(initScript);
  await page.goto(extension.url('/options.html'));
  const id = await page.evaluate(async (candidates) => {
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ id?: string }> } };
      }
    ).chrome.runtime;
    for (const url of candidates) {
      const response = await runtime.sendMessage({ type: 'article/lookup', url });
      if (response.id) return response.id;
    }
    return null;
  }, urls);
  if (!id) throw new Error(`${urls.join(' / ')} is not in the library`);
  await page.goto(extension.url(`/reader.html?id=${encodeURIComponent(id)}`));
  await page.locator('.lectern-body').waitFor();
  return page;
}

const AXE_SOURCE = readFileSync(
  resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js'),
  'utf8',
);

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (evaluated, not a <script> tag: extension pages forbid inline
 * scripts). `selector` limits the run to one element, shadow root included (the overlay's is
 * open in the test build). Returns every violation and how many shadow-DOM nodes were checked.
 */
export async function runAxe(
  page: Page,
  selector?: string,
): Promise<{ violations: AxeFinding[]; shadowNodes: number }> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (scope) => {
    type Node = { target: Array<string | string[]> };
    type Result = { id: string; impact: string | null; help: string; nodes: Node[] };
    const axe = (
      window as unknown as {
        axe: {
          run: (context: unknown, options: unknown) => Promise<{ violations: Result[]; passes: Result[] }>;
        };
      }
    ).axe;
    const context = scope ? document.querySelector(scope) : document;
    const results = await axe.run(context, { resultTypes: ['violations', 'passes'] });
    const shadowNodes = results.passes
      .flatMap((rule) => rule.nodes)
      .filter((node) => Array.isArray(node.target[0])).length;
    return {
      shadowNodes,
      violations: results.violations.map((rule) => ({
        id: rule.id,
        impact: rule.impact,
        help: rule.help,
        targets: rule.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)),
      })),
    };
  }, selector ?? null);
}

export const serious = (findings: AxeFinding[]) =>
  findings.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');

/**
 * A stand-in for speechSynthesis (headless Chromium has no voices): records what would be said
 * and lets the test end an utterance. Runs as a plain script in whatever world it is put in.
 */
export const SPEECH_STUB = `(() => {
  const log = { spoken: [], cancels: 0 };
  let current = null;
  const voices = [
    { name: 'Test English', lang: 'en-US', voiceURI: 'test-en', localService: true, default: true },
    { name: 'Test Arabic', lang: 'ar-SA', voiceURI: 'test-ar', localService: true, default: false },
  ];
  class Utterance {
    constructor(text) { this.text = text; this.rate = 1; this.voice = null; this.lang = ''; }
  }
  const synth = {
    getVoices: () => voices,
    speak(utterance) {
      log.spoken.push({ text: utterance.text, rate: utterance.rate, voice: utterance.voice && utterance.voice.voiceURI });
      current = utterance;
    },
    cancel() {
      log.cancels += 1;
      const utterance = current;
      current = null;
      if (utterance && utterance.onerror) utterance.onerror({ error: 'interrupted' });
    },
    pause() {}, resume() {}, addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  window.__speech = {
    log,
    finish() { const utterance = current; current = null; if (utterance && utterance.onend) utterance.onend({}); },
  };
})();`;

/**
 * Evaluates in the extension's content-script world on `page` (where the overlay's code runs:
 * the page's own window is another world and a stub there would not be seen).
 */
export async function inOverlayWorld<T>(page: Page, expression: string): Promise<T> {
  const session = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string }> = [];
  session.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await session.send('Runtime.enable');
  const world = contexts.filter((context) => context.name === 'Lectern').at(-1);
  if (!world) throw new Error('no Lectern content-script world in this page');
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    returnByValue: true,
    awaitPromise: true,
  });
  await session.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value as T;
}

/**
 * What the viewport shows, captured by Chromium itself. Playwright's page.screenshot clips
 * the wrong strip of a right-to-left page that overflows sideways (it assumes the scroll origin
 * is on the left), which shifts a fixed overlay out of the picture.
 */
export async function viewportScreenshot(page: Page, path: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const { data } = await session.send('Page.captureScreenshot', { format: 'png' });
  await session.detach();
  writeFileSync(path, Buffer.from(data, 'base64'));
}
