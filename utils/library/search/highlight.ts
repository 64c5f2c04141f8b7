/** Splits shown text into plain and matching runs, matching words the way search does. */
import { fold, WORD_RE } from '../fold';

export interface Segment {
  text: string;
  hit: boolean;
}

/** `words` are folded query words; a shown word matches when its folded form starts with one. */
export function highlight(text: string, words: readonly string[]): Segment[] {
  if (!words.length || !text) return [{ text, hit: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD_RE)) {
    const folded = fold(match[0]);
    if (!words.some((word) => folded.startsWith(word))) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), hit: false });
    segments.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}

/**
 * A line of `text` from a few words before its first match, for showing why a body matched
 * (the match stays in view even when a narrow row shows only the line's start).
 */
export function snippet(text: string, words: readonly string[], length = 160): string | null {
  for (const match of text.matchAll(WORD_RE)) {
    const folded = fold(match[0]);
    if (!words.some((word) => folded.startsWith(word))) continue;
    const start = Math.max(0, match.index - 24);
    const from = start > 0 ? text.lastIndexOf(' ', start) + 1 : 0;
    const piece = text.slice(from, from + length).replace(/\s+/g, ' ');
    return `${from > 0 ? '…' : ''}${piece.trim()}${from + length < text.length ? '…' : ''}`;
  }
  return null;
}
