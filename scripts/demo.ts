/**
 * npm run demo: builds both browsers' packages, loads the extension into headless Chromium,
 * opens a bundled news page full of promo chrome, reads it in Lectern, saves it, and prints
 * what came out and where the packages and screenshots are.
 * (It drives the e2e build, which may open the reader without a real toolbar click.)
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { clickToolbar, launchWithExtension } from '../tests/e2e/harness/chromium-extension';
import { startServer } from '../tests/e2e/harness/server';

const root = resolve(import.meta.dirname, '..');
const DEMO_PAGE = '/fixtures/promo/wapo-newsletter-inline/page.html';
const shots = resolve(root, 'artifacts/demo');
const run = (command: string) => execSync(command, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

async function main(): Promise<void> {
  console.log('Building the Chrome and Firefox packages ...');
  run('bash scripts/ensure-browsers.sh');
  run('npx wxt zip && npx wxt zip -b firefox');
  run('LECTERN_E2E=1 npx wxt build');
  mkdirSync(shots, { recursive: true });

  const server = await startServer();
  const extension = await launchWithExtension();
  try {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}${DEMO_PAGE}`);
    await page.screenshot({ path: `${shots}/1-original-page.png` });
    await clickToolbar(extension.worker, page.url());
    const overlay = page.locator('lectern-reader');
    await overlay.locator('.lectern-body p').first().waitFor();
    await page.screenshot({ path: `${shots}/2-reader-overlay.png` });

    const read = async (selector: string) =>
      ((await overlay.locator(selector).first().textContent()) ?? '').trim();
    const text = ((await overlay.locator('.lectern-body').innerText()) ?? '').trim();
    const removed = await read('.lectern-toolbar button:has-text("Removed")').catch(() => 'Removed 0 blocks');
    console.log('\nExtracted from the demo page:');
    console.log(`  title:    ${await read('.lectern-title')}`);
    console.log(`  site:     ${await read('.lectern-site')}`);
    console.log(`  byline:   ${await read('.lectern-byline')}`);
    console.log(`  length:   ${text.split(/\s+/).length} words, ${await read('.lectern-reading-time')}`);
    console.log(`  cleanup:  ${removed} of promo chrome`);
    console.log(
      `  opening:  ${text
        .split('\n')
        .find((line) => line.length > 80)
        ?.slice(0, 160)}…`,
    );

    await overlay.getByRole('button', { name: 'Save', exact: true }).click();
    await overlay.getByRole('button', { name: 'Saved ✓' }).waitFor();
    const library = await extension.context.newPage();
    await library.goto(extension.url('/library.html'));
    await library.locator('.lectern-library-item').first().waitFor();
    await library.screenshot({ path: `${shots}/3-library.png` });
    console.log(
      `\nSaved: the library lists ${await library.locator('.lectern-library-item').count()} article(s).`,
    );
  } finally {
    await extension.context.close();
    await server.close();
  }
  const zips = readdirSync(resolve(root, '.output')).filter((name) => name.endsWith('.zip'));
  console.log('\nPackages:');
  for (const zip of zips) console.log(`  .output/${zip}`);
  console.log(
    'Unpacked builds: .output/chrome-mv3 (Chrome: chrome://extensions → Load unpacked), .output/firefox-mv2 (Firefox: about:debugging → Load Temporary Add-on)',
  );
  console.log(`Screenshots: ${shots}/1-original-page.png, 2-reader-overlay.png, 3-library.png`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
