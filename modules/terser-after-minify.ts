/**
 * Terser runs over each chunk of the overlay's build, after Vite's own minifier (oxc): it packs
 * the injected script smaller still, and drops Readability's debug log calls, which Lectern never
 * turns on and which built their message for every element of the page only to drop it.
 */
import { minify } from 'terser';
import type { InlineConfig, Plugin } from 'vite';
import type { Entrypoint } from 'wxt';
import { defineWxtModule } from 'wxt/modules';
import { isInjectedBuild } from './shared/injected-build';

export const terserAfterMinify: Plugin = {
  name: 'lectern:terser-after-minify',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      // expression: keep the script's completion value, which is executeScript's result (save-page).
      const result = await minify(chunk.code, {
        compress: { passes: 2, pure_funcs: ['this.log'], expression: true },
      });
      if (result.code) chunk.code = result.code;
    }
  },
};

export function addTerser(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (isInjectedBuild(entrypoints)) config.plugins = [...(config.plugins ?? []), terserAfterMinify];
}

export default defineWxtModule({
  name: 'lectern:terser-after-minify',
  hooks: { 'vite:build:extendConfig': addTerser },
});
