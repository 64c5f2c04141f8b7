interface Props {
  /** 0..1 */
  value: number;
  /** Fills from the right in a right-to-left article. */
  dir: 'ltr' | 'rtl' | 'auto';
}

/**
 * A thin bar under the toolbar. Decorative (hidden from screen readers): they announce position
 * themselves, and a progressbar updating on every scroll would be noise.
 */
export function ReadingProgress({ value, dir }: Props) {
  return (
    <div
      class="lectern-progress"
      data-dir={dir}
      style={{ transform: `scaleX(${Math.min(1, Math.max(0, value))})` }}
      aria-hidden="true"
    />
  );
}
