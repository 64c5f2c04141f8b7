/** A highlight or note as stored (the `highlights` store, since schema v5) and as sent. */
import * as v from 'valibot';
import type { TextSelectors } from './selectors';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export interface Highlight {
  id: string;
  articleId: string;
  /** Where it is in the article's text; null for a note on the whole article. */
  target: TextSelectors | null;
  color: HighlightColor;
  note: string;
  /** Labels an import brought (Omnivore's #labels); kept and exported. */
  labels: string[];
  /** ms since epoch */
  createdAt: number;
  updatedAt: number;
}

const MAX_QUOTE = 100_000;
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const SelectorsSchema = v.pipe(
  v.object({
    quote: v.object({ exact: v.pipe(text(MAX_QUOTE), v.minLength(1)), prefix: text(200), suffix: text(200) }),
    position: v.object({ start: offset, end: offset }),
  }),
  v.check(({ position }) => position.end > position.start, 'A highlight covers some text.'),
);

/** A highlight as a content script or a backup hands it over; its article is set by the receiver. */
export const HighlightSchema = v.object({
  id: v.pipe(text(100), v.minLength(1)),
  target: v.nullable(SelectorsSchema),
  color: v.picklist(HIGHLIGHT_COLORS),
  note: text(50_000),
  labels: v.pipe(v.array(text(100)), v.maxLength(100)),
  createdAt: offset,
  updatedAt: offset,
});

export function newHighlightId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}
