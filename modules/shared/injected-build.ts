import type { Entrypoint } from 'wxt';

/** The unlisted scripts injected into a tab: the reader, and the save without the reader. */
const INJECTED_SCRIPTS = new Set(['overlay', 'save-page']);

/**
 * Whether a Vite build holds only scripts injected into web pages: the overlay and save-page
 * (unlisted scripts, each built on its own) and content scripts, should one be added. Their size
 * is felt on every open, so the modules beside this one shrink them; extension pages and the
 * background are left as they are.
 */
export function isInjectedBuild(entrypoints: readonly Entrypoint[]): boolean {
  return entrypoints.every(
    (entrypoint) =>
      entrypoint.type === 'content-script' ||
      (entrypoint.type === 'unlisted-script' && INJECTED_SCRIPTS.has(entrypoint.name)),
  );
}
