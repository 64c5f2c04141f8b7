/**
 * Accessibility in every theme: axe-core (no serious or critical violation) on the overlay
 * with its panels open, the reader page, the options page and the library page (
 * listing, searching, selecting, tagging, after a delete); the muted text
 * and links measured against their background; a screenshot of each for a look side by side.
 */
import { expect, test, type Locator } from '@playwright/test';
import { launchWithExtension, type LoadedExtension } from './harness/chromium-extension';
import {
  openOverlay,
  openSavedCopy,
  RICH_PATH,
  RICH_URL,
  runAxe,
  serious,
  storeSettings,
  THEMES,
  type AxeFinding,
} from './harness/reading-helpers';
import { corpusArticles, resetLibrary, saveThroughBackground } from './harness/library-seed';
import { SCREENSHOTS } from './harness/seed';
import { startServer, type PageServer } from './harness/server';

let extension: LoadedExtension;
let server: PageServer;

test.beforeAll(async () => {
  extension = await launchWithExtension();
  server = await startServer();
});
test.afterAll(async () => {
  await extension?.context.close();
  await server?.close();
});

/** WCAG contrast ratio of an element's text colour against the reader's background. */
async function contrast(element: Locator, backgroundOf: Locator): Promise<number> {
  const background = await backgroundOf.evaluate((node) => getComputedStyle(node).backgroundColor);
  return element.evaluate((node, bg) => {
    const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = channels(color).map((value) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [light, dark] = [luminance(getComputedStyle(node).color), luminance(bg)].sort((a, b) => b - a);
    return (light! + 0.05) / (dark! + 0.05);
  }, background);
}

function report(where: string, findings: AxeFinding[]) {
  for (const finding of findings)
    console.log(
      `axe ${where}: ${finding.impact} ${finding.id} (${finding.help}) ${finding.targets.join(' ')}`,
    );
}

test('the overlay, reader page and options pass axe and AA contrast in every theme', async () => {
  const page = await extension.context.newPage();
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme === 'system' ? 'dark' : 'light' });
    await storeSettings(extension.worker, { theme });
    const overlay = await openOverlay(extension, page, `${server.origin}${RICH_PATH}`);
    const root = overlay.locator('.lectern-overlay');
    await expect(root).toHaveAttribute('data-theme', theme);
    await page.screenshot({ path: `${SCREENSHOTS}/theme-${theme}-overlay.png` });

    // Contrast of the quieter text, computed from what is on screen.
    const ratios = {
      text: await contrast(overlay.locator('.lectern-body p').first(), root),
      muted: await contrast(overlay.locator('.lectern-meta'), root),
      link: await contrast(overlay.locator('.lectern-body p a').first(), root),
      site: await contrast(overlay.locator('.lectern-site'), root),
      caption: await contrast(overlay.locator('.lectern-body figcaption').first(), root),
    };
    console.log(
      `contrast ${theme}: ${JSON.stringify(ratios, (_, value) => (typeof value === 'number' ? +value.toFixed(2) : value))}`,
    );
    for (const ratio of Object.values(ratios)) expect(ratio).toBeGreaterThanOrEqual(4.5);

    // axe on the overlay with each panel open in turn: every control is checked.
    let checked = 0;
    for (const open of [
      null,
      'Reading settings',
      'Keyboard shortcuts',
      /Removed \d+ block/,
      'Listen',
    ] as const) {
      if (open && !(await overlay.getByRole('button', { name: open }).count())) continue;
      if (open) await overlay.getByRole('button', { name: open }).click();
      const { violations, shadowNodes } = await runAxe(page, 'lectern-reader');
      report(`overlay ${theme} ${open ?? ''}`, violations);
      expect(serious(violations)).toEqual([]);
      checked = Math.max(checked, shadowNodes);
      if (open === 'Reading settings')
        await page.screenshot({ path: `${SCREENSHOTS}/theme-${theme}-settings.png` });
      if (open && open !== 'Listen') await overlay.getByRole('button', { name: open }).click();
    }
    // axe really looked inside the (open, test-build) shadow root.
    expect(checked).toBeGreaterThan(20);

    // Save, then the reader page for the saved copy.
    await page.keyboard.press('s');
    await expect(overlay.getByRole('button', { name: 'Saved ✓' })).toBeVisible();
    await page.keyboard.press('Escape');
    const reader = await openSavedCopy(extension, RICH_URL, `${server.origin}${RICH_PATH}`);
    await reader.emulateMedia({ colorScheme: theme === 'system' ? 'dark' : 'light' });
    await expect(reader.locator('.lectern-root')).toHaveAttribute('data-theme', theme);
    await reader.screenshot({ path: `${SCREENSHOTS}/theme-${theme}-reader.png` });
    // The body too: table, code, quote and lists in this theme.
    await reader.locator('.lectern-table-scroll').evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await reader.evaluate(() => window.scrollBy(0, -70));
    await reader.screenshot({ path: `${SCREENSHOTS}/theme-${theme}-reader-body.png` });
    for (const open of [null, 'Reading settings', 'Keyboard shortcuts', 'Listen'] as const) {
      if (open) await reader.getByRole('button', { name: open }).click();
      const { violations } = await runAxe(reader);
      report(`reader ${theme} ${open ?? ''}`, violations);
      expect(serious(violations)).toEqual([]);
      if (open && open !== 'Listen') await reader.getByRole('button', { name: open }).click();
    }
    const pageBackground = await reader.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(pageBackground).toBe(
      await reader.locator('.lectern-root').evaluate((node) => getComputedStyle(node).backgroundColor),
    );

    await reader.goto(extension.url('/options.html'));
    await reader.locator('.lectern-settings').waitFor();
    const { violations } = await runAxe(reader);
    report(`options ${theme}`, violations);
    expect(serious(violations)).toEqual([]);
    await reader.screenshot({ path: `${SCREENSHOTS}/theme-${theme}-options.png`, fullPage: true });
    await reader.close();
  }
  await page.close();
});

/** Landmark rules (moderate in axe, so not in `serious`): everything in a landmark, one main. */
const LANDMARK_RULES = /^(region|landmark-)/;

test('the library page passes axe: landmarks, labels, no serious violation', async () => {
  const home = await extension.context.newPage();
  await home.goto(extension.url('/options.html'));
  await resetLibrary(home);
  await saveThroughBackground(home, corpusArticles(50));
  for (const path of ['/library.html']) {
    const library = await extension.context.newPage();
    await library.goto(extension.url(path));
    const rows = library.locator('.lectern-library-item:not(.placeholder)');
    await rows.first().waitFor();
    await expect(library.getByRole('main')).toHaveCount(1);
    const check = async (state: string) => {
      const { violations } = await runAxe(library);
      report(`library ${path} ${state}`, violations);
      expect(serious(violations)).toEqual([]);
      expect(violations.filter((finding) => LANDMARK_RULES.test(finding.id))).toEqual([]);
    };
    await check('list');
    // Searching: highlighted matches, snippets, the sort by relevance.
    await library.getByRole('searchbox', { name: 'Search the library' }).fill('the');
    await expect(library.locator('.lectern-list-status')).toHaveText(/results? for “the”/);
    await expect(rows.first().locator('mark').first()).toBeVisible();
    await check('search');
    await library.getByRole('searchbox').fill('');
    // A selection (bulk bar), the tag editor, then the toast a delete leaves.
    await rows.nth(0).locator('.lectern-row-select').check();
    await rows.nth(0).getByRole('button', { name: 'Tags' }).click();
    await expect(library.getByRole('combobox', { name: 'Add a tag' })).toBeVisible();
    await check('bulk bar and tag editor');
    await library.getByRole('button', { name: 'Done' }).click();
    await library.locator('.lectern-bulk-bar').getByRole('button', { name: 'Delete' }).click();
    await expect(library.locator('.lectern-toast')).toBeVisible();
    await check('toast');
    await library.getByRole('button', { name: 'Undo' }).click();
    await library.close();
  }
  // The full page as the background opens it for a page it can't read: the notice is in main.
  const noticed = await extension.context.newPage();
  await noticed.goto(
    extension.url(`/library.html?notice=${encodeURIComponent("Lectern can't read this page.")}`),
  );
  await expect(noticed.getByRole('main').getByRole('alert')).toHaveText("Lectern can't read this page.");
  const { violations } = await runAxe(noticed);
  report('library notice', violations);
  expect(serious(violations)).toEqual([]);
  expect(violations.filter((finding) => LANDMARK_RULES.test(finding.id))).toEqual([]);
  await noticed.close();
  await home.close();
});
