/** Measuring helpers for bench:library: statistics, heap, performance marks, typing, disk. */
import type { BrowserContext, Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN;
};
export const median = (values: number[]) => quantile(values, 0.5);
export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

type Api = Record<string, (...args: unknown[]) => unknown>;
/** Calls globalThis[api][name](...args) in the page (the bench bundles define these). */
export const call = <T>(page: Page, api: string, name: string, ...args: unknown[]) =>
  page.evaluate(([api, name, args]) => (globalThis as unknown as Record<string, Api>)[api]![name]!(...args), [
    api,
    name,
    args,
  ] as const) as Promise<T>;

/** JS heap in use after a full garbage collection, in MB. */
export async function heapMB(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize / 1024 / 1024;
}

/** Opens `url` in a new page and waits for the performance mark `name`: its time since navigation. */
export async function timeToMark(
  context: BrowserContext,
  url: string,
  name: string,
  viewport?: { width: number; height: number },
): Promise<{ ms: number; page: Page }> {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(url);
  const ms = await page.evaluate(
    (name) =>
      new Promise<number>((done) => {
        const check = () => {
          const mark = performance.getEntriesByName(name)[0];
          if (mark) done(mark.startTime);
          else setTimeout(check, 5);
        };
        check();
      }),
    name,
  );
  return { ms, page };
}

/**
 * Types each text into a search field (the library's, unless `field` names another), one after
 * the other, and times each until the page marks its results as on screen (a performance mark
 * whose detail is the text). NaN: no results. The field is emptied again at the end.
 */
export async function typeInLibrary(
  page: Page,
  typed: string[],
  field = '.lectern-search',
): Promise<number[]> {
  return page.evaluate(
    async ({ typed, field }) => {
      const input = document.querySelector<HTMLInputElement>(field)!;
      const times: number[] = [];
      for (const text of typed) {
        const shown = new Promise<number>((done) => {
          const observer = new PerformanceObserver((list) => {
            const entry = list.getEntries().find((mark) => (mark as PerformanceMark).detail === text);
            if (!entry) return;
            observer.disconnect();
            done(entry.startTime);
          });
          observer.observe({ type: 'mark' });
          setTimeout(() => (observer.disconnect(), done(NaN)), 10_000);
        });
        const started = performance.now();
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        times.push((await shown) - started);
      }
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return times;
    },
    { typed, field },
  );
}

/** Size on disk of an origin's IndexedDB (LevelDB files and blobs), in MB. */
export function diskMB(profile: string, prefix: string): number {
  const dir = join(profile, 'Default', 'IndexedDB');
  const kb = readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .map((name) =>
      Number(
        execSync(`du -sk "${join(dir, name)}"`)
          .toString()
          .split('\t')[0],
      ),
    )
    .reduce((sum, size) => sum + size, 0);
  return kb / 1024;
}
