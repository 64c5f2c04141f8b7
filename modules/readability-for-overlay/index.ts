/** Builds the overlay with Readability's source patched down to what Lectern runs (patch.ts). */
import type { InlineConfig, Plugin } from 'vite';
import type { Entrypoint } from 'wxt';
import { defineWxtModule } from 'wxt/modules';
import { isInjectedBuild } from '../shared/injected-build';
import { patchReadability } from './patch';

export const readabilityForOverlay: Plugin = {
  name: 'lectern:readability-for-overlay',
  enforce: 'pre',
  transform(code, id) {
    if (!id.includes('@mozilla/readability/Readability.js')) return null;
    return patchReadability(code, (message) => this.error(message));
  },
};

export function addReadabilityPatch(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (isInjectedBuild(entrypoints)) config.plugins = [...(config.plugins ?? []), readabilityForOverlay];
}

export default defineWxtModule({
  name: 'lectern:readability-for-overlay',
  hooks: { 'vite:build:extendConfig': addReadabilityPatch },
});
