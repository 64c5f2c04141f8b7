/**
 * Search as you type: each query word matches the terms it starts with (from MIN_PREFIX
 * letters: "clim" finds "climate"), every word must match (AND), and articles are ranked
 * BM25-style: rarer terms weigh more, a term's weight in an article saturates, exact words beat
 * longer completions. A query reads the one or two blocks per segment that can hold its words
 * (cached: segments never change) plus the small tail, so its cost follows how common the words
 * are, not how many articles the library holds.
 */
import type { IDBPTransaction } from 'idb';
import type { LibraryDb } from '../articles';
import { foldedWords } from '../fold';
import type { LecternDB, Segment, TailDoc } from '../schema';
import { readDocIds, readSomeDocIds } from './doc-table';
import { blocksFor, decodeBlock, docOf, weightOf, type DecodedBlock } from './segments';
import { MAX_TERM, STOP_WORDS, termList } from './terms';

/** Shorter words are not searched for; words of MIN_WORD..MIN_PREFIX-1 letters match exactly. */
export const MIN_WORD = 2;
export const MIN_PREFIX = 3;
const SATURATION = 12;
const PREFIX_WEIGHT = 0.375;
/** Postings kept in decoded blocks between keystrokes (about 16 MB). */
const CACHE_POSTINGS = 4_000_000;

export interface SearchResult {
  /** The folded query words, for highlighting. */
  words: string[];
  /** Matching article ids, best first. */
  ids: string[];
}

/** The folded words a query searches for; finished stop words ("the ") are dropped. */
export function queryWords(query: string): string[] {
  const words = foldedWords(query).map((word) => word.slice(0, MAX_TERM));
  const typing = /[\p{L}\p{N}]$/u.test(query);
  const kept = words.filter(
    (word, index) =>
      word.length >= MIN_WORD && (!STOP_WORDS.has(word) || (typing && index === words.length - 1)),
  );
  return [...new Set(kept)];
}

const STORES = ['segments', 'blocks', 'tail', 'docIds', 'meta'] as const;
type ReadTx = IDBPTransaction<LecternDB, (typeof STORES)[number][], 'readonly'>;

/** A term found for a query word, and its postings (a slice of a block, or built from the tail). */
interface Match {
  term: string;
  postings: Uint32Array | number[];
}

function blockMatches(block: DecodedBlock, word: string, prefix: boolean, into: Match[]): void {
  const { terms, starts, postings } = block;
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (terms[middle]! < word) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < terms.length; index++) {
    const term = terms[index]!;
    if (prefix ? !term.startsWith(word) : term !== word) break;
    into.push({ term, postings: postings.subarray(starts[index], starts[index + 1]) });
  }
}

function tailMatches(tail: readonly TailDoc[], word: string, prefix: boolean, into: Match[]): void {
  const found = new Map<string, number[]>();
  for (const doc of tail)
    termList(doc).forEach((term, index) => {
      if (prefix ? !term.startsWith(word) : term !== word) return;
      let list = found.get(term);
      if (!list) found.set(term, (list = []));
      list.push(doc.docNum * 256 + (doc.weights[index] ?? 0));
    });
  for (const [term, postings] of found) into.push({ term, postings });
}

/** A search over one library. Keep one per page: it caches blocks and the docNum → id table. */
export class LibrarySearch {
  private ids: (string | undefined)[] | null = null;
  private live = 0;
  private known = 0;
  private readonly blocks = new Map<string, DecodedBlock>();
  /** Segments never change once written: read each once, then only the list of their ids. */
  private readonly segments = new Map<number, Segment>();
  private cached = 0;

  constructor(private readonly db: LibraryDb) {}

  /** Forgets which articles exist (call after the library changed); blocks stay valid. */
  invalidate(): void {
    this.ids = null;
  }

  /** Reads what the first search needs, so it does not wait for it. */
  async warm(): Promise<void> {
    await this.search('zz');
  }

  private async loadIds(tx: ReadTx): Promise<void> {
    const ids = await readDocIds(tx.objectStore('docIds'));
    this.ids = ids;
    this.known = ids.length;
    this.live = ids.filter(Boolean).length;
  }

  private async block(tx: ReadTx, segment: number, index: number): Promise<DecodedBlock | null> {
    const key = `${segment} ${index}`;
    const hit = this.blocks.get(key);
    if (hit) {
      this.blocks.delete(key);
      this.blocks.set(key, hit);
      return hit;
    }
    const stored = await tx.objectStore('blocks').get([segment, index]);
    if (!stored) return null;
    const block = decodeBlock(stored);
    this.blocks.set(key, block);
    this.cached += block.postings.length;
    for (const [oldKey, old] of this.blocks) {
      if (this.cached <= CACHE_POSTINGS) break;
      this.blocks.delete(oldKey);
      this.cached -= old.postings.length;
    }
    return block;
  }

  private async matches(tx: ReadTx, segments: Segment[], tail: TailDoc[], word: string): Promise<Match[]> {
    const prefix = word.length >= MIN_PREFIX;
    const high = prefix ? `${word}\uffff` : `${word}\u0000`;
    const found: Match[] = [];
    const blocks = await Promise.all(
      segments.flatMap((segment) =>
        blocksFor(segment.firstTerms, word, high).map((index) => this.block(tx, segment.id, index)),
      ),
    );
    for (const block of blocks) if (block) blockMatches(block, word, prefix, found);
    tailMatches(tail, word, prefix, found);
    return found;
  }

  async search(query: string): Promise<SearchResult> {
    const words = queryWords(query);
    if (!words.length) return { words, ids: [] };
    const tx: ReadTx = this.db.transaction(STORES);
    const [segmentIds, tail, next] = await Promise.all([
      tx.objectStore('segments').getAllKeys(),
      tx.objectStore('tail').getAll(),
      tx.objectStore('meta').get('nextDocNum') as Promise<number | undefined>,
      this.ids ? null : this.loadIds(tx),
    ]);
    const unread = segmentIds.filter((id) => !this.segments.has(id));
    for (const segment of await Promise.all(unread.map((id) => tx.objectStore('segments').get(id))))
      if (segment) this.segments.set(segment.id, segment);
    for (const id of this.segments.keys()) if (!segmentIds.includes(id)) this.segments.delete(id);
    const segments = [...this.segments.values()];
    const perWord = await Promise.all(words.map((word) => this.matches(tx, segments, tail, word)));
    const ranked = rank(words, perWord, Math.max(1, this.live), next ?? 1);
    const ids = this.ids!;
    // Numbers the table had no room for were indexed since it was read: look those up one by
    // one ('' marks one found dead). A gap below that is an article deleted or re-indexed.
    const missing = ranked.filter((docNum) => docNum >= this.known && ids[docNum] === undefined);
    const found = await readSomeDocIds(tx.objectStore('docIds'), missing);
    missing.forEach((docNum, index) => (ids[docNum] = found[index]!));
    return { words, ids: ranked.map((docNum) => ids[docNum]).filter((id): id is string => !!id) };
  }
}

/** Document numbers matching every word, best first. */
function rank(words: string[], perWord: Match[][], total: number, size: number): number[] {
  const count = (matches: Match[]) => matches.reduce((sum, match) => sum + match.postings.length, 0);
  // Rarest word first: later words only revisit articles that matched every earlier one.
  const order = words
    .map((word, index) => ({ word, matches: perWord[index]! }))
    .sort((a, b) => count(a.matches) - count(b.matches));
  const matched = new Uint8Array(size);
  const score = new Float64Array(size);
  const best = new Float64Array(size);
  let candidates: number[] = [];
  order.forEach(({ word, matches }, position) => {
    const frequency = new Map<string, number>();
    for (const match of matches)
      frequency.set(match.term, (frequency.get(match.term) ?? 0) + match.postings.length);
    const last = position === order.length - 1;
    for (const { term, postings } of matches) {
      const df = frequency.get(term)!;
      const idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
      const closeness =
        term === word ? 1 : (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (term.length - word.length));
      for (const entry of postings) {
        const docNum = docOf(entry);
        if (docNum >= size || matched[docNum]! < position) continue;
        const weight = weightOf(entry);
        const value = (idf * closeness * weight * (SATURATION + 1)) / (weight + SATURATION);
        if (matched[docNum] === position) {
          matched[docNum] = position + 1;
          score[docNum] = score[docNum]! + value;
          best[docNum] = value;
          if (last) candidates.push(docNum);
        } else if (value > best[docNum]!) {
          score[docNum] = score[docNum]! + value - best[docNum]!;
          best[docNum] = value;
        }
      }
    }
  });
  candidates = candidates.sort((a, b) => score[b]! - score[a]! || b - a);
  return candidates;
}
