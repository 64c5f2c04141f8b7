/**
 * W3C Web Annotation selectors over an article's text (the concatenated text nodes of the
 * rendered body: see dom-text.ts): a TextQuoteSelector and a TextPositionSelector, stored
 * together so a changed text can still be anchored (anchor.ts).
 */

/** How much text either side of a quote is kept to tell its occurrences apart (as Hypothesis). */
const CONTEXT_CHARS = 32;

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPosition {
  start: number;
  end: number;
}

export interface TextSelectors {
  quote: TextQuote;
  position: TextPosition;
}

/** The selectors for text[start, end). */
export function describeRange(text: string, start: number, end: number): TextSelectors {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { start, end },
  };
}
