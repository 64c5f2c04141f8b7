import { HIGHLIGHT_COLORS, type HighlightColor } from '@/utils/highlights/highlight';

interface Props {
  current?: HighlightColor;
  onPick: (color: HighlightColor) => void;
}

/** The four highlight colours, as buttons (pressed: the highlight's colour now). */
export function ColorButtons({ current, onPick }: Props) {
  return (
    <>
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          class={`lectern-hl-swatch lectern-hl-swatch-${color}`}
          aria-label={`Highlight ${color}`}
          aria-pressed={current === undefined ? undefined : current === color}
          onClick={() => onPick(color)}
        />
      ))}
    </>
  );
}
