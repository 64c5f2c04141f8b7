/**
 * No HTML string is ever assigned to `innerHTML` in the extension: the lint config bans it in our
 * code, and this build step takes out the assignments two libraries ship, so the packages hold
 * none (`web-ext lint` reported each as UNSAFE_VAR_ASSIGNMENT, and a store reviewer would ask).
 * - Preact sets `innerHTML` only for `dangerouslySetInnerHTML`, which Lectern never uses (ESLint
 *   refuses it): setting it now throws, and clearing the old value empties the element with
 *   `textContent`, which removes the same children.
 * - Readability sets it to restore the page before a retry and to unwrap a noscript's picture:
 *   both call Lectern's `_replaceMarkup` instead (utils/extract/readability.ts), which parses the
 *   same markup with a DOMParser, in a document of its own, and moves the nodes in.
 * Each rewrite fails the build, naming what it looked for, when a library update changes it.
 */
import type { InlineConfig, Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

export type Fail = (message: string) => never;

interface Rewrite {
  find: RegExp;
  replace: string;
}

const PREACT: Rewrite[] = [
  {
    find: /\((\w+)\.innerHTML=(\w+)\.__html\)/g,
    replace:
      '($1.textContent="",(()=>{throw new Error("Lectern renders no HTML strings: dangerouslySetInnerHTML is not supported")})())',
  },
  { find: /\((\w+)\.innerHTML=""\)/g, replace: '($1.textContent="")' },
];

const READABILITY: Rewrite[] = [
  { find: /\bpage\.innerHTML = pageCacheHtml;/g, replace: 'this._replaceMarkup(page, pageCacheHtml);' },
  {
    find: /\btmp\.innerHTML = noscript\.innerHTML;/g,
    replace: 'this._replaceMarkup(tmp, noscript.innerHTML);',
  },
];

/** Applies each rewrite, which must match exactly once. */
export function rewrite(code: string, rewrites: readonly Rewrite[], what: string, fail: Fail): string {
  return rewrites.reduce((source, { find, replace }) => {
    const found = source.match(find)?.length ?? 0;
    if (found !== 1) fail(`${what} no longer has one ${find} (found ${found}): look again.`);
    return source.replace(find, replace);
  }, code);
}

export function withoutInnerHtml(code: string, id: string, fail: Fail): string | null {
  if (/[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/.test(id))
    return rewrite(code, PREACT, 'Preact', fail);
  if (id.includes('@mozilla/readability/Readability.js'))
    return rewrite(code, READABILITY, 'Readability.js', fail);
  return null;
}

export const noInnerHtml: Plugin = {
  name: 'lectern:no-inner-html',
  enforce: 'pre',
  transform(code, id) {
    return withoutInnerHtml(code, id.split('?')[0]!, (message) => this.error(message));
  },
};

export function addNoInnerHtml(config: InlineConfig): void {
  config.plugins = [...(config.plugins ?? []), noInnerHtml];
}

export default defineWxtModule({
  name: 'lectern:no-inner-html',
  hooks: { 'vite:build:extendConfig': (_entrypoints, config) => addNoInnerHtml(config) },
});
