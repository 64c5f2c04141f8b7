/** Reading settings, shared by the overlay and the reader page, kept in browser.storage.sync. */
import { storage } from 'wxt/utils/storage';

export const FONTS = {
  serif: 'Serif',
  sans: 'Sans-serif',
  mono: 'Monospace',
  dyslexic: 'Dyslexia-friendly',
} as const;
export const THEMES = { light: 'Light', sepia: 'Sepia', dark: 'Dark', system: 'System' } as const;
// "Start", not "Left": in a right-to-left article the ragged edge is on the left.
export const ALIGNMENTS = { start: 'Ragged edge', justify: 'Justified' } as const;

/** Bounds shared by the stored-settings checks, the sliders and the keyboard shortcuts. */
export const LIMITS = {
  fontSize: { min: 12, max: 32, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  width: { min: 30, max: 60, step: 2 },
  speechRate: { min: 0.5, max: 2, step: 0.25 },
} as const;

export type ReadingSettings = {
  font: keyof typeof FONTS;
  fontSize: number;
  lineHeight: number;
  width: number;
  align: keyof typeof ALIGNMENTS;
  theme: keyof typeof THEMES;
  speechRate: number;
};
export type Theme = ReadingSettings['theme'];
export const DEFAULT_SETTINGS: ReadingSettings = {
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  width: 38,
  align: 'start',
  theme: 'system',
  speechRate: 1,
};

// Hand-written rather than a schema library: the overlay imports this module, and every byte of
// the content script is loaded into the page on each open.
const bounded = (key: keyof typeof LIMITS) => (value: unknown) =>
  typeof value === 'number' && value >= LIMITS[key].min && value <= LIMITS[key].max;
const oneOf = (choices: object) => (value: unknown) =>
  typeof value === 'string' && Object.hasOwn(choices, value);

/** Whether a stored value is valid for its setting (NaN and non-numbers fail the bounds). */
const VALID: { [K in keyof ReadingSettings]: (value: unknown) => boolean } = {
  font: oneOf(FONTS),
  fontSize: bounded('fontSize'),
  lineHeight: bounded('lineHeight'),
  width: bounded('width'),
  align: oneOf(ALIGNMENTS),
  theme: oneOf(THEMES),
  speechRate: bounded('speechRate'),
};

/** Settings as stored, with anything missing or invalid replaced by its default. */
export function normaliseSettings(raw: unknown): ReadingSettings {
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (typeof raw !== 'object' || raw === null) return result as ReadingSettings;
  // Only the stored object's own, known keys: nothing from its prototype, nothing extra.
  for (const key of Object.keys(VALID) as Array<keyof ReadingSettings>) {
    if (!Object.hasOwn(raw, key)) continue;
    const value: unknown = (raw as Record<string, unknown>)[key];
    if (VALID[key](value)) result[key] = value;
  }
  return result as ReadingSettings;
}

/**
 * The stored settings, under the key every version has used. Version 1: the shape has only
 * gained fields so far, which normaliseSettings fills from the defaults. A change of shape
 * (a renamed or re-scaled field) is version 2, with a migration.
 */
const readingSettingsItem = storage.defineItem<ReadingSettings>('sync:readingSettings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<ReadingSettings> {
  try {
    // Normalised whatever is stored: another version or a hand-edited sync may have written it.
    return normaliseSettings(await readingSettingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(settings: ReadingSettings): Promise<void> {
  await readingSettingsItem.setValue(settings);
}

export function watchSettings(onChange: (settings: ReadingSettings) => void): () => void {
  return readingSettingsItem.watch((value) => onChange(normaliseSettings(value)));
}

const THEME_ORDER: Theme[] = ['light', 'sepia', 'dark', 'system'];

export function nextTheme(theme: Theme): Theme {
  return THEME_ORDER[(THEME_ORDER.indexOf(theme) + 1) % THEME_ORDER.length] ?? 'light';
}

/** The text size one step up (+1) or down (-1), kept within bounds. */
export function stepFontSize(settings: ReadingSettings, direction: 1 | -1): ReadingSettings {
  const { min, max, step } = LIMITS.fontSize;
  return { ...settings, fontSize: Math.min(max, Math.max(min, settings.fontSize + direction * step)) };
}

export const FONT_STACKS: Record<ReadingSettings['font'], string> = {
  serif: 'Charter, "Bitstream Charter", "Iowan Old Style", Georgia, Cambria, "DejaVu Serif", serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  mono: 'ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace',
  // No font is bundled: these are widely installed faces with distinct letter shapes (b/d, I/l/1).
  // The British Dyslexia Association's style guide also asks for wider letter and word spacing.
  dyslexic:
    '"OpenDyslexic", "Atkinson Hyperlegible", "Lexend", Verdana, Tahoma, "Comic Sans MS", "DejaVu Sans", sans-serif',
};

/** CSS custom properties the reader stylesheet reads. */
export function settingsStyle(settings: ReadingSettings): Record<string, string> {
  const dyslexic = settings.font === 'dyslexic';
  return {
    '--lectern-font': FONT_STACKS[settings.font],
    '--lectern-size': `${settings.fontSize}px`,
    '--lectern-line': String(settings.lineHeight),
    '--lectern-width': `${settings.width}em`,
    '--lectern-align': settings.align === 'justify' ? 'justify' : 'start',
    '--lectern-letter-spacing': dyslexic ? '0.05em' : 'normal',
    '--lectern-word-spacing': dyslexic ? '0.16em' : 'normal',
  };
}
