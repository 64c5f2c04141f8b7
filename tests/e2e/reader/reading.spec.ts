/**
 * The reading experience in real Chromium: every setting switched and its computed style
 * checked, typography of a rich article (figures, quotes, lists, wide tables, code, footnotes),
 * a right-to-left article, keyboard and focus. Read aloud and the reader page: read-aloud.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { launchWithExtension, type LoadedExtension } from '../harness/chromium-extension';
import {
  css,
  focusedInOverlay,
  openOverlay,
  READING_DEFAULTS,
  RICH_PATH,
  RTL_PATH,
  storedSettings,
  storeSettings,
  viewportScreenshot,
} from '../harness/reading-helpers';
import { SCREENSHOTS } from '../harness/seed';
import { startServer, type PageServer } from '../harness/server';

let extension: LoadedExtension;
let server: PageServer;
const BACKGROUNDS = { light: 'rgb(253, 253, 252)', sepia: 'rgb(246, 239, 223)', dark: 'rgb(23, 24, 26)' };

test.beforeAll(async () => {
  extension = await launchWithExtension();
  server = await startServer();
});
test.afterAll(async () => {
  await extension?.context.close();
  await server?.close();
});
test.beforeEach(async () => storeSettings(extension.worker, { ...READING_DEFAULTS, theme: 'light' }));

test('every reading setting applies live, in the overlay and across pages, and is kept in storage.sync', async () => {
  const page = await extension.context.newPage();
  const overlay = await openOverlay(extension, page, `${server.origin}${RICH_PATH}`);
  const root = overlay.locator('.lectern-overlay');
  const article = overlay.locator('.lectern-article');
  const paragraph = overlay.locator('.lectern-body p').first();
  await overlay.getByRole('button', { name: 'Reading settings' }).click();
  const choose = (name: string) =>
    overlay.locator('.lectern-settings').getByText(name, { exact: true }).click();

  for (const theme of ['sepia', 'dark', 'light'] as const) {
    await choose(theme[0]!.toUpperCase() + theme.slice(1));
    await expect(root).toHaveAttribute('data-theme', theme);
    expect(await css(root, 'background-color')).toBe(BACKGROUNDS[theme]);
  }
  // "System" follows the operating system, live.
  await choose('System');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => css(root, 'background-color')).toBe(BACKGROUNDS.dark);
  expect(await css(paragraph, 'color')).toBe('rgb(230, 228, 223)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => css(root, 'background-color')).toBe(BACKGROUNDS.light);

  const fonts = {
    'Sans-serif': 'system-ui',
    Monospace: 'ui-monospace',
    'Dyslexia-friendly': 'OpenDyslexic',
    Serif: 'Charter',
  };
  for (const [label, family] of Object.entries(fonts)) {
    await choose(label);
    await expect.poll(() => css(article, 'font-family')).toContain(family);
    // Code keeps a monospace face whatever the body font.
    expect(await css(overlay.locator('.lectern-body pre'), 'font-family')).toContain('monospace');
    if (label === 'Dyslexia-friendly') {
      expect(await css(article, 'letter-spacing')).toBe('0.95px');
      expect(await css(article, 'word-spacing')).toBe('3.04px');
    }
  }
  expect(await css(article, 'letter-spacing')).toBe('normal');

  await overlay.getByRole('slider', { name: 'Text size' }).fill('24');
  await expect.poll(() => css(article, 'font-size')).toBe('24px');
  await expect(overlay.locator('.lectern-slider output').first()).toHaveText('24 px');
  await overlay.getByRole('slider', { name: 'Line spacing' }).fill('2');
  await expect.poll(() => css(paragraph, 'line-height')).toBe('48px');
  await overlay.getByRole('slider', { name: 'Column width' }).fill('44');
  await expect.poll(() => css(article, 'max-width')).toBe(`${44 * 24}px`);
  await choose('Justified');
  await expect.poll(() => css(paragraph, 'text-align')).toBe('justify');
  expect(await css(overlay.locator('.lectern-body h2').first(), 'text-align')).toBe('start');

  const expected = {
    font: 'serif',
    fontSize: 24,
    lineHeight: 2,
    width: 44,
    align: 'justify',
    theme: 'system',
  };
  await expect.poll(() => storedSettings(extension.worker)).toMatchObject(expected);

  // The options page shows the same settings, and a change there reaches the open overlay.
  const options = await extension.context.newPage();
  await options.goto(extension.url('/options.html'));
  await expect(options.getByRole('radio', { name: 'Justified' })).toBeChecked();
  await expect(options.getByRole('slider', { name: 'Text size' })).toHaveValue('24');
  await expect
    .poll(() => css(options.locator('.lectern-settings-preview .lectern-article'), 'font-size'))
    .toBe('24px');
  await options.locator('.lectern-settings').getByText('Sepia', { exact: true }).click();
  await expect(root).toHaveAttribute('data-theme', 'sepia');
  expect(await options.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    BACKGROUNDS.sepia,
  );
  await options.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect.poll(() => css(article, 'font-size')).toBe('19px');
  await options.close();
  await page.close();
});

test('the article keeps figures, quotes, lists, wide tables, code and footnotes; nothing is wider than the column', async () => {
  const page = await extension.context.newPage();
  const overlay = await openOverlay(extension, page, `${server.origin}${RICH_PATH}`);
  const body = overlay.locator('.lectern-body');
  await expect(body.locator('h2', { hasText: 'Where the time went' })).toBeVisible();
  expect(parseFloat(await css(body.locator('h2').first(), 'font-size'))).toBeGreaterThan(19 * 1.2);
  await expect(body.locator('figure figcaption').first()).toContainText('Median CI duration');
  expect(await css(body.locator('blockquote').first(), 'border-left-width')).toBe('3px');
  expect(await css(body.locator('ol li').first(), 'list-style-type')).toBe('decimal');
  await expect(body.locator('ul li')).toHaveCount(2);

  // A table scrolls inside its own focusable, named region and keeps its table semantics.
  const region = body.getByRole('region', { name: 'Table' });
  await expect(region.locator('table')).toHaveCount(1);
  await expect(region).toHaveAttribute('tabindex', '0');
  expect(await css(region.locator('table'), 'display')).toBe('table');
  const pre = body.locator('pre');
  expect(await css(pre, 'white-space')).toBe('pre');
  expect(await pre.textContent()).toContain('\n    deadline = time.monotonic() + timeout\n');

  // Footnotes are followed inside the reader (the page underneath does not move or change URL).
  const pageUrl = page.url();
  await body.locator('sup a').first().click();
  await expect.poll(() => focusedInOverlay(page)).toMatch(/^LI\./);
  await expect
    .poll(() => overlay.locator('.lectern-overlay').evaluate((node) => node.scrollTop))
    .toBeGreaterThan(200);
  expect(page.url()).toBe(pageUrl);
  await body.locator('ol li a', { hasText: '↩' }).first().click();
  await expect.poll(() => focusedInOverlay(page)).toMatch(/^SUP|^A\./);

  for (const width of [1100, 400]) {
    await page.setViewportSize({ width, height: 800 });
    const column = await body.evaluate((node) => node.getBoundingClientRect().width);
    for (const element of await body.locator('img, .lectern-table-scroll, pre, figure').all())
      expect(await element.evaluate((node) => node.getBoundingClientRect().width)).toBeLessThanOrEqual(
        column + 0.5,
      );
    const root = overlay.locator('.lectern-overlay');
    expect(await root.evaluate((node) => node.scrollWidth - node.clientWidth)).toBe(0);
  }
  // At 400px short cells ("18m 40s") don't break; the reading settings are under "More".
  expect(await css(region.locator('td', { hasText: '18m 40s' }), 'white-space')).toBe('nowrap');
  await region.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/narrow-400-table-overlay.png` });
  await overlay.getByRole('button', { name: 'More reader controls' }).click();
  await overlay.getByRole('button', { name: /Reading settings/ }).click();
  await expect(overlay.getByRole('heading', { name: 'Reading settings' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/narrow-400-settings-overlay.png` });
  await page.close();
});

test('a right-to-left article is laid out right to left', async () => {
  const page = await extension.context.newPage();
  const overlay = await openOverlay(extension, page, `${server.origin}${RTL_PATH}`);
  const article = overlay.locator('.lectern-article');
  await expect(article).toHaveAttribute('dir', 'rtl');
  await expect(article).toHaveAttribute('lang', 'ar');
  const title = overlay.locator('.lectern-title');
  expect(await css(title, 'direction')).toBe('rtl');
  const edges = await overlay.locator('.lectern-body').evaluate((body) => {
    const box = body.getBoundingClientRect();
    const paragraph = body.querySelector('p')!.getBoundingClientRect();
    const cells = Array.from(body.querySelectorAll('th')).map((cell) => cell.getBoundingClientRect().left);
    return { right: box.right - paragraph.right, firstCellRightOfLast: cells[0]! > cells[cells.length - 1]! };
  });
  expect(Math.abs(edges.right)).toBeLessThan(1);
  expect(edges.firstCellRightOfLast).toBe(true);
  const list = overlay.locator('.lectern-body ul');
  expect(parseFloat(await css(list, 'padding-right'))).toBeGreaterThan(0);
  expect(await css(list, 'padding-left')).toBe('0px');
  const quote = overlay.locator('.lectern-body blockquote');
  expect(await css(quote, 'border-right-width')).toBe('3px');
  expect(await css(quote, 'border-left-width')).toBe('0px');
  await expect(overlay.locator('.lectern-progress')).toHaveAttribute('data-dir', 'rtl');
  // The reader's own (English) controls stay left to right on a right-to-left page.
  expect(await css(overlay.locator('.lectern-toolbar'), 'direction')).toBe('ltr');
  await expect(overlay.locator('.lectern-overlay')).toHaveAttribute('lang', 'en');
  await viewportScreenshot(page, `${SCREENSHOTS}/rtl-overlay.png`);

  // A wide table on a narrow screen scrolls sideways inside its region, from the right edge.
  await page.setViewportSize({ width: 400, height: 800 });
  const region = overlay.getByRole('region', { name: /أرقام المكتبات/ });
  expect(await region.evaluate((node) => node.scrollWidth > node.clientWidth + 40)).toBe(true);
  expect(
    await overlay.locator('.lectern-overlay').evaluate((node) => node.scrollWidth - node.clientWidth),
  ).toBe(0);
  const firstColumn = await region.evaluate((node) => {
    const cell = node.querySelector('th')!.getBoundingClientRect();
    return (
      cell.right <= node.getBoundingClientRect().right + 0.5 &&
      cell.right > node.getBoundingClientRect().right - 120
    );
  });
  expect(firstColumn).toBe(true);
  await region.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => region.evaluate((node) => node.scrollLeft)).toBeLessThan(0);
  await region.evaluate((node) => node.scrollIntoView({ block: 'center' }));
  await viewportScreenshot(page, `${SCREENSHOTS}/narrow-400-table-rtl-overlay.png`);
  await page.close();
});

test('keyboard: focus stays in the overlay, shortcuts work, page keys are held back, Escape gives focus back', async () => {
  const page = await extension.context.newPage();
  await page.goto(`${server.origin}${RICH_PATH}`);
  await page.evaluate(() => {
    Object.assign(window, { pageKeys: 0 });
    document.addEventListener('keydown', () =>
      Object.assign(window, { pageKeys: (window as unknown as { pageKeys: number }).pageKeys + 1 }),
    );
  });
  const pageKeys = () => page.evaluate(() => (window as unknown as { pageKeys: number }).pageKeys);
  await page.locator('header a').first().focus();
  const overlay = await openOverlay(extension, page);
  const root = overlay.locator('.lectern-overlay');
  const article = overlay.locator('.lectern-article');

  await expect.poll(() => focusedInOverlay(page)).toMatch(/^DIV\.lectern-root lectern-overlay/);
  await expect.poll(() => page.evaluate(() => document.body.inert)).toBe(true);
  await page.keyboard.press('Space');
  await expect.poll(() => root.evaluate((node) => node.scrollTop)).toBeGreaterThan(100);
  await page.keyboard.press('j');
  expect(await pageKeys()).toBe(0);

  await page.keyboard.press('+');
  await expect.poll(() => css(article, 'font-size')).toBe('20px');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(() => css(article, 'font-size')).toBe('18px');
  await page.keyboard.press('=');
  for (const theme of ['sepia', 'dark', 'system', 'light']) {
    await page.keyboard.press('t');
    await expect(root).toHaveAttribute('data-theme', theme);
  }
  await page.keyboard.press('?');
  await expect(overlay.getByRole('region', { name: 'Keyboard shortcuts' })).toContainText(
    'Save to your library',
  );
  await page.keyboard.press('?');
  await expect(overlay.getByRole('region', { name: 'Keyboard shortcuts' })).toHaveCount(0);

  // Tab and Shift+Tab go round the reader's controls and never leave it.
  const seen: string[] = [];
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab');
    seen.push(await focusedInOverlay(page));
  }
  expect(seen.filter((where) => where.startsWith('outside') || where === 'host')).toEqual([]);
  const first = seen[0]!;
  expect(seen.slice(1).includes(first)).toBe(true);
  await overlay.locator('.lectern-toolbar button').first().focus();
  expect(await focusedInOverlay(page)).toBe(first);
  const lastStop = seen[seen.indexOf(first, 1) - 1]!;
  await page.keyboard.press('Shift+Tab');
  expect(await focusedInOverlay(page)).toBe(lastStop);

  await page.keyboard.press('s');
  await expect(overlay.getByRole('button', { name: 'Saved ✓' })).toBeVisible();

  // Escape inside a panel closes the panel (focus back on its button), then the reader.
  await overlay.getByRole('button', { name: 'Reading settings' }).click();
  await overlay.getByRole('radio', { name: 'Light' }).focus();
  await page.keyboard.press('t');
  await expect(root).toHaveAttribute('data-theme', 'sepia');
  await page.keyboard.press('Escape');
  await expect(overlay.locator('.lectern-settings')).toHaveCount(0);
  expect(await focusedInOverlay(page)).toContain('|Reading settings');
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Byteline');
  expect(await page.evaluate(() => document.body.inert)).toBe(false);
  await page.keyboard.press('j');
  expect(await pageKeys()).toBe(1);
  await page.close();
});
