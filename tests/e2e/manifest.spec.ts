/**
 * Least privilege: the installed manifests (production builds, both browsers) ask only for
 * what the features need. Host access is optional, asked for when a feature needs it.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ALLOWED = new Set([
  'activeTab',
  'scripting',
  'storage',
  'contextMenus',
  'unlimitedStorage',
  'offscreen',
]);
const read = (dir: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.output', dir, 'manifest.json'), 'utf8'));

for (const [dir, version] of [
  ['chrome-mv3', 3],
  ['firefox-mv2', 2],
] as const) {
  test(`${dir}: only the permissions Lectern needs, no host access, no content script on every page`, () => {
    const manifest = read(dir);
    expect(manifest.manifest_version).toBe(version);
    for (const permission of manifest.permissions ?? [])
      expect(ALLOWED, `unexpected permission ${permission}`).toContain(permission);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    const optional = version === 3 ? manifest.optional_host_permissions : manifest.optional_permissions;
    expect(optional).toEqual(['<all_urls>']);
    expect(manifest.commands['open-reader'].suggested_key.default).toBe('Alt+Shift+R');
    const action = manifest.action ?? manifest.browser_action;
    expect(action.default_popup).toBeUndefined();
  });
}

test('firefox build has its gecko id', () => {
  expect(read('firefox-mv2').browser_specific_settings.gecko.id).toBe('lectern@lectern.app');
});

test('both builds refuse browsers without the HTML Sanitizer API (Chrome 146, Firefox 148)', () => {
  // Every page-derived HTML is sanitised with Element.setHTML: an older browser must not install
  // Lectern and then fail on the first article.
  expect(Number(read('chrome-mv3').minimum_chrome_version)).toBeGreaterThanOrEqual(146);
  const gecko = read('firefox-mv2').browser_specific_settings.gecko;
  expect(parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(148);
});

test('production overlay uses a closed shadow root', () => {
  const script = readFileSync(resolve(import.meta.dirname, '../../.output/chrome-mv3/overlay.js'), 'utf8');
  expect(script).toMatch(/mode:\s*["'`]closed["'`]/);
  expect(script).not.toMatch(/lecternTest/);
});
