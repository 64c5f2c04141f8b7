import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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

// The overlay's build steps (Readability's patch, a second minifier, the bare `browser`) are WXT
// local modules in modules/, loaded from there by WXT.
/** Lectern's mark (public/icon/, rendered by scripts/make-icons.ts). */
const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const ICONS = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`])) as Record<
  (typeof ICON_SIZES)[number],
  string
>;

/** Pages built only into the test and benchmark build (LECTERN_E2E=1). */
const TEST_ONLY_ENTRYPOINTS = new Set(['bench-floor']);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (e2e) return;
      for (let index = entrypoints.length - 1; index >= 0; index--)
        if (TEST_ONLY_ENTRYPOINTS.has(entrypoints[index]!.name)) entrypoints.splice(index, 1);
    },
  },
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
    // WXT moves host_permissions into `permissions` for Firefox's MV2.
    host_permissions: e2e ? ['http://127.0.0.1/*', 'http://hostile.test/*'] : undefined,
    optional_permissions: manifestVersion === 2 ? ['<all_urls>'] : undefined,
    optional_host_permissions: manifestVersion === 3 ? ['<all_urls>'] : undefined,
    // MV2 names the button browser_action: declared under that name, because WXT, adding the
    // popup's default_popup, makes a browser_action of its own that would hide a converted one.
    [manifestVersion === 2 ? 'browser_action' : 'action']: {
      // The popup (entrypoints/popup) is the button's page: WXT adds default_popup.
      default_title: 'Lectern',
      default_icon: ICONS,
      // Firefox: the light tile on dark toolbars (public/icon/light-*.png).
      ...(browser === 'firefox'
        ? {
            theme_icons: ICON_SIZES.map((size) => ({
              size,
              dark: ICONS[size],
              light: `icon/light-${size}.png`,
            })),
          }
        : {}),
    },
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: MINIMUM_CHROME }),
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    commands: {
      'open-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open the current page in Lectern',
      },
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the current page to Lectern without opening the reader',
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
});
