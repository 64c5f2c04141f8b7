/** Reading settings, shared by the overlay and the reader page, kept in browser.storage.sync. */
import * as v from 'valibot';
import { browser } from 'wxt/browser';

export const FONTS = {
  serif: 'Serif',
  sans: 'Sans-serif',
  mono: 'Monospace',
  dyslexic: 'Dyslexia-friendly',
} as const;
export const THEMES = { light: 'Light', sepia: 'Sepia', dark: 'Dark', system: 'Follow system' } as const;
export const ALIGNMENTS = { start: 'Left', justify: 'Justified' } as const;

const SettingsSchema = v.object({
  font: v.optional(v.picklist(Object.keys(FONTS) as Array<keyof typeof FONTS>), 'serif'),
  fontSize: v.optional(v.pipe(v.number(), v.minValue(12), v.maxValue(32)), 19),
  lineHeight: v.optional(v.pipe(v.number(), v.minValue(1.2), v.maxValue(2.2)), 1.6),
  width: v.optional(v.pipe(v.number(), v.minValue(30), v.maxValue(60)), 38),
  align: v.optional(v.picklist(Object.keys(ALIGNMENTS) as Array<keyof typeof ALIGNMENTS>), 'start'),
  theme: v.optional(v.picklist(Object.keys(THEMES) as Array<keyof typeof THEMES>), 'system'),
});

export type ReadingSettings = v.InferOutput<typeof SettingsSchema>;
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

const FONT_STACKS: Record<ReadingSettings['font'], string> = {
  serif: 'Charter, "Bitstream Charter", "Iowan Old Style", Georgia, Cambria, "Times New Roman", serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  mono: 'ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace',
  // No font is bundled: these are widely installed faces with distinct letter shapes and wide spacing.
  dyslexic: '"OpenDyslexic", "Atkinson Hyperlegible", Verdana, Tahoma, "Comic Sans MS", sans-serif',
};

/** CSS custom properties the reader stylesheet reads. */
export function settingsStyle(settings: ReadingSettings): Record<string, string> {
  return {
    '--lectern-font': FONT_STACKS[settings.font],
    '--lectern-size': `${settings.fontSize}px`,
    '--lectern-line': String(settings.lineHeight),
    '--lectern-width': `${settings.width}em`,
    '--lectern-align': settings.align === 'justify' ? 'justify' : 'start',
    '--lectern-letter-spacing': settings.font === 'dyslexic' ? '0.03em' : 'normal',
  };
}
