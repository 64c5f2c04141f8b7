/**
 * Changing articles in place: reading state, archive, favourite, tags, for one article or ten
 * thousand. Counts and (when tags change) the search index move in the same transaction.
 */
import type { LibraryDb } from './db/open';
import { normaliseTag, normaliseTags, withDerived } from './derive';
import { FacetDeltas } from './facets';
import type { ArticleMeta } from './db/schema';
import { updateSearchIndex } from './search/indexer';
import { metaTerms } from './search/terms';
import { commit, WRITE_STORES } from './db/tx';

export interface Patch {
  read?: boolean;
  archived?: boolean;
  favorite?: boolean;
  /** Reading position 0..1. */
  progress?: number;
  addTags?: string[];
  removeTags?: string[];
  renameTag?: { from: string; to: string };
}

/** Articles per transaction: large enough to be quick, small enough not to stall other writers. */
const BATCH = 1000;

function applyPatch(meta: ArticleMeta, patch: Patch, now: number): ArticleMeta {
  let tags = meta.tags;
  if (patch.renameTag) {
    const from = normaliseTag(patch.renameTag.from);
    const to = normaliseTag(patch.renameTag.to);
    tags = tags.map((tag) => (tag === from ? to : tag));
  }
  if (patch.addTags) tags = [...tags, ...patch.addTags];
  if (patch.removeTags) {
    const removed = new Set(normaliseTags(patch.removeTags));
    tags = tags.filter((tag) => !removed.has(tag));
  }
  return withDerived({
    ...meta,
    readAt: patch.read === undefined ? meta.readAt : patch.read ? (meta.readAt ?? now) : null,
    archived: patch.archived ?? meta.archived,
    favorite: patch.favorite ?? meta.favorite,
    progress: patch.progress === undefined ? meta.progress : Math.min(1, Math.max(0, patch.progress)),
    tags: normaliseTags(tags),
  });
}

const sameTags = (a: string[], b: string[]) =>
  a.length === b.length && a.every((tag, index) => tag === b[index]);

/** Applies `patch` to each article; returns how many changed. */
export async function updateArticles(
  db: LibraryDb,
  ids: readonly string[],
  patch: Patch,
  now = Date.now(),
): Promise<number> {
  const touchesTags = !!(patch.addTags?.length || patch.removeTags?.length || patch.renameTag);
  let changed = 0;
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    // Only a tag change needs the search stores: reading-position saves stay small and quick.
    const tx = db.transaction(touchesTags ? WRITE_STORES : (['articles', 'facets'] as const), 'readwrite');
    const articles = tx.objectStore('articles');
    const edited = await commit(tx, async (writes) => {
      const metas = await Promise.all(batch.map((id) => articles.get(id)));
      const facets = new FacetDeltas();
      const retagged: ArticleMeta[] = [];
      let count = 0;
      for (const meta of metas) {
        if (!meta) continue;
        const next = applyPatch(meta, patch, now);
        if (JSON.stringify(next) === JSON.stringify(meta)) continue;
        count++;
        facets.change(meta, next);
        writes.push(articles.put(next));
        if (touchesTags && !sameTags(meta.tags, next.tags)) retagged.push(next);
      }
      writes.push(facets.apply(tx.objectStore('facets')));
      if (retagged.length)
        writes.push(
          updateSearchIndex(
            tx,
            retagged.map((meta) => ({ id: meta.id, meta: metaTerms(meta) })),
          ),
        );
      return count;
    });
    changed += edited;
  }
  return changed;
}

/** Renames a tag on every article that has it (merging into `to` when that tag exists). */
export async function renameTag(db: LibraryDb, from: string, to: string): Promise<number> {
  const target = normaliseTag(to);
  if (!target) return 0;
  const ids = await db.getAllKeysFromIndex('articles', 'by-tag', normaliseTag(from));
  return updateArticles(db, ids, { renameTag: { from, to: target } });
}

/** Removes a tag from every article. */
export async function deleteTag(db: LibraryDb, tag: string): Promise<number> {
  const ids = await db.getAllKeysFromIndex('articles', 'by-tag', normaliseTag(tag));
  return updateArticles(db, ids, { removeTags: [tag] });
}

/** Existing tags starting with what was typed, most used first, for the tag field. */
export function suggestTags(
  tags: readonly { name: string; count: number }[],
  typed: string,
  exclude: readonly string[] = [],
  limit = 8,
): string[] {
  const prefix = normaliseTag(typed);
  return tags
    .filter((tag) => tag.name.startsWith(prefix) && !exclude.includes(tag.name))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((tag) => tag.name);
}
