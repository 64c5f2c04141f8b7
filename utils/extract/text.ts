/** Plain text of an article with a newline between blocks, as readers and the scorer expect. */
import { BLOCK_TAGS, WHITESPACE_RUN } from './dom';

const LINE_BREAKING = new Set([...BLOCK_TAGS, 'BR', 'IMG']);

export function blockText(root: Node): string {
  const lines: string[] = [];
  let current = '';
  // A line is all preformatted or all not (a <pre> is a block: lines break at its edges), so its
  // whitespace is collapsed once, when it ends, rather than once per text node.
  let preLine = false;
  const flush = () => {
    const line = (
      preLine ? current.replace(/[ \t\f\v\u00a0]+/g, ' ') : current.replace(WHITESPACE_RUN, ' ')
    ).trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node, inPre: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      preLine = inPre;
      if (inPre) {
        const parts = value.split('\n');
        parts.forEach((part, index) => {
          if (index > 0) flush();
          current += part;
        });
      } else current += value;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName ?? '';
    const breaks = LINE_BREAKING.has(tag);
    if (breaks) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, inPre || tag === 'PRE');
    if (breaks) flush();
    else if (tag === 'TD' || tag === 'TH') current += ' ';
  };
  walk(root, false);
  flush();
  return lines.join('\n');
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const isCjk = (code: number) =>
  (code >= 0x3040 && code <= 0x30ff) ||
  (code >= 0x3400 && code <= 0x9fff) ||
  (code >= 0xac00 && code <= 0xd7af);

/**
 * Words in `text`: runs that start with a letter or digit and go on through letters, digits,
 * apostrophes and hyphens (`/[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu`). CJK scripts have no spaces, so
 * each of their characters counts as a word, as reading-time estimators do.
 *
 * One pass over character codes: ASCII is judged by range, and only other characters ask the
 * Unicode-aware pattern (a regular expression over the whole text does far more work).
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let letter: boolean;
    if (code < 0x80) {
      letter =
        (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
    } else if (isCjk(code)) {
      words++;
      inWord = false;
      continue;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      // A character outside the Basic Multilingual Plane: judged whole, both halves.
      letter = LETTER_OR_DIGIT.test(text.slice(index, index + 2));
      index++;
    } else {
      letter = LETTER_OR_DIGIT.test(text[index]!);
    }
    if (letter) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && (code === 0x27 || code === 0x2019 || code === 0x2d))) {
      inWord = false;
    }
  }
  return words;
}

/** Minutes at 238 words a minute (the average adult silent reading rate), at least 1. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 238));
}
