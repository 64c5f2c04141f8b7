import { useId } from 'preact/hooks';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** The value as shown and as read out ("19 px", "1.6"). */
  format: (value: number) => string;
  onChange: (value: number) => void;
}

/** A labelled range input that shows its value; screen readers hear the same text. */
export function SettingsSlider({ label, value, min, max, step, format, onChange }: Props) {
  const id = useId();
  const text = format(value);
  return (
    <div class="lectern-slider">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={text}
        onInput={(event) => onChange(Number(event.currentTarget.value))}
      />
      <output for={id} aria-hidden="true">
        {text}
      </output>
    </div>
  );
}
