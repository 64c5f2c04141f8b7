/**
 * The choice between candidates for the article, by evidence rather than by one algorithm's guess
 * (trafilatura compares its own extraction with readability's and jusText's by length and shape;
 * DOM Distiller and defuddle weigh text and link density, and what the page declares):
 * - how much prose each keeps, less the lines and junk it drags along (tally.ts);
 * - what the page declares (itemprop=articleBody, a sole <article>/<main>, JSON-LD articleBody);
 * - nearness to the title;
 * - agreement: when one of Readability's pick and a candidate is a cut-down part of the other,
 *   the whole is taken.
 * Readability's pick stays unless another candidate is clearly better: its cleaning is proven on
 * most pages, and a change of root is a change of everything downstream.
 */
import type { Tally } from './tally';

export type CandidateKind = 'readability' | 'declared' | 'density' | 'declared-text';

export interface Candidate {
  kind: CandidateKind;
  root: Element;
  tally: Tally;
  /** Whether the title heading is in it or just above it (true when the page has none). */
  nearTitle: boolean;
  /** Share of the JSON-LD articleBody it holds (0..1), or null when the page declares none. */
  agreesWithBody: number | null;
}

/** A candidate needs at least this much prose to be considered (two short paragraphs). */
const MIN_PROSE = 160;
/** Share of Readability's prose a candidate must hold for Readability's pick to be a part of it. */
const CONTAINS = 0.7;
/** A superset is taken when it keeps this much more prose than the part. */
const MORE_PROSE = 1.2;
/** Readability's pick is replaced by an unrelated candidate only when this far behind it. */
const FAR_BEHIND = 2;
/** ...and by at least this many characters of score (a paragraph or so). */
const MIN_LEAD = 300;

/** How much a candidate is worth: its score, weighed by what the page says and where it stands. */
export function valueOf(candidate: Candidate): number {
  let value = candidate.tally.score;
  if (value <= 0) return value;
  if (candidate.kind === 'declared') value *= 1.2;
  if (!candidate.nearTitle) value *= 0.6;
  if (candidate.agreesWithBody !== null) value *= 0.5 + candidate.agreesWithBody;
  return value;
}

/**
 * The candidate to read as the article: Readability's unless the evidence says otherwise.
 * `contained(inner, outer)`: the share of inner's prose found in outer (0..1).
 */
export function chooseCandidate(
  readability: Candidate | null,
  alternatives: Candidate[],
  contained: (inner: Candidate, outer: Candidate) => number,
): Candidate | null {
  let best: Candidate | null = null;
  for (const candidate of alternatives) {
    if (candidate.tally.prose < MIN_PROSE) continue;
    if (!best || valueOf(candidate) > valueOf(best)) best = candidate;
  }
  if (!readability || readability.tally.text === 0) return best ?? readability;
  if (!best) return readability;
  const own = valueOf(readability);
  const other = valueOf(best);
  if (other <= own) return readability;
  // The candidate is a cut-down part of Readability's pick: the pick holds it, and more.
  if (contained(best, readability) >= CONTAINS) return readability;
  // Readability kept a cut-down part of the candidate: the whole of it.
  if (best.tally.prose >= MORE_PROSE * readability.tally.prose && contained(readability, best) >= CONTAINS)
    return best;
  // Readability picked something else (a list, a table, a teaser), far behind.
  if (other >= FAR_BEHIND * Math.max(own, 0) + MIN_LEAD) return best;
  return readability;
}
