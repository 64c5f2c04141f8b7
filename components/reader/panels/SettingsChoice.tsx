import type { ComponentChildren } from 'preact';

interface Props<T extends string> {
  legend: string;
  /** Radio group name: unique within the document (or shadow root) the panel renders in. */
  name: string;
  options: Readonly<Record<T, string>>;
  value: T;
  onChange: (value: T) => void;
  /** What each option looks like beside its label (a theme swatch, the font itself). */
  face?: (value: T, label: string) => ComponentChildren;
}

/**
 * One setting as a row of radio buttons: the browser gives us arrow-key navigation, one tab
 * stop per group and the group's name for screen readers, which a row of toggle buttons lacks.
 */
export function SettingsChoice<T extends string>({ legend, name, options, value, onChange, face }: Props<T>) {
  return (
    <fieldset class="lectern-choices">
      <legend>{legend}</legend>
      <div class="lectern-choice-row">
        {(Object.entries(options) as Array<[T, string]>).map(([option, label]) => (
          <label class="lectern-choice" key={option} data-value={option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={option === value}
              onChange={() => onChange(option)}
            />
            <span class="lectern-choice-face">{face ? face(option, label) : label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
