/**
 * What an article is indexed under: folded words with a weight per article (0..255), so one
 * posting (docNum, weight) says how strongly an article is about a term. Title, tags, site and
 * byline weigh far more than one mention in the body.
 */
import { foldedWords } from '../fold';
import type { ArticleMeta, TermWeights } from '../db/schema';

/**
 * Only the start of a body is indexed. Unique words grow slowly after it (Readability corpus:
 * 293 per article at 8,000 characters, 439 for whole texts) while saves, deletes and the index
 * grow with every word kept; the 90th-percentile article has 22,000 characters of text.
 */
export const BODY_INDEX_CHARS = 8_000;
/** Terms are 2..MAX_TERM characters; a longer run (a hash, a glued URL) is cut. */
export const MAX_TERM = 32;
const BODY_CAP = 100;
const META_CAP = 128;
const META_WEIGHT = { title: 32, tags: 48, site: 24, byline: 24 } as const;

/** Words too common to tell articles apart; dropped from bodies and from finished query words. */
export const STOP_WORDS = new Set(
  (
    'the and for are but not you all any can had her was one our out has his how its may new now ' +
    'see two who did get let say she too use that with have this will your from they been were ' +
    'what when which their there than then them into more some would could about other also just'
  ).split(' '),
);

function termsOf(text: string): string[] {
  return foldedWords(text)
    .filter((word) => word.length >= 2)
    .map((word) => (word.length > MAX_TERM ? word.slice(0, MAX_TERM) : word));
}

function toWeights(counts: Map<string, number>): TermWeights {
  return { terms: [...counts.keys()].join(' '), weights: Uint8Array.from(counts.values()) };
}

/** The terms of stored weights, in the order of their weights. */
export function termList(weights: TermWeights): string[] {
  return weights.terms ? weights.terms.split(' ') : [];
}

export function bodyTerms(text: string): TermWeights {
  const counts = new Map<string, number>();
  for (const term of termsOf(text.slice(0, BODY_INDEX_CHARS))) {
    if (STOP_WORDS.has(term)) continue;
    counts.set(term, Math.min(BODY_CAP, (counts.get(term) ?? 0) + 1));
  }
  return toWeights(counts);
}

/**
 * Highlights' quotes and notes (since v4): a weight of their own, capped so meta (≤ 128), body
 * (≤ 100) and notes (≤ 27) still fit a byte together.
 */
const NOTES_CAP = 27;
export function notesTerms(texts: readonly string[]): TermWeights {
  const counts = new Map<string, number>();
  for (const term of termsOf(texts.join('\n').slice(0, BODY_INDEX_CHARS))) {
    if (STOP_WORDS.has(term)) continue;
    counts.set(term, Math.min(NOTES_CAP, (counts.get(term) ?? 0) + 4));
  }
  return toWeights(counts);
}

export function metaTerms(meta: Pick<ArticleMeta, 'title' | 'byline' | 'site' | 'tags'>): TermWeights {
  const counts = new Map<string, number>();
  const add = (text: string | null, weight: number) => {
    for (const term of termsOf(text ?? ''))
      counts.set(term, Math.min(META_CAP, (counts.get(term) ?? 0) + weight));
  };
  add(meta.title, META_WEIGHT.title);
  add(meta.tags.join(' '), META_WEIGHT.tags);
  add(meta.site, META_WEIGHT.site);
  add(meta.byline, META_WEIGHT.byline);
  return toWeights(counts);
}

/** One weight per term for the whole article (meta ≤ 128 plus body ≤ 100 fits a byte). */
export function combine(...parts: TermWeights[]): TermWeights {
  const total = new Map<string, number>();
  for (const part of parts)
    termList(part).forEach((term, index) =>
      total.set(term, (total.get(term) ?? 0) + (part.weights[index] ?? 0)),
    );
  return toWeights(total);
}

export const sameWeights = (a: TermWeights, b: TermWeights) =>
  a.terms === b.terms &&
  a.weights.length === b.weights.length &&
  a.weights.every((w, i) => w === b.weights[i]);

export const EMPTY_TERMS: TermWeights = { terms: '', weights: new Uint8Array() };
