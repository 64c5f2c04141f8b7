import {
  ALIGNMENTS,
  DEFAULT_SETTINGS,
  FONT_STACKS,
  FONTS,
  LIMITS,
  THEMES,
  type ReadingSettings,
  type Theme,
} from '@/utils/settings';
import { SettingsChoice } from './SettingsChoice';
import { SettingsSlider } from './SettingsSlider';

interface Props {
  settings: ReadingSettings;
  onChange: (settings: ReadingSettings) => void;
}

/** A small "Aa" in the theme's own colours; "System" shows both halves. */
function themeFace(theme: Theme, label: string) {
  return (
    <>
      <span class="lectern-swatch" data-theme={theme} aria-hidden="true">
        {theme === 'system' ? (
          <>
            <span class="lectern-swatch" data-theme="light">
              A
            </span>
            <span class="lectern-swatch" data-theme="dark">
              a
            </span>
          </>
        ) : (
          'Aa'
        )}
      </span>
      <span>{label}</span>
    </>
  );
}

const fontFace = (font: ReadingSettings['font'], label: string) => (
  <span style={{ fontFamily: FONT_STACKS[font] }}>{label}</span>
);

/** Theme, font, size, line height, width and alignment, applied live everywhere. */
export function SettingsPanel({ settings, onChange }: Props) {
  const set = <K extends keyof ReadingSettings>(key: K, value: ReadingSettings[K]) =>
    onChange({ ...settings, [key]: value });
  return (
    <section class="lectern-panel lectern-settings" aria-labelledby="lectern-settings-title">
      <h2 id="lectern-settings-title">Reading settings</h2>
      <SettingsChoice
        legend="Theme"
        name="lectern-theme"
        options={THEMES}
        value={settings.theme}
        onChange={(value) => set('theme', value)}
        face={themeFace}
      />
      <SettingsChoice
        legend="Font"
        name="lectern-font"
        options={FONTS}
        value={settings.font}
        onChange={(value) => set('font', value)}
        face={fontFace}
      />
      <SettingsSlider
        label="Text size"
        {...LIMITS.fontSize}
        value={settings.fontSize}
        format={(value) => `${value} px`}
        onChange={(value) => set('fontSize', value)}
      />
      <SettingsSlider
        label="Line spacing"
        {...LIMITS.lineHeight}
        value={settings.lineHeight}
        format={(value) => value.toFixed(1)}
        onChange={(value) => set('lineHeight', Math.round(value * 10) / 10)}
      />
      <SettingsSlider
        label="Column width"
        {...LIMITS.width}
        value={settings.width}
        format={(value) => `${value} em`}
        onChange={(value) => set('width', value)}
      />
      <SettingsChoice
        legend="Alignment"
        name="lectern-align"
        options={ALIGNMENTS}
        value={settings.align}
        onChange={(value) => set('align', value)}
      />
      <p class="lectern-settings-footer">
        <button
          type="button"
          class="lectern-button"
          onClick={() => onChange({ ...DEFAULT_SETTINGS, speechRate: settings.speechRate })}
        >
          Reset to defaults
        </button>
      </p>
    </section>
  );
}
