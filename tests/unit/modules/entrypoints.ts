import type { Entrypoint } from 'wxt';

/** The entrypoint groups WXT builds Lectern in: the injected overlay on its own, the rest together. */
export const overlayBuild: Entrypoint[] = [
  {
    type: 'unlisted-script',
    name: 'overlay',
    inputPath: '/x/overlay/index.ts',
    outputDir: '/out',
    options: {},
  },
];
export const pagesBuild: Entrypoint[] = [
  { type: 'background', name: 'background', inputPath: '/x/background.ts', outputDir: '/out', options: {} },
  { type: 'options', name: 'options', inputPath: '/x/options/index.html', outputDir: '/out', options: {} },
];
