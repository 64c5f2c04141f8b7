/**
 * Contrast is computed, not guessed: every theme in components/shared/theme.css is read back and each
 * pair of colours the reader shows together is measured against WCAG AA (4.5:1 for text, 3:1
 * for control borders and the focus ring). A palette tweak that fails AA fails here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../../components/shared/theme.css'), 'utf8');

/** The custom properties of the first rule whose selector contains `marker`. */
function palette(marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries(
    Array.from(body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi), (m) => [m[1]!, m[2]!]),
  );
}

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const light = palette('.lectern-swatch {');
const themes = {
  light,
  sepia: { ...light, ...palette("[data-theme='sepia']") },
  dark: { ...light, ...palette("[data-theme='dark']") },
};

/** Foreground on background, and what the pair is. */
const TEXT: Array<[string, string, string]> = [
  ['fg', 'bg', 'body text'],
  ['bg', 'fg', 'primary button, checked setting'],
  ['fg', 'panel', 'panel text, buttons'],
  ['fg', 'code-bg', 'code'],
  ['fg', 'highlight', 'paragraph being read aloud'],
  ['muted', 'bg', 'byline, captions, status'],
  ['muted', 'panel', 'setting labels'],
  ['muted', 'highlight', 'caption being read aloud'],
  ['link', 'bg', 'links'],
  ['link', 'code-bg', 'links in code'],
  ['link', 'highlight', 'links being read aloud'],
  ['accent', 'bg', 'site name'],
];
const NON_TEXT: Array<[string, string, string]> = [
  ['focus', 'bg', 'focus ring'],
  ['focus', 'panel', 'focus ring in panels'],
  ['muted', 'bg', 'control borders'],
  ['muted', 'panel', 'control borders in panels'],
];

describe.each(Object.entries(themes))('the %s theme', (_name, colours) => {
  it.each(TEXT)('%s on %s (%s) meets 4.5:1', (fg, bg) => {
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(NON_TEXT)('%s against %s (%s) meets 3:1', (fg, bg) => {
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(3);
  });
});

it('"System" in a dark OS is exactly the dark theme', () => {
  expect(palette("[data-theme='system']")).toEqual(palette("[data-theme='dark']"));
});
