/**
 * Least privilege: the installed manifests (production builds, both browsers) ask only for
 * what the features need. Host access is optional, asked for when a feature needs it.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
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
    expect(manifest.commands['save-page'].suggested_key.default).toBe('Alt+Shift+S');
    const action = manifest.action ?? manifest.browser_action;
    expect(action.default_popup).toBe('popup.html');
    // The benchmark's bare page is built into the test build only.
    expect(existsSync(resolve(import.meta.dirname, '../../.output', dir, 'bench-floor.html'))).toBe(false);
  });
}

/** A PNG's width and height, read from its IHDR chunk (bytes 16–23). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
const ICON_SIZES = ['16', '32', '48', '96', '128'];

for (const dir of ['chrome-mv3', 'firefox-mv2']) {
  test(`${dir}: the extension and its toolbar button show Lectern's icon at every size, at that size`, () => {
    const manifest = read(dir);
    const action = manifest.action ?? manifest.browser_action;
    for (const icons of [manifest.icons, action.default_icon] as Record<string, string>[]) {
      expect(Object.keys(icons).sort()).toEqual([...ICON_SIZES].sort());
      for (const [size, path] of Object.entries(icons))
        expect(pngSize(resolve(import.meta.dirname, '../../.output', dir, path)), path).toEqual({
          width: Number(size),
          height: Number(size),
        });
    }
  });
}

test('firefox-mv2: a light icon for dark toolbars at every size (theme_icons)', () => {
  const themeIcons = read('firefox-mv2').browser_action.theme_icons as {
    size: number;
    light: string;
    dark: string;
  }[];
  expect(themeIcons.map((icon) => String(icon.size))).toEqual(ICON_SIZES);
  for (const { size, light, dark } of themeIcons) {
    expect(light).not.toBe(dark);
    for (const path of [light, dark])
      expect(pngSize(resolve(import.meta.dirname, '../../.output/firefox-mv2', path)), path).toEqual({
        width: size,
        height: size,
      });
  }
});

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
