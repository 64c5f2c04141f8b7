/**
 * Draws highlights with the CSS Custom Highlight API: ranges registered by name, styled by
 * `::highlight(name)` rules (highlights.css, which sits in the overlay's shadow root too). The
 * article's DOM is never touched, so the sanitised nodes stay exactly what the sanitiser made.
 */
import { HIGHLIGHT_COLORS, type Highlight } from '@/utils/highlights/highlight';

const NOTED = 'lectern-hl-noted';
const paintName = (color: string) => `lectern-hl-${color}`;

interface Registry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function registryOf(view: Window | null): { registry: Registry; Paint: HighlightConstructor } | null {
  const css = (view as unknown as { CSS?: { highlights?: Registry } } | null)?.CSS;
  const Paint = (view as unknown as { Highlight?: HighlightConstructor } | null)?.Highlight;
  return css?.highlights && Paint ? { registry: css.highlights, Paint } : null;
}

/** False where the browser has no CSS Custom Highlight API: the highlights are then only listed. */
export function canPaint(view: Window | null): boolean {
  return registryOf(view) !== null;
}

/** Replaces what is drawn with these highlights' ranges, grouped by colour (noted ones underlined). */
export function paint(
  view: Window | null,
  placed: ReadonlyArray<{ highlight: Highlight; range: Range }>,
): void {
  const found = registryOf(view);
  if (!found) return;
  const { registry, Paint } = found;
  for (const color of HIGHLIGHT_COLORS) {
    const ranges = placed.filter((item) => item.highlight.color === color).map((item) => item.range);
    registry.set(paintName(color), new Paint(...ranges));
  }
  registry.set(NOTED, new Paint(...placed.filter((item) => item.highlight.note).map((item) => item.range)));
}

export function unpaint(view: Window | null): void {
  const found = registryOf(view);
  if (!found) return;
  for (const name of [...HIGHLIGHT_COLORS.map(paintName), NOTED]) found.registry.delete(name);
}
