import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { minify } from 'terser';
import type { PluginOption } from 'vite';
import { REPLACED_STOCK_METHODS } from './utils/extract/readability';

// LECTERN_E2E=1 builds the test variant: the same extension plus a host permission for the
// local test server, so e2e tests can open the reader without a real toolbar click.
const e2e = process.env.LECTERN_E2E === '1';

/**
 * Extension pages show text taken from hostile pages: only our own scripts run, nothing is
 * framed or posted elsewhere. Article images may load from the web (https/http);
 * saved copies use blob: URLs for offline images.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https: http:",
  "media-src 'none'",
  "frame-src 'none'",
  // The import queue fetches the pages of imported links (with the optional host permission the
  // user grants): the service worker is under this policy too. img-src already allows the web.
  "connect-src 'self' https: http:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The oldest browsers Lectern is built for: Chrome 146 and Firefox 148, the first with the HTML
 * Sanitizer API (`Element.setHTML`), which sanitises every page-derived HTML in the extension
 * (utils/sanitize/native.ts). Firefox ESR 153 has it; ESR 140 does not.
 */
const MINIMUM_CHROME = '146';
const MINIMUM_FIREFOX = '148.0';
const BROWSER_TARGETS = [`chrome${MINIMUM_CHROME}`, `firefox${MINIMUM_FIREFOX.split('.')[0]}`];

/** Runs terser over each finished chunk, after Vite's own minification (see the overlay's build). */
const terserAfterMinify: PluginOption = {
  name: 'lectern:terser-after-minify',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      // Readability's debug log calls go: Lectern never turns its debug mode on, and each call
      // built its message (for every element of the page) only to drop it (0.4 KB gzipped).
      const result = await minify(chunk.code, { compress: { passes: 2, pure_funcs: ['this.log'] } });
      if (result.code) chunk.code = result.code;
    }
  },
};

/**
 * Readability's source without the method `name` of its prototype's object literal; `fail`
 * (the plugin's this.error) stops the build when the source no longer has it.
 */
function withoutMethod(source: string, name: string, fail: (message: string) => never): string {
  // From the method's name to the closing brace at its indent.
  const start = source.indexOf(`\n  ${name}(`);
  const end = source.indexOf('\n  },', start);
  if (start < 0 || end < 0 || source.indexOf(`\n  ${name}(`, start + 1) >= 0)
    fail(`Readability.js no longer defines ${name} once, as a method: look again.`);
  return source.slice(0, start) + source.slice(end + '\n  },'.length);
}

/**
 * Readability as the overlay runs it, without what it never runs. Its build fails with a message
 * if Readability's source no longer has what each step relies on.
 * - Debug mode is never on: `_debug` reads as false, so the minifier drops the debug logger and the
 *   debug-only serialisations of the article (0.2 KB gzipped).
 * - A page is never Readability's own test DOM (JSDOMParser): its special cases read as false.
 * - The reasons a block failed the conditional cleaning were strings made only for that log:
 *   each is a placeholder now (only their count is read).
 * - The stock methods Lectern's Readability replaces (utils/extract/readability.ts) are never
 *   called: they go (0.3 KB gzipped).
 * - extract() always has it keep the page's classes (the sanitiser drops all but code languages):
 *   the option and the pass that removes classes go.
 */
const readabilityForOverlay: PluginOption = {
  name: 'lectern:readability-for-overlay',
  enforce: 'pre',
  transform(code, id) {
    if (!id.includes('@mozilla/readability/Readability.js')) return null;
    const setting = 'this._debug = !!options.debug;';
    if (!code.includes(setting)) this.error(`Readability.js no longer has "${setting}": look again.`);
    let source = code.replace(setting, '').replaceAll('this._debug', 'false');
    const jsdomParser = 'this._docJSDOMParser = this._doc.firstChild.__JSDOMParser__;';
    if (!source.includes(jsdomParser))
      this.error(`Readability.js no longer has "${jsdomParser}": look again.`);
    source = source.replace(jsdomParser, '').replaceAll('this._docJSDOMParser', 'false');
    const reasons = /errs\.push\(\s*`[^`]*`\s*\)/g;
    if (!reasons.test(source)) this.error('Readability.js no longer builds its "errs" reasons: look again.');
    source = source.replace(reasons, 'errs.push(0)');
    for (const name of REPLACED_STOCK_METHODS)
      source = withoutMethod(source, name, (message) => this.error(message));
    // Classes: extract() has Readability keep them (the sanitiser keeps only code languages).
    const classSettings = [
      'this._keepClasses = !!options.keepClasses;',
      'this._classesToPreserve = this.CLASSES_TO_PRESERVE.concat(\n    options.classesToPreserve || []\n  );',
      'CLASSES_TO_PRESERVE: ["page"],',
    ];
    const cleaning = /\n\s*if \(!this\._keepClasses\) \{[^}]*\}\n/;
    if (!classSettings.every((setting) => source.includes(setting)) || !cleaning.test(source))
      this.error('Readability.js no longer cleans classes as it did: look again.');
    for (const setting of classSettings) source = source.replace(setting, '');
    source = withoutMethod(source.replace(cleaning, '\n'), '_cleanClasses', (message) => this.error(message));
    return source;
  },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every module imports what it uses. WXT's auto-imports guess from identifiers, and guessed
  // wrong: a parameter or destructured name such as `text`, `count` or `storage` got an import
  // of the utils export of that name injected, which pulled valibot into the content script.
  imports: false,
  // The test build gets its own folder so it never ships by mistake or overwrites the real one.
  outDir: e2e ? '.output/e2e' : '.output',
  vite: () => ({
    plugins: [preact()],
    // The browsers Lectern supports (manifest minimum versions below): code and CSS are built for
    // them as they are, without fallbacks for older ones (light-dark colour-scheme shims...).
    build: { target: BROWSER_TARGETS, cssTarget: BROWSER_TARGETS },
    define: { 'import.meta.env.LECTERN_E2E': JSON.stringify(e2e ? '1' : '0') },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Lectern',
    description: 'A quiet reader view for news pages, and an offline library of the articles you save.',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      'unlimitedStorage',
      // Chrome's service worker has no DOMParser: imported pages are read in an offscreen document.
      ...(manifestVersion === 3 ? ['offscreen'] : []),
    ],
    ...(e2e
      ? manifestVersion === 3
        ? { host_permissions: ['http://127.0.0.1/*', 'http://hostile.test/*'] }
        : {}
      : {}),
    optional_permissions: manifestVersion === 2 ? ['<all_urls>'] : undefined,
    optional_host_permissions: manifestVersion === 3 ? ['<all_urls>'] : undefined,
    action: { default_title: 'Read in Lectern (Alt+Shift+R)' },
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: MINIMUM_CHROME }),
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    commands: {
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open the current page in Lectern',
      },
      'open-library': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open the Lectern library',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Lectern sends nothing anywhere: the library lives in the browser.
            gecko: {
              id: 'lectern@lectern.app',
              strict_min_version: MINIMUM_FIREFOX,
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // The overlay is injected into pages and its size is felt on every open: it talks to the
      // extension through runtime.sendMessage and storage only, which return promises natively in
      // Chrome MV3 and Firefox. Its build uses the bare `browser` (chrome in Chrome) instead of the
      // polyfill (~10 KB) that the background and extension pages keep.
      // (entrypoints/overlay, an unlisted script built on its own; content scripts, should one be
      // added, get the same treatment.)
      const injected = (entrypoint: (typeof entrypoints)[number]) =>
        entrypoint.type === 'content-script' ||
        (entrypoint.type === 'unlisted-script' && entrypoint.name === 'overlay');
      if (!entrypoints.every(injected)) return;
      config.resolve ??= {};
      const alias = config.resolve.alias ?? [];
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve.alias = [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...entries];
      // After Vite's own minifier (oxc), terser packs the overlay another 1.5% smaller gzipped
      // (about 0.9 KB of the content script's 60 KB budget).
      config.plugins = [...(config.plugins ?? []), readabilityForOverlay, terserAfterMinify];
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // The toolbar button opens the reader (action.onClicked), so the library page must not be
      // the action's popup: it opens from the overlay, the button's context menu and Alt+Shift+L.
      for (const action of [manifest.action, manifest.browser_action]) {
        if (!action) continue;
        delete action.default_popup;
        action.default_title = 'Read in Lectern (Alt+Shift+R)';
      }
      delete manifest.content_scripts;
      // Firefox MV2 has no host_permissions key: host access lives in `permissions`.
      if (e2e && wxt.config.manifestVersion === 2)
        manifest.permissions = [...(manifest.permissions ?? []), 'http://127.0.0.1/*'];
    },
  },
});
