/**
 * Renders Lectern's mark (public/icon/lectern.svg, and lectern-light.svg for dark toolbars) to the
 * PNG sizes the browsers ask for, in Debian's Chromium: public/icon/<size>.png and
 * public/icon/light-<size>.png. The PNGs are committed; run this again after changing a mark:
 *   npx tsx scripts/make-icons.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const ICON_DIR = resolve(import.meta.dirname, '../public/icon');
const MARKS = [
  { svg: 'lectern.svg', prefix: '' },
  { svg: 'lectern-light.svg', prefix: 'light-' },
];

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { svg, prefix } of MARKS) {
    const source = await readFile(join(ICON_DIR, svg), 'utf8');
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}</style><img src="${dataUrl}" width="${size}" height="${size}">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await writeFile(join(ICON_DIR, `${prefix}${size}.png`), png);
    }
  }
  await browser.close();
  console.log(`icons written to ${ICON_DIR}`);
}

await main();
