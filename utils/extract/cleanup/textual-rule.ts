/**
 * A textual promo rule: a phrase that marks a short standalone block as promo chrome. The rule
 * tables (textual-rules.ts, textual-label-rules.ts) and the passes that apply them (textual.ts,
 * inline.ts, positional.ts, structural.ts) all read this shape; it lives apart so the tables never
 * import each other for it.
 */
export interface TextualRule {
  id: string;
  kind: string;
  /** Matched against the block text. */
  pattern: RegExp;
  /** Blocks longer than this are real prose, whatever they say. */
  maxChars: number;
  /** When true the phrase must open the block ("Read more: ..."), else it may be anywhere in it. */
  anchored?: boolean;
  /**
   * Whether the rule also removes an inline element whose whole text it matches (inline.ts):
   * 'apart' only when the element is set apart from any sentence in a short line (a byline row),
   * 'anywhere' even inside a paragraph (an "Advertisement" label is never part of a sentence).
   */
  inline?: 'apart' | 'anywhere';
}
