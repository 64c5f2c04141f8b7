/**
 * The packages assign no HTML string to innerHTML (web-ext lint's UNSAFE_VAR_ASSIGNMENT): the
 * build rewrites the only assignments Preact and Readability ship, and stops, naming what it
 * looked for, when an update of either changes them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutInnerHtml } from '../../../modules/no-inner-html';

const require = createRequire(import.meta.url);
/** A package's file by its path (Preact's exports map hides dist/, which Vite still resolves). */
const source = (path: string) => {
  const [scope, name, ...rest] = path.startsWith('@') ? path.split('/') : ['', ...path.split('/')];
  const pkg = scope ? `${scope}/${name}` : name!;
  const file = join(dirname(require.resolve(`${pkg}/package.json`)), ...rest);
  return { file, code: readFileSync(file, 'utf8') };
};
const fail = (message: string): never => {
  throw new Error(message);
};
/** An assignment to innerHTML (not a read, not a comparison). */
const ASSIGNS_INNER_HTML = /\.innerHTML\s*=(?!=)/;

describe('no innerHTML assignment in the build', () => {
  it.each(['preact/dist/preact.module.js', 'preact/dist/preact.mjs', '@mozilla/readability/Readability.js'])(
    '%s has none once rewritten (it had some before)',
    (path) => {
      const { file, code } = source(path);
      expect(code).toMatch(ASSIGNS_INNER_HTML);
      const rewritten = withoutInnerHtml(code, file, fail);
      expect(rewritten).not.toBeNull();
      expect(rewritten).not.toMatch(ASSIGNS_INNER_HTML);
    },
  );

  it('sends Readability through Lectern’s _replaceMarkup at both places', () => {
    const { file, code } = source('@mozilla/readability/Readability.js');
    const rewritten = withoutInnerHtml(code, file, fail)!;
    expect(rewritten.match(/this\._replaceMarkup\(/g)).toHaveLength(2);
  });

  it('stops the build when a library no longer has what it rewrites', () => {
    const { file } = source('preact/dist/preact.module.js');
    expect(() => withoutInnerHtml('export const x = 1;', file, fail)).toThrow(/Preact no longer has one/);
  });

  it('leaves every other module alone', () => {
    expect(withoutInnerHtml('el.innerHTML = x;', '/src/utils/other.ts', fail)).toBeNull();
  });
});
