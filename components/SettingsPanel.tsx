import { ALIGNMENTS, FONTS, THEMES, type ReadingSettings } from '@/utils/settings';

interface Props {
  settings: ReadingSettings;
  onChange: (settings: ReadingSettings) => void;
}

/** Font, size, line height, width, alignment and theme, applied live. */
export function SettingsPanel({ settings, onChange }: Props) {
  const set = <K extends keyof ReadingSettings>(key: K, value: ReadingSettings[K]) =>
    onChange({ ...settings, [key]: value });
  return (
    <section class="lectern-panel lectern-settings" aria-label="Reading settings">
      <h2>Reading settings</h2>
      <label>
        <span>Font</span>
        <select
          value={settings.font}
          onChange={(event) => set('font', event.currentTarget.value as ReadingSettings['font'])}
        >
          {Object.entries(FONTS).map(([value, label]) => (
            <option value={value}>{label}</option>
          ))}
        </select>
      </label>
      <label>
        <span>Text size</span>
        <input
          type="range"
          min={12}
          max={32}
          step={1}
          value={settings.fontSize}
          onInput={(event) => set('fontSize', Number(event.currentTarget.value))}
        />
      </label>
      <label>
        <span>Line spacing</span>
        <input
          type="range"
          min={1.2}
          max={2.2}
          step={0.1}
          value={settings.lineHeight}
          onInput={(event) => set('lineHeight', Number(event.currentTarget.value))}
        />
      </label>
      <label>
        <span>Column width</span>
        <input
          type="range"
          min={30}
          max={60}
          step={2}
          value={settings.width}
          onInput={(event) => set('width', Number(event.currentTarget.value))}
        />
      </label>
      <label>
        <span>Alignment</span>
        <select
          value={settings.align}
          onChange={(event) => set('align', event.currentTarget.value as ReadingSettings['align'])}
        >
          {Object.entries(ALIGNMENTS).map(([value, label]) => (
            <option value={value}>{label}</option>
          ))}
        </select>
      </label>
      <label>
        <span>Theme</span>
        <select
          value={settings.theme}
          onChange={(event) => set('theme', event.currentTarget.value as ReadingSettings['theme'])}
        >
          {Object.entries(THEMES).map(([value, label]) => (
            <option value={value}>{label}</option>
          ))}
        </select>
      </label>
    </section>
  );
}
