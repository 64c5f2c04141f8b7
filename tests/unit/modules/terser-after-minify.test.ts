/** Terser's second pass runs on the overlay's build only, and drops Readability's debug log calls. */
import type { InlineConfig, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import terserModule, { addTerser, terserAfterMinify } from '../../../modules/terser-after-minify';
import { overlayBuild, pagesBuild } from './entrypoints';

type Bundle = Record<string, { type: 'chunk'; code: string } | { type: 'asset'; source: string }>;

async function generate(plugin: Plugin, bundle: Bundle): Promise<void> {
  const hook = plugin.generateBundle;
  const handler = typeof hook === 'function' ? hook : hook?.handler;
  // The hook reads only the bundle: the plugin context and output options go unused.
  await Reflect.apply(handler!, {}, [{}, bundle, false]);
}

describe('terser-after-minify module', () => {
  it('adds terser to the overlay build', () => {
    const config: InlineConfig = { plugins: [] };
    addTerser(overlayBuild, config);
    expect(config.plugins).toEqual([terserAfterMinify]);
  });

  it('leaves the build of the background and extension pages alone', () => {
    const config: InlineConfig = { plugins: [] };
    addTerser(pagesBuild, config);
    expect(config.plugins).toEqual([]);
  });

  it("drops Readability's this.log calls from a chunk, with their messages", async () => {
    const code =
      'export class R { run(e) { this.log("Removing node:", e); return e.id; } log() { console.log(...arguments); } }';
    const bundle: Bundle = { 'overlay.js': { type: 'chunk', code } };
    await generate(terserAfterMinify, bundle);
    const chunk = bundle['overlay.js'];
    expect(chunk?.type === 'chunk' && chunk.code).not.toMatch(/this\.log\(|Removing node/);
    expect(chunk?.type === 'chunk' && chunk.code).toMatch(/return \w+\.id/);
  });

  it('leaves assets untouched', async () => {
    const bundle: Bundle = { 'style.css': { type: 'asset', source: 'a {  color : red }' } };
    await generate(terserAfterMinify, bundle);
    expect(bundle['style.css']).toEqual({ type: 'asset', source: 'a {  color : red }' });
  });

  it('is registered on the hook WXT calls for each build', () => {
    const hooks: Record<string, unknown> = { ...terserModule.hooks };
    expect(hooks['vite:build:extendConfig']).toBe(addTerser);
  });
});
