/**
 * Finds where a highlight's selectors point in a text that may have changed since: the stored
 * position if the quote is still there in its context, else the exact quote (white space folded)
 * in its best context, else a fuzzy match of the quote (approx-string-match, as Hypothesis).
 * Nothing close enough: null, and the highlight is kept as an orphan, never put somewhere wrong.
 */
import search from 'approx-string-match';
import type { TextPosition, TextQuote, TextSelectors } from './selectors';
import { foldQuote, foldWhitespace, type FoldedText } from './whitespace';

type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchored extends TextPosition {
  method: AnchorMethod;
}

/** A fuzzy match keeps at least this share of the quote's characters. */
const MIN_FUZZY_SIMILARITY = 0.75;
/** Shorter quotes are only found exactly: a few letters match approximately almost anywhere. */
const MIN_FUZZY_LENGTH = 10;
/** Bounds the approximate search's work on a long quote (Hypothesis uses the same cap). */
const MAX_FUZZY_ERRORS = 256;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

export function anchorSelectors(text: string, { quote, position }: TextSelectors): Anchored | null {
  if (!quote.exact.trim()) return null;
  if (holdsInPlace(text, quote, position)) return { ...position, method: 'position' };
  const folded = foldWhitespace(text);
  const exact = foldQuote(quote.exact);
  const context = {
    prefix: foldWhitespace(quote.prefix).text,
    suffix: foldWhitespace(quote.suffix).text,
    expected: foldedOffset(folded, position.start),
  };
  const exactHits = occurrences(folded.text, exact);
  if (exactHits.length) return toOriginal(folded, best(folded.text, exact, exactHits, context), 'quote');
  if (exact.length < MIN_FUZZY_LENGTH) return null;
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(exact.length * (1 - MIN_FUZZY_SIMILARITY)));
  const fuzzy = search(folded.text, exact, maxErrors).filter((hit) => hit.end > hit.start);
  if (!fuzzy.length) return null;
  return toOriginal(folded, best(folded.text, exact, fuzzy, context), 'fuzzy');
}

/** The quote is still at its position, with the same text either side. */
function holdsInPlace(text: string, quote: TextQuote, { start, end }: TextPosition): boolean {
  return (
    text.slice(start, end) === quote.exact &&
    text.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix &&
    text.slice(end, end + quote.suffix.length) === quote.suffix
  );
}

function occurrences(text: string, needle: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    found.push({ start: at, end: at + needle.length, errors: 0 });
  }
  return found;
}

interface Context {
  prefix: string;
  suffix: string;
  expected: number;
}

/** Hypothesis's weighting: the quote matters most, then its context, then the old position. */
function best(text: string, exact: string, candidates: Candidate[], context: Context): Candidate {
  let chosen = candidates[0]!;
  let top = -Infinity;
  for (const candidate of candidates) {
    const quoteScore = 1 - candidate.errors / exact.length;
    const prefixScore = similarity(
      text.slice(Math.max(0, candidate.start - context.prefix.length), candidate.start),
      context.prefix,
    );
    const suffixScore = similarity(
      text.slice(candidate.end, candidate.end + context.suffix.length),
      context.suffix,
    );
    const distance = Math.abs(candidate.start - context.expected) / Math.max(1, text.length);
    // Equal edits can end a match a letter early or late: the quote's own length breaks the tie.
    const lengthGap = Math.abs(candidate.end - candidate.start - exact.length) / exact.length;
    const score = 50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * (1 - distance) - lengthGap;
    if (score > top) {
      top = score;
      chosen = candidate;
    }
  }
  return chosen;
}

/** 1 for the same text, 0 for nothing in common (edit distance over the expected length). */
function similarity(actual: string, expected: string): number {
  if (!expected) return actual.trim() ? 0.5 : 1;
  if (actual === expected) return 1;
  const [match] = search(actual, expected, expected.length);
  return match ? 1 - match.errors / expected.length : 0;
}

function foldedOffset(folded: FoldedText, original: number): number {
  let low = 0;
  let high = folded.origin.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (folded.origin[middle]! < original) low = middle + 1;
    else high = middle;
  }
  return low;
}

function toOriginal(folded: FoldedText, { start, end }: Candidate, method: AnchorMethod): Anchored {
  return { start: folded.origin[start]!, end: folded.origin[end - 1]! + 1, method };
}
