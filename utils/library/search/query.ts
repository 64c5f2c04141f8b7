/**
 * Search as you type: each query word matches the terms it starts with (from MIN_PREFIX
 * letters: "clim" finds "climate"), every word must match (AND), and articles are ranked
 * BM25-style: rarer terms weigh more, a term's weight in an article saturates, exact words beat
 * longer completions. A query reads the one or two blocks per segment that can hold its words
 * (cached: segments never change) plus the small tail, so its cost follows how common the words
 * are, not how many articles the library holds.
 */
import type { IDBPTransaction } from 'idb';
import type { LibraryDb } from '../db/open';
import { foldedWords } from '../fold';
import type { LecternDB, Segment, TailDoc } from '../db/schema';
import { readDocIds, readSomeDocIds } from './doc-table';
import { blocksFor, decodeBlock, docOf, weightOf, type DecodedBlock } from './segments';
import { MAX_TERM, STOP_WORDS, termList } from './terms';
import { getMeta } from '../db/meta';

/** Shorter words are not searched for; words of MIN_WORD..MIN_PREFIX-1 letters match exactly. */
const MIN_WORD = 2;
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

/** What a search reads besides blocks: small, and the same until the library changes. */
interface Snapshot {
  segments: Segment[];
  tail: TailDoc[];
  nextDocNum: number;
  /** docNum → id of live articles. */
  ids: (string | undefined)[];
  /** How many numbers the table covered when read, and how many of them were live. */
  known: number;
  live: number;
}

/**
 * A search over one library. Keep one per page: it keeps the docNum → id table, the list of
 * segments, the tail and recently read blocks between keystrokes, so a keystroke whose blocks
 * are known reads nothing from IndexedDB (each request is a round trip to another process).
 * Call invalidate() when the library changes.
 */
export class LibrarySearch {
  private snapshot: Snapshot | null = null;
  /** Goes up with each invalidate(): a snapshot read meanwhile is used once, not kept. */
  private generation = 0;
  private readonly blocks = new Map<string, DecodedBlock>();
  /** Segments never change once written: read each once, then only the list of their ids. */
  private readonly segments = new Map<number, Segment>();
  private cached = 0;

  constructor(private readonly db: LibraryDb) {}

  /** Forgets which articles exist (call after the library changed); blocks stay valid. */
  invalidate(): void {
    this.snapshot = null;
    this.generation++;
  }

  /** Reads what the first search needs, so it does not wait for it. */
  async warm(): Promise<void> {
    await this.search('zz');
  }

  /** Reads the snapshot, keeping the id table of `reuse` (a retry after a merge). */
  private async load(reuse?: Snapshot): Promise<Snapshot> {
    const generation = this.generation;
    const tx: ReadTx = this.db.transaction(STORES);
    const [segmentIds, tail, next, ids] = await Promise.all([
      tx.objectStore('segments').getAllKeys(),
      tx.objectStore('tail').getAll(),
      getMeta(tx.objectStore('meta'), 'nextDocNum'),
      reuse ? reuse.ids : readDocIds(tx.objectStore('docIds')),
    ]);
    const unread = segmentIds.filter((id) => !this.segments.has(id));
    for (const segment of await Promise.all(unread.map((id) => tx.objectStore('segments').get(id))))
      if (segment) this.segments.set(segment.id, segment);
    for (const id of this.segments.keys()) if (!segmentIds.includes(id)) this.segments.delete(id);
    const snapshot: Snapshot = {
      segments: [...this.segments.values()],
      tail,
      nextDocNum: next ?? 1,
      ids,
      known: reuse?.known ?? ids.length,
      live: reuse?.live ?? ids.filter(Boolean).length,
    };
    if (generation === this.generation) this.snapshot = snapshot;
    return snapshot;
  }

  private remember(key: string, block: DecodedBlock): void {
    this.blocks.set(key, block);
    this.cached += block.postings.length;
    for (const [oldKey, old] of this.blocks) {
      if (this.cached <= CACHE_POSTINGS) break;
      this.blocks.delete(oldKey);
      this.cached -= old.postings.length;
    }
  }

  /**
   * The blocks of each word, read together where not cached. Null when one has gone: its
   * segment was merged away since the snapshot was read (maintenance runs after each write).
   */
  private async blocksOf(
    segments: readonly Segment[],
    words: readonly string[],
  ): Promise<DecodedBlock[][] | null> {
    const keys = words.map((word) => {
      const high = word.length >= MIN_PREFIX ? `${word}\uffff` : `${word}\u0000`;
      return segments.flatMap((segment) =>
        blocksFor(segment.firstTerms, word, high).map((index) => [segment.id, index] as [number, number]),
      );
    });
    const missing = [...new Set(keys.flat().map(([segment, index]) => `${segment} ${index}`))].filter(
      (key) => !this.blocks.has(key),
    );
    if (missing.length) {
      const store = this.db.transaction('blocks').store;
      const stored = await Promise.all(
        missing.map((key) => store.get(key.split(' ').map(Number) as [number, number])),
      );
      if (stored.some((block) => !block)) return null;
      stored.forEach((block, index) => this.remember(missing[index]!, decodeBlock(block!)));
    }
    return keys.map((list) =>
      list.map(([segment, index]) => {
        const key = `${segment} ${index}`;
        const block = this.blocks.get(key)!;
        // Most recently used last: the first ones are dropped when the cache is full.
        this.blocks.delete(key);
        this.blocks.set(key, block);
        return block;
      }),
    );
  }

  async search(query: string): Promise<SearchResult> {
    const words = queryWords(query);
    if (!words.length) return { words, ids: [] };
    let snapshot = this.snapshot ?? (await this.load());
    let blocks = await this.blocksOf(snapshot.segments, words);
    if (!blocks) {
      snapshot = await this.load(snapshot);
      blocks = (await this.blocksOf(snapshot.segments, words)) ?? words.map(() => []);
    }
    const { tail, ids, known } = snapshot;
    const perWord = words.map((word, index) => {
      const prefix = word.length >= MIN_PREFIX;
      const found: Match[] = [];
      for (const block of blocks[index]!) blockMatches(block, word, prefix, found);
      tailMatches(tail, word, prefix, found);
      return found;
    });
    const ranked = rank(words, perWord, Math.max(1, snapshot.live), snapshot.nextDocNum);
    // Numbers the table had no room for were indexed since it was read: look those up one by
    // one ('' marks one found dead). A gap below that is an article deleted or re-indexed.
    const missing = ranked.filter((docNum) => docNum >= known && ids[docNum] === undefined);
    if (missing.length) {
      const found = await readSomeDocIds(this.db.transaction('docIds').store, missing);
      missing.forEach((docNum, index) => (ids[docNum] = found[index]!));
    }
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
