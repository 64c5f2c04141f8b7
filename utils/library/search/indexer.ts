/**
 * Keeps the search index in step with the articles, inside the caller's write transaction, so
 * the two can never disagree. An article (re)indexed gets a new document number and joins the
 * tail (a few small writes); its old number leaves `docIds`, which makes its old postings dead
 * wherever they are, until a merge drops them (search/maintain.ts).
 */
import type { SearchDoc, TailDoc, TermWeights } from '../db/schema';
import type { WriteTx } from '../db/tx';
import { writeDocIds } from './doc-table';
import { TAIL_MAX, writeSegment } from './maintain';
import { listsFromDocs, MAX_DOC_NUM } from './segments';
import { combine, EMPTY_TERMS, sameWeights } from './terms';
import { getMeta, putMeta } from '../db/meta';

/** New terms for an article; a part left out keeps what is indexed (a tag edit leaves the body). */
export type IndexUpdate =
  { id: string; remove: true } | { id: string; meta?: TermWeights; body?: TermWeights; notes?: TermWeights };

/** Reserves `count` document numbers; returns the first. */
async function allocateDocNums(tx: WriteTx, count: number): Promise<number> {
  const store = tx.objectStore('meta');
  const first = (await getMeta(store, 'nextDocNum')) ?? 1;
  if (first + count > MAX_DOC_NUM)
    throw new Error('The search index is full: export and re-import the library.');
  await putMeta(store, 'nextDocNum', first + count);
  return first;
}

/** Counts retired document numbers, whose postings wait for a vacuum (search/maintain.ts). */
async function countRetired(tx: WriteTx, count: number): Promise<void> {
  const store = tx.objectStore('meta');
  await putMeta(store, 'retired', ((await getMeta(store, 'retired')) ?? 0) + count);
}

export async function updateSearchIndex(tx: WriteTx, updates: readonly IndexUpdate[]): Promise<void> {
  if (!updates.length) return;
  const docs = tx.objectStore('searchDocs');
  const tail = tx.objectStore('tail');
  const old = await Promise.all(updates.map((update) => docs.get(update.id)));
  const next: (SearchDoc | null)[] = updates.map((update, index) => {
    const before = old[index];
    if ('remove' in update) return null;
    // A metadata-only update of an article not indexed yet waits for the backfill, which reads
    // its body: indexing the metadata alone now would hide the body from search for good.
    if (!before && !update.body) return null;
    const notes = update.notes ?? before?.notes;
    const doc: SearchDoc = {
      id: update.id,
      docNum: 0,
      meta: update.meta ?? before?.meta ?? EMPTY_TERMS,
      body: update.body ?? before?.body ?? EMPTY_TERMS,
      ...(notes ? { notes } : {}),
    };
    const unchanged =
      before &&
      sameWeights(before.meta, doc.meta) &&
      sameWeights(before.body, doc.body) &&
      sameWeights(before.notes ?? EMPTY_TERMS, doc.notes ?? EMPTY_TERMS);
    return unchanged ? null : doc;
  });
  const count = next.filter(Boolean).length;
  const retired = updates.filter((update, index) => old[index] && (next[index] || 'remove' in update)).length;
  let docNum = count ? await allocateDocNums(tx, count) : 0;
  if (retired) await countRetired(tx, retired);
  const writes: Promise<unknown>[] = [];
  const added: TailDoc[] = [];
  const ids = new Map<number, string>();
  updates.forEach((update, index) => {
    const before = old[index];
    const doc = next[index];
    if (before && (doc || 'remove' in update)) {
      ids.set(before.docNum, '');
      writes.push(tail.delete(before.docNum));
    }
    if (!doc) {
      if ('remove' in update && before) writes.push(docs.delete(update.id));
      return;
    }
    doc.docNum = docNum++;
    ids.set(doc.docNum, doc.id);
    writes.push(docs.put(doc));
    added.push({ docNum: doc.docNum, ...combine(doc.meta, doc.body, doc.notes ?? EMPTY_TERMS) });
  });
  // A bulk save (an import) is a segment already: no point passing through the tail.
  if (added.length >= TAIL_MAX)
    writes.push(
      writeSegment(
        tx,
        Uint32Array.from(added, (doc) => doc.docNum),
        listsFromDocs(added),
      ),
    );
  else writes.push(...added.map((doc) => tail.put(doc)));
  await Promise.all([...writes, writeDocIds(tx.objectStore('docIds'), ids)]);
}
