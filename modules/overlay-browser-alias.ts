/**
 * The overlay uses the bare `browser` (`chrome` in Chrome) instead of webextension-polyfill.
 *
 * It talks to the extension through runtime.sendMessage and storage only, which return promises
 * natively in Chrome MV3 and Firefox, so the polyfill would only add weight to a script injected
 * on every open. The background and extension pages keep the polyfill.
 */
import type { InlineConfig } from 'vite';
import type { Entrypoint } from 'wxt';
import { defineWxtModule } from 'wxt/modules';
import { isInjectedBuild } from './shared/injected-build';

export const BROWSER_ALIAS = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };

/** An injected build resolves `wxt/browser` to the bare browser API, ahead of its other aliases. */
export function aliasBareBrowser(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (!isInjectedBuild(entrypoints)) return;
  config.resolve ??= {};
  const alias = config.resolve.alias ?? [];
  const entries = Array.isArray(alias)
    ? alias
    : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
  config.resolve.alias = [BROWSER_ALIAS, ...entries];
}

export default defineWxtModule({
  name: 'lectern:overlay-browser-alias',
  hooks: { 'vite:build:extendConfig': aliasBareBrowser },
});
