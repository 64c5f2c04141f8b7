/** Reading settings, shared by the overlay and the reader page, kept in browser.storage.sync. */
import * as v from 'valibot';
import { browser } from 'wxt/browser';

export const FONTS = {
  serif: 'Serif',
  sans: 'Sans-serif',
  mono: 'Monospace',
  dyslexic: 'Dyslexia-friendly',
} as const;
export const THEMES = { light: 'Light', sepia: 'Sepia', dark: 'Dark', system: 'System' } as const;
// "Start", not "Left": in a right-to-left article the ragged edge is on the left.
export const ALIGNMENTS = { start: 'Ragged edge', justify: 'Justified' } as const;

/** Bounds shared by the schema, the sliders and the keyboard shortcuts. */
export const LIMITS = {
  fontSize: { min: 12, max: 32, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  width: { min: 30, max: 60, step: 2 },
  speechRate: { min: 0.5, max: 2, step: 0.25 },
} as const;

const bounded = (key: keyof typeof LIMITS, fallback: number) =>
  v.optional(v.pipe(v.number(), v.minValue(LIMITS[key].min), v.maxValue(LIMITS[key].max)), fallback);

const SettingsSchema = v.object({
  font: v.optional(v.picklist(Object.keys(FONTS) as Array<keyof typeof FONTS>), 'serif'),
  fontSize: bounded('fontSize', 19),
  lineHeight: bounded('lineHeight', 1.6),
  width: bounded('width', 38),
  align: v.optional(v.picklist(Object.keys(ALIGNMENTS) as Array<keyof typeof ALIGNMENTS>), 'start'),
  theme: v.optional(v.picklist(Object.keys(THEMES) as Array<keyof typeof THEMES>), 'system'),
  speechRate: bounded('speechRate', 1),
});

export type ReadingSettings = v.InferOutput<typeof SettingsSchema>;
export type Theme = ReadingSettings['theme'];
export const DEFAULT_SETTINGS: ReadingSettings = v.parse(SettingsSchema, {});
const KEY = 'readingSettings';

/** Settings as stored, with anything missing or invalid replaced by its default. */
export function normaliseSettings(raw: unknown): ReadingSettings {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_SETTINGS };
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(raw)) {
    const candidate = v.safeParse(SettingsSchema, { ...DEFAULT_SETTINGS, [key]: value });
    if (candidate.success && key in DEFAULT_SETTINGS) result[key] = value;
  }
  return result as ReadingSettings;
}

export async function loadSettings(): Promise<ReadingSettings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return normaliseSettings(stored[KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(settings: ReadingSettings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: settings });
}

export function watchSettings(onChange: (settings: ReadingSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[KEY]) onChange(normaliseSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
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
