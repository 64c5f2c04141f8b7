/**
 * Which element is the article: Readability's pick, or another candidate when the evidence says
 * Readability got it wrong. The other candidates cost a second copy of the page and a walk over
 * it, so they are built only when Readability's pick looks wrong by itself (`doubtful`): nothing
 * found, much less prose than the page holds, mostly links, mostly short lines, or not the text
 * the page declares as its article body.
 */
import { collapse } from '../dom';
import type { Ready } from '../pipeline';
import { type Candidate, type CandidateKind, chooseCandidate } from './choose';
import { declaredRoots, paragraphsFromText } from './declared';
import { mergeLeads } from './merge';
import { bestContainer, paragraphTally, proseTexts, type Tally, tallyOf, tallyPage } from './tally';

/** Readability's pick is doubtful below this share of the page's prose... */
const SHARE_OF_PAGE_PROSE = 0.5;
/** ...above this share of its text in links... */
const LINK_HEAVY = 0.35;
/** ...or below this share of its text in prose (a list of names, a table of figures). */
const PROSE_SHARE = 0.4;
/** The same, at a first look by paragraphs alone. */
const QUICK_PROSE_SHARE = 0.7;
/** A text's opening this long stands for it when looking for it in another. */
const PROBE = 60;

const EMPTY: Tally = { text: 0, links: 0, prose: 0, score: 0 };

function probeOf(text: string): string {
  return collapse(text).slice(0, PROBE);
}

/** The share of `texts` (by length) whose opening is in `haystack` (collapsed). */
function shareFound(texts: string[], haystack: string): number {
  let found = 0;
  let total = 0;
  for (const text of texts) {
    const length = text.length;
    total += length;
    if (haystack.includes(probeOf(text))) found += length;
  }
  return total ? found / total : 0;
}

/** Sentences of a declared body looked for in a candidate: enough to judge, not all of a long one. */
const MAX_PROBES = 40;

/** The sentences of a declared body worth looking for (not one-word lines), at most MAX_PROBES. */
function bodyLines(text: string): string[] {
  return text
    .replace(/<[^>]*>/g, '\n')
    .split(/[\n\r]+|(?<=[.!?])\s+/)
    .map(collapse)
    .filter((line) => line.length >= 40)
    .slice(0, MAX_PROBES);
}

export interface Evidence {
  /** Readability's article element, or null when it found none. */
  root: Element | null;
  /** Characters of prose on the whole page (pipeline.ts: `proseOnPage`): cheap, an upper bound. */
  proseOnPage: number;
  /** Characters of prose in the page's main regions (confidence.ts), measured on first use. */
  mainProse: () => number;
  /** The page's JSON-LD articleBody, when it declares one. */
  declaredBody: string | null;
}

/** Whether Readability's pick needs checking against other candidates. */
export function doubtful(evidence: Evidence): boolean {
  const { root, declaredBody } = evidence;
  if (!root) return true;
  // A first look by the DOM's own measures of paragraphs, stricter than the tally's (it cannot
  // see <br> lines or furniture): most picks pass it; the others are judged by the tally.
  const looksWrong = (tally: Tally, proseShare: number) =>
    !tally.text || wrongShape(tally, evidence, proseShare);
  if (looksWrong(paragraphTally(root), QUICK_PROSE_SHARE) && looksWrong(tallyOf(root), PROSE_SHARE))
    return true;
  if (declaredBody) return shareFound(bodyLines(declaredBody), collapse(root.textContent)) < 0.5;
  return false;
}

function wrongShape(tally: Tally, { proseOnPage, mainProse }: Evidence, proseShare: number): boolean {
  if (tally.links > LINK_HEAVY * tally.text || tally.prose < proseShare * tally.text) return true;
  // Its text (its shape is judged above) against the page's prose; the page's comments and
  // asides hold prose too: the main regions' prose, measured only then, as confidence.ts does.
  const short = (prose: number) => tally.text < SHARE_OF_PAGE_PROSE * prose;
  return short(proseOnPage) && short(mainProse());
}

/** The heading that holds the title: the first h1 the title shares its opening with, else the first h1. */
function titleHeading(doc: Document, title: string | null): Element | null {
  const headings = Array.from(doc.getElementsByTagName('h1'));
  const opening = collapse(title).toLowerCase().slice(0, 30);
  const matching = opening
    ? headings.find((heading) => {
        const text = collapse(heading.textContent).toLowerCase();
        return text.length > 0 && (text.includes(opening) || opening.includes(text.slice(0, 30)));
      })
    : undefined;
  return matching ?? headings[0] ?? null;
}

/** Whether `heading` is inside `element`, or inside one of its three nearest ancestors. */
function nearHeading(element: Element, heading: Element | null): boolean {
  if (!heading) return true;
  let scope: Element | null = element;
  for (let level = 0; scope && level < 4; level++, scope = scope.parentElement) {
    if (scope.contains(heading)) return true;
  }
  return false;
}

export interface ChosenRoot {
  /** The article element: detached from its page, not yet cleaned. */
  root: Element;
  /** The copy of the page it came from, made ready as Readability's was. */
  ready: Ready;
  kind: CandidateKind;
}

/**
 * Another candidate for the article when the evidence prefers it to Readability's pick, else null.
 * `readyAgain`: a fresh copy of the page made ready for Readability (pipeline.ts), on which the
 * candidates are found.
 */
export function otherArticleRoot(
  evidence: Evidence,
  title: string | null,
  readyAgain: () => Ready | null,
): ChosenRoot | null {
  const ready = readyAgain();
  if (!ready) return null;
  const tallies = tallyPage(ready.clone);
  const heading = titleHeading(ready.clone, title);
  const bodyText = evidence.declaredBody ? bodyLines(evidence.declaredBody) : null;
  const texts = new Map<Candidate, string>();
  const textOfCandidate = (candidate: Candidate) => {
    let text = texts.get(candidate);
    if (text === undefined) texts.set(candidate, (text = collapse(candidate.root.textContent)));
    return text;
  };
  const candidate = (kind: CandidateKind, root: Element, tally = tallies.get(root) ?? EMPTY): Candidate => {
    const made: Candidate = {
      kind,
      root,
      tally,
      nearTitle: nearHeading(root, heading),
      agreesWithBody: null,
    };
    if (bodyText) made.agreesWithBody = shareFound(bodyText, textOfCandidate(made));
    return made;
  };

  const alternatives = declaredRoots(ready.clone).map((root) => candidate('declared', root));
  const densest = bestContainer(tallies);
  if (densest) alternatives.push(candidate('density', densest));
  const own = evidence.root;
  const ownAgreement = own && bodyText ? shareFound(bodyText, collapse(own.textContent)) : null;
  // The declared text itself, as paragraphs, only when no element on the page holds it.
  const heldNowhere = [...alternatives.map((made) => made.agreesWithBody), ownAgreement].every(
    (share) => (share ?? 0) < 0.3,
  );
  if (bodyText && evidence.declaredBody && heldNowhere) {
    const root = paragraphsFromText(ready.clone, evidence.declaredBody);
    const made = candidate('declared-text', root, tallyOf(root));
    made.nearTitle = true;
    alternatives.push(made);
  }

  const readability: Candidate | null = own
    ? {
        kind: 'readability',
        root: own,
        tally: tallyOf(own),
        nearTitle: true,
        agreesWithBody: ownAgreement,
      }
    : null;
  const chosen = chooseCandidate(readability, alternatives, (inner, outer) =>
    shareFound(proseTexts(inner.root), textOfCandidate(outer)),
  );
  if (!chosen || chosen === readability) return null;
  if (readability && chosen.kind !== 'declared-text') mergeLeads(chosen.root, proseTexts(readability.root));
  // Taken out of its page whole: Readability's cleaning judges what is under the article, never
  // the article itself.
  chosen.root.remove();
  return { root: chosen.root, ready, kind: chosen.kind };
}
