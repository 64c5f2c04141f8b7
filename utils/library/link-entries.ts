/**
 * Link entries: what an import adds before the fetch queue has read each page. Many links in one
 * all-or-nothing transaction, and a fetched page turning its link entry into an article. Every
 * write keeps the filter counts and the search index in the same transaction, like a save.
 */
import { saveArticle, type SaveInput } from './articles';
import type { LibraryDb } from './db/open';
import { normaliseTags, withDerived } from './derive';
import { FacetDeltas } from './facets';
import type { ArticleMeta } from './db/schema';
import { updateSearchIndex, type IndexUpdate } from './search/indexer';
import { EMPTY_TERMS, metaTerms } from './search/terms';
import { commit, WRITE_STORES } from './db/tx';
import { normaliseUrl } from './url';

/** An imported entry, before it has a page: what the export said about it. */
export interface LinkInput {
  url: string;
  title: string;
  /** ms since epoch */
  savedAt: number;
  readAt: number | null;
  archived: boolean;
  favorite: boolean;
  tags: string[];
}

export interface AddLinksResult {
  /** In input order. */
  added: { id: string; url: string; title: string; input: number }[];
  /** Inputs whose (normalised) URL is already in the library, or earlier in this import. */
  existing: { url: string; input: number }[];
}

function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

function linkMeta(input: LinkInput, url: string, now: number): ArticleMeta {
  return withDerived({
    id: newId(),
    url,
    title: input.title,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    dir: null,
    excerpt: null,
    leadImage: null,
    wordCount: 0,
    readingMinutes: 0,
    savedAt: input.savedAt,
    updatedAt: now,
    readAt: input.readAt,
    archived: input.archived,
    favorite: input.favorite,
    tags: normaliseTags(input.tags),
    kind: 'link',
    bytes: 0,
    progress: 0,
  });
}

/**
 * Adds link entries (kind 'link') in one transaction: all of them or, on any failure, none.
 * Entries already in the library are left as they are and reported; they are searchable by
 * title, site and tags at once, and by their text once the queue has fetched them.
 */
export async function addLinkEntries(
  db: LibraryDb,
  inputs: readonly LinkInput[],
  now = Date.now(),
): Promise<AddLinksResult> {
  const urls = inputs.map((input) => normaliseUrl(input.url));
  // Built before the transaction opens: tokenising is the slow part and must not hold it open.
  const metas = inputs.map((input, index) => linkMeta(input, urls[index]!, now));
  const terms = metas.map((meta) => metaTerms(meta));
  const tx = db.transaction(WRITE_STORES, 'readwrite');
  const articles = tx.objectStore('articles');
  const byUrl = articles.index('by-url');
  return commit(tx, async (writes) => {
    const known = await Promise.all(urls.map((url) => byUrl.getKey(url)));
    const result: AddLinksResult = { added: [], existing: [] };
    const seen = new Set<string>();
    const facets = new FacetDeltas();
    const updates: IndexUpdate[] = [];
    metas.forEach((meta, index) => {
      if (known[index] !== undefined || seen.has(meta.url)) {
        result.existing.push({ url: meta.url, input: index });
        return;
      }
      seen.add(meta.url);
      facets.change(undefined, meta);
      writes.push(articles.put(meta));
      // An empty body, not none: the indexer leaves body-less updates to its backfill.
      updates.push({ id: meta.id, meta: terms[index]!, body: EMPTY_TERMS });
      result.added.push({ id: meta.id, url: meta.url, title: meta.title, input: index });
    });
    writes.push(facets.apply(tx.objectStore('facets')));
    writes.push(updateSearchIndex(tx, updates));
    return result;
  });
}

/** True while the entry is a link still waiting for its page (not deleted, not saved by hand). */
export async function isWaitingLink(db: LibraryDb, id: string): Promise<boolean> {
  return (await db.get('articles', id))?.kind === 'link';
}

/**
 * Turns a link entry into an article with the page the queue fetched. It goes through the same
 * save as the reader's Save button (same URL: the entry is updated in place, keeping its id, date,
 * tags and reading state). False when the entry is gone or no longer a link.
 */
export async function completeLinkEntry(
  db: LibraryDb,
  id: string,
  input: SaveInput,
  now = Date.now(),
): Promise<boolean> {
  const meta = await db.get('articles', id);
  if (meta?.kind !== 'link') return false;
  await saveArticle(db, { ...input, article: { ...input.article, url: meta.url } }, now);
  return true;
}
