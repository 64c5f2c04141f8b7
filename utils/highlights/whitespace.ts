/**
 * Text with every run of white space folded to one space, and the way back to the original
 * offsets: a re-saved article whose paragraphs were re-wrapped still holds the same quotes.
 */
export interface FoldedText {
  text: string;
  /** original offset of each folded character, plus one entry for the end */
  origin: number[];
}

const SPACE = /\s/;

export function foldWhitespace(source: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (SPACE.test(char)) {
      if (inSpace) continue;
      inSpace = true;
      text += ' ';
    } else {
      inSpace = false;
      text += char;
    }
    origin.push(index);
  }
  origin.push(source.length);
  return { text, origin };
}

/** Folds a quote the same way, trimmed: its own edges may have lost or gained a space. */
export function foldQuote(quote: string): string {
  return foldWhitespace(quote).text.trim();
}
