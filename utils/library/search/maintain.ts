/**
 * Keeps the index quick to search: flushes the tail into a new segment once it holds TAIL_MAX
 * articles, then merges segments of a similar size FANOUT at a time (size-tiered, as Lucene
 * does), dropping postings of deleted or re-indexed articles on the way. A search then reads
 * a few segments whatever the library's size. Run after writes, by whichever context wrote;
 * two contexts maintaining at once is safe (each step re-reads the state in its transaction).
 */
import type { LibraryDb } from '../db/open';
import { commit, type WriteTx } from '../db/tx';
import { readDocIds } from './doc-table';
import { buildBlocks, decodeBlock, listsFromDocs, mergeLists, type Lists } from './segments';
import { getMeta, putMeta } from '../db/meta';

export const TAIL_MAX = 64;
const FANOUT = 4;
/** Segments this big (TAIL_MAX × 4^4 = 16,384 articles and up) are only ever vacuumed. */
const TOP_LEVEL = 4;
/** A segment with this share of dead articles is rewritten without them... */
const VACUUM_DEAD = 0.25;
/** ...looked for once this many articles (and a tenth of the library) were retired. */
const VACUUM_MIN = 500;
const STORES = ['tail', 'segments', 'blocks', 'docIds', 'meta'] as const;

const levelOf = (docs: number) =>
  docs <= TAIL_MAX ? 0 : Math.min(TOP_LEVEL, Math.floor(Math.log(docs / TAIL_MAX) / Math.log(FANOUT)));

const blocksOf = (segment: number) => IDBKeyRange.bound([segment, 0], [segment, Infinity]);

/** Writes postings of `docNums` as a new segment (bulk saves write theirs directly). */
export async function writeSegment(tx: WriteTx, docNums: Uint32Array, lists: Lists): Promise<void> {
  if (!docNums.length) return;
  const meta = tx.objectStore('meta');
  const id = (await getMeta(meta, 'nextSegment')) ?? 1;
  const { blocks, firstTerms } = buildBlocks(lists);
  await Promise.all([
    putMeta(meta, 'nextSegment', id + 1),
    tx.objectStore('segments').put({ id, level: levelOf(docNums.length), docNums, firstTerms }),
    ...blocks.map((block, index) => tx.objectStore('blocks').put(block, [id, index])),
  ]);
}

/** Turns the tail into a segment when it holds at least `minimum` articles. */
async function flushTail(db: LibraryDb, minimum = TAIL_MAX): Promise<boolean> {
  const tx = db.transaction(STORES, 'readwrite');
  const docs =
    (await tx.objectStore('tail').count()) >= Math.max(1, minimum)
      ? await tx.objectStore('tail').getAll()
      : [];
  if (!docs.length) {
    await tx.done;
    return false;
  }
  const docNums = Uint32Array.from(docs, (doc) => doc.docNum).sort();
  await commit(tx, (writes) => {
    writes.push(writeSegment(tx, docNums, listsFromDocs(docs)));
    writes.push(tx.objectStore('tail').clear());
  });
  return true;
}

/**
 * Merges one group of like-sized segments; with `vacuum`, else rewrites a segment whose
 * articles are mostly deleted or re-indexed. False when there was nothing to do.
 */
async function mergeSegments(db: LibraryDb, { vacuum = false } = {}): Promise<boolean> {
  const tx = db.transaction(STORES, 'readwrite');
  const segments = await tx.objectStore('segments').getAll();
  const byLevel = new Map<number, typeof segments>();
  for (const segment of segments)
    if (segment.level < TOP_LEVEL)
      byLevel.set(segment.level, [...(byLevel.get(segment.level) ?? []), segment]);
  let group = [...byLevel.values()].find((list) => list.length >= FANOUT)?.slice(0, FANOUT);
  if (!group && !vacuum) {
    await tx.done;
    return false;
  }
  const ids = await readDocIds(tx.objectStore('docIds'));
  const isLive = (docNum: number) => !!ids[docNum];
  group ??= segments
    .filter(
      (segment) =>
        segment.docNums.filter((docNum) => !isLive(docNum)).length > VACUUM_DEAD * segment.docNums.length,
    )
    .slice(0, 1);
  if (!group.length) {
    await commit(tx, (writes) => void writes.push(putMeta(tx.objectStore('meta'), 'retired', 0)));
    return false;
  }
  const blocks = await Promise.all(
    group.map((segment) => tx.objectStore('blocks').getAll(blocksOf(segment.id))),
  );
  const lists = mergeLists(
    blocks.map((list) => list.map(decodeBlock)),
    isLive,
  );
  const docNums = Uint32Array.from(group.flatMap((segment) => [...segment.docNums].filter(isLive))).sort();
  await commit(tx, (writes) => {
    writes.push(writeSegment(tx, docNums, lists));
    for (const segment of group) {
      writes.push(tx.objectStore('segments').delete(segment.id));
      writes.push(tx.objectStore('blocks').delete(blocksOf(segment.id)));
    }
  });
  return true;
}

/** Enough articles retired (deleted, re-indexed) since the last vacuum to look for dead weight. */
async function vacuumDue(db: LibraryDb): Promise<boolean> {
  const tx = db.transaction(['meta', 'facets']);
  const [retired, all] = await Promise.all([
    getMeta(tx.objectStore('meta'), 'retired'),
    tx.objectStore('facets').get('all'),
  ]);
  return (retired ?? 0) > Math.max(VACUUM_MIN, (all?.count ?? 0) * 0.1);
}

/**
 * Flushes the tail if it is full, then (with `merge`) merges segments until no level holds
 * FANOUT of them, and vacuums when many articles were retired. `force` flushes any tail and
 * vacuums whatever is due (tests, and a user asking to tidy up).
 */
export async function maintainSearchIndex(
  db: LibraryDb,
  { force = false, merge = true } = {},
): Promise<void> {
  await flushTail(db, force ? 1 : TAIL_MAX);
  if (!merge) return;
  const vacuum = force || (await vacuumDue(db));
  while (await mergeSegments(db, { vacuum }));
}
