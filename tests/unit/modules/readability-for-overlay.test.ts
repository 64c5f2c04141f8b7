/**
 * The overlay's Readability is the real Readability.js patched at build time: what Lectern never
 * runs goes, and the build stops with a message naming what is missing when an update of
 * Readability changes what a step relies on.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { InlineConfig } from 'vite';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import readabilityModule, {
  addReadabilityPatch,
  readabilityForOverlay,
} from '../../../modules/readability-for-overlay';
import {
  patchReadability,
  REMOVED_METHODS,
  withoutMethod,
} from '../../../modules/readability-for-overlay/patch';
import { Readability, REPLACED_STOCK_METHODS } from '../../../utils/extract/readability';
import { overlayBuild, pagesBuild } from './entrypoints';

const stockPath = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
const stock = readFileSync(stockPath, 'utf8');
const fail = (message: string): never => {
  throw new Error(message);
};

/** The Readability class a source defines, loaded as the CommonJS module it is. */
function load(source: string): { prototype: Record<string, unknown> } {
  const module: { exports: unknown } = { exports: {} };
  new Function('module', source)(module);
  return module.exports as { prototype: Record<string, unknown> };
}

describe('readability-for-overlay: the patch', () => {
  const patched = patchReadability(stock, fail);

  it('removes the methods Lectern replaces or never calls', () => {
    const stockClass = load(stock);
    const patchedClass = load(patched);
    for (const name of REMOVED_METHODS) {
      expect(typeof stockClass.prototype[name], name).toBe('function');
      expect(patchedClass.prototype[name], name).toBeUndefined();
    }
  });

  it('keeps the rest of the class, less the list of classes to keep', () => {
    const removed = [...REMOVED_METHODS, 'CLASSES_TO_PRESERVE'];
    const kept = Object.keys(load(stock).prototype).filter((name) => !removed.includes(name));
    expect(Object.keys(load(patched).prototype).sort()).toEqual(kept.sort());
  });

  it('never logs, even when asked to debug', () => {
    const html = `<html><body><article>${'<p>The water authority will replace the pipes. '.repeat(20)}</p></article></body></html>`;
    const logged = (source: string) => {
      const Parser = load(source) as unknown as new (doc: Document, options: object) => { parse(): unknown };
      // The overlay runs the patched class under Lectern's, which brings the methods it replaced.
      for (const name of REPLACED_STOCK_METHODS)
        Parser.prototype[name] ??= (Readability.prototype as unknown as Record<string, unknown>)[name];
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      try {
        new Parser(parseHTML(html).document as unknown as Document, { debug: true }).parse();
        return log.mock.calls.length;
      } finally {
        log.mockRestore();
      }
    };
    expect(logged(stock)).toBeGreaterThan(0);
    expect(logged(patched)).toBe(0);
  });

  it("drops the special cases for Readability's own test DOM (JSDOMParser)", () => {
    expect(stock).toContain('this._docJSDOMParser');
    expect(patched).not.toMatch(/this\._docJSDOMParser|__JSDOMParser__/);
  });

  it('replaces the reasons built only for the debug log with placeholders', () => {
    expect(patched).not.toMatch(/errs\.push\(\s*`/);
    expect(patched).toContain('errs.push(0)');
  });

  it('stops with a message naming what a source without the debug setting lacks', () => {
    const source = stock.replace('this._debug = !!options.debug;', '');
    expect(() => patchReadability(source, fail)).toThrow(
      'Readability.js no longer has "this._debug = !!options.debug;": look again.',
    );
  });

  it('stops with a message naming a method the source no longer defines', () => {
    const source = stock.replace('\n  _cleanClasses(', '\n  _cleanAllClasses(');
    expect(() => patchReadability(source, fail)).toThrow(
      'Readability.js no longer defines _cleanClasses once, as a method: look again.',
    );
  });

  it('refuses to remove a method defined twice', () => {
    const source = 'class R {\n  a() {\n  },\n  a() {\n  },\n}';
    expect(() => withoutMethod(source, 'a', fail)).toThrow('no longer defines a once');
  });
});

describe('readability-for-overlay: the module', () => {
  it('patches Readability.js in the overlay build', () => {
    const config: InlineConfig = { plugins: [] };
    addReadabilityPatch(overlayBuild, config);
    expect(config.plugins).toEqual([readabilityForOverlay]);
  });

  it('leaves the build of the background and extension pages on stock Readability', () => {
    const config: InlineConfig = { plugins: [] };
    addReadabilityPatch(pagesBuild, config);
    expect(config.plugins).toEqual([]);
  });

  it('transforms Readability.js only', () => {
    const transform = readabilityForOverlay.transform;
    const handler = typeof transform === 'function' ? transform : transform?.handler;
    const context = { error: fail };
    expect(Reflect.apply(handler!, context, ['const x = 1;', '/src/other.js'])).toBeNull();
    expect(Reflect.apply(handler!, context, [stock, stockPath])).toBe(patchReadability(stock, fail));
  });

  it('is registered on the hook WXT calls for each build', () => {
    const hooks: Record<string, unknown> = { ...readabilityModule.hooks };
    expect(hooks['vite:build:extendConfig']).toBe(addReadabilityPatch);
  });
});
