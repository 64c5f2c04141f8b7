/**
 * The inverted index is a set of immutable segments, as in Lucene. IndexedDB charges each
 * request a fixed cost, whatever the record's size, so the index is written as few,
 * large records: a new article costs a handful of small writes (search/indexer.ts), and postings
 * are written in blocks of tens of thousands at once when recent articles are flushed into a
 * segment or segments are merged (search/maintain.ts). A posting is docNum << 8 | weight.
 */
import type { Block, TailDoc } from '../db/schema';
import { termList } from './terms';

/**
 * Postings per block: a search word reads one or two blocks per segment. A word typed for the
 * first time waits for its blocks, so they are kept small enough for a keystroke in a large
 * library (bench:library measures it). Blocks written with another size stay readable.
 */
const BLOCK_POSTINGS = 8_192;
/** docNum must fit the 24 bits left beside the weight. */
export const MAX_DOC_NUM = 2 ** 24 - 1;

export const docOf = (entry: number) => entry >>> 8;
export const weightOf = (entry: number) => entry & 255;
const pack = (docNum: number, weight: number) => docNum * 256 + Math.min(255, weight);

/** term → its postings, sorted by docNum. */
export type Lists = Map<string, Uint32Array>;

export interface DecodedBlock {
  /** Sorted (UTF-16 code unit order, as IndexedDB and `<` compare). */
  terms: string[];
  /** Term i's postings are postings[starts[i]..starts[i + 1]). */
  starts: Uint32Array;
  postings: Uint32Array;
}

export function decodeBlock(block: Block): DecodedBlock {
  const terms = block.terms.split('\n');
  const starts = new Uint32Array(terms.length + 1);
  for (let index = 0; index < terms.length; index++)
    starts[index + 1] = starts[index]! + block.counts[index]!;
  return { terms, starts, postings: block.postings };
}

export function listsFromDocs(docs: readonly TailDoc[]): Lists {
  const build = new Map<string, number[]>();
  for (const doc of [...docs].sort((a, b) => a.docNum - b.docNum)) {
    termList(doc).forEach((term, index) => {
      let list = build.get(term);
      if (!list) build.set(term, (list = []));
      list.push(pack(doc.docNum, doc.weights[index] ?? 0));
    });
  }
  return new Map([...build].map(([term, list]) => [term, Uint32Array.from(list)]));
}

/** Merges segments' postings, keeping those of documents `live` accepts. */
export function mergeLists(segments: readonly DecodedBlock[][], live: (docNum: number) => boolean): Lists {
  const parts = new Map<string, Uint32Array[]>();
  for (const blocks of segments)
    for (const { terms, starts, postings } of blocks)
      terms.forEach((term, index) => {
        let list = parts.get(term);
        if (!list) parts.set(term, (list = []));
        list.push(postings.subarray(starts[index], starts[index + 1]));
      });
  const lists: Lists = new Map();
  for (const [term, pieces] of parts) {
    const out = new Uint32Array(pieces.reduce((total, piece) => total + piece.length, 0));
    let length = 0;
    for (const piece of pieces) for (const entry of piece) if (live(docOf(entry))) out[length++] = entry;
    if (!length) continue;
    const list = length === out.length ? out : out.slice(0, length);
    // Each piece is sorted; segments' numbers interleave when re-indexed articles moved.
    lists.set(term, pieces.length > 1 ? list.sort() : list);
  }
  return lists;
}

/** Cuts lists into blocks of about BLOCK_POSTINGS, at term boundaries, in term order. */
export function buildBlocks(lists: Lists): { blocks: Block[]; firstTerms: string[] } {
  const blocks: Block[] = [];
  const firstTerms: string[] = [];
  let terms: string[] = [];
  let size = 0;
  const flush = () => {
    if (!terms.length) return;
    const counts = Uint32Array.from(terms, (term) => lists.get(term)!.length);
    const postings = new Uint32Array(size);
    let offset = 0;
    for (const term of terms) {
      postings.set(lists.get(term)!, offset);
      offset += lists.get(term)!.length;
    }
    firstTerms.push(terms[0]!);
    blocks.push({ terms: terms.join('\n'), counts, postings });
    terms = [];
    size = 0;
  };
  for (const term of [...lists.keys()].sort()) {
    terms.push(term);
    size += lists.get(term)!.length;
    if (size >= BLOCK_POSTINGS) flush();
  }
  flush();
  return { blocks, firstTerms };
}

/** The blocks of a segment that may hold terms from `low` (inclusive) to `high` (exclusive). */
export function blocksFor(firstTerms: readonly string[], low: string, high: string): number[] {
  const found: number[] = [];
  for (let index = 0; index < firstTerms.length; index++) {
    const next = firstTerms[index + 1];
    if (next !== undefined && next <= low) continue;
    if (firstTerms[index]! >= high) break;
    found.push(index);
  }
  return found;
}
