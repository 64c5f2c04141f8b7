/** The overlay's build resolves `wxt/browser` to the bare API; every other build keeps the polyfill. */
import type { InlineConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import browserAlias, { aliasBareBrowser, BROWSER_ALIAS } from '../../../modules/overlay-browser-alias';
import { overlayBuild, pagesBuild } from './entrypoints';

describe('overlay-browser-alias module', () => {
  it('puts the bare-browser alias first in the overlay build, before the aliases already set', () => {
    const config: InlineConfig = { resolve: { alias: { '@': '/src' } } };
    aliasBareBrowser(overlayBuild, config);
    expect(config.resolve?.alias).toEqual([BROWSER_ALIAS, { find: '@', replacement: '/src' }]);
  });

  it('leaves the build of the background and extension pages on the polyfill', () => {
    const config: InlineConfig = { resolve: { alias: { '@': '/src' } } };
    aliasBareBrowser(pagesBuild, config);
    expect(config.resolve?.alias).toEqual({ '@': '/src' });
  });

  it('aliases only the `wxt/browser` import', () => {
    expect(BROWSER_ALIAS.find.test('wxt/browser')).toBe(true);
    expect(BROWSER_ALIAS.find.test('wxt/browser/utils')).toBe(false);
  });

  it('is registered on the hook WXT calls for each build', () => {
    const hooks: Record<string, unknown> = { ...browserAlias.hooks };
    expect(hooks['vite:build:extendConfig']).toBe(aliasBareBrowser);
  });
});
