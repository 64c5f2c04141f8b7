import type { DBSchema } from 'idb';
import type { RemovedBlock, SafeHtml } from '../../article';
import type { Highlight } from '../../highlights/highlight';

export const DB_NAME = 'lectern';

/** Where an article sits: a read article stays "read" until archived; archiving wins. */
export type Shelf = 'unread' | 'read' | 'archived';

/** List metadata: everything the library list shows, and nothing heavy. */
export interface ArticleMeta {
  id: string;
  /** Normalised URL (no fragment, no tracking parameters): saving the same URL twice updates. */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  /** ms since epoch */
  savedAt: number;
  updatedAt: number;
  /** ms since epoch when marked read, or null when unread. */
  readAt: number | null;
  archived: boolean;
  favorite: boolean;
  /** Normalised (see derive.ts normaliseTag): trimmed, lower case, unique. */
  tags: string[];
  /** 'article' has a stored body; 'link' is an imported entry whose page has not been fetched yet. */
  kind: 'article' | 'link';
  /** UTF-8 bytes of the body (HTML, text, removed blocks) plus its offline images' bytes. */
  bytes: number;
  /** Reading position, 0..1, restored when the saved copy is reopened. */
  progress: number;

  // Since v2: keys derived from the fields above (derive.ts), stored only because IndexedDB can
  // sort and filter on stored values alone (it can't index a boolean or a folded title).
  shelf: Shelf;
  /** 1 for a favourite, else 0 (booleans are not valid IndexedDB keys). */
  fav: 0 | 1;
  /** publishedTime as ms since epoch, 0 when unknown (sorts last when newest come first). */
  publishedAt: number;
  /** Folded title, for A–Z order that ignores case and accents. */
  sortTitle: string;
  /** The site as shown: siteName, else the host without "www.". */
  site: string;
  /** Folded site, the key for sorting and for the site filter. */
  siteKey: string;
}

/** The heavy part of an article, read only when it is opened. */
export interface ArticleBody {
  id: string;
  html: SafeHtml;
  text: string;
  /** Blocks the cleanup removed, with the ids the reader chose to restore. */
  removed: RemovedBlock[];
  restoredIds: number[];
}

/** An image kept for offline reading. Keyed by imageKey(articleId, url) (see images.ts). */
export interface ImageRecord {
  articleId: string;
  url: string;
  blob: Blob;
  bytes: number;
  type: string;
}

/**
 * A count shown beside a filter, kept up to date by every write (facets.ts). One more record,
 * key 'bytes' (since v4), counts bytes instead of articles: the sum of every article's `bytes`.
 */
export interface Facet {
  /** 'all', 'shelf:unread', 'fav', 'site:<siteKey>', 'tag:<tag>', 'bytes' */
  key: string;
  kind: 'all' | 'shelf' | 'fav' | 'site' | 'tag' | 'bytes';
  /** The filter value: a shelf, a siteKey or a tag. */
  name: string;
  /** What the list shows: a site's display name, a tag. */
  label: string;
  count: number;
}

/** Search terms (space-separated: one string clones far faster than an array) and weights. */
export interface TermWeights {
  terms: string;
  weights: Uint8Array;
}

/**
 * The forward index of one article: its current document number and the terms it was indexed
 * under, so a tag edit re-indexes without reading the body and a delete knows what to retire.
 */
export interface SearchDoc {
  id: string;
  docNum: number;
  /** Title, byline, site and tags: recomputed from metadata alone when tags change. */
  meta: TermWeights;
  /** The body's first BODY_INDEX_CHARS characters: computed once, when the body is saved. */
  body: TermWeights;
  /** Since v4: its highlights' quotes and notes, recomputed when they change (highlights/search.ts). */
  notes?: TermWeights;
}

/** A recently indexed article, searched by scanning until it is flushed into a segment. */
export interface TailDoc extends TermWeights {
  docNum: number;
}

/**
 * An immutable piece of the inverted index covering some documents (search/segments.ts).
 * Its postings live in `blocks`, split at term boundaries; `firstTerms[i]` is block i's first.
 */
export interface Segment {
  id: number;
  /** Merged segments go up a level (search/maintain.ts). */
  level: number;
  /** Sorted document numbers it holds postings for (live or since deleted). */
  docNums: Uint32Array;
  firstTerms: string[];
}

/** Sorted terms (newline-separated), each with `counts[i]` postings (docNum << 8 | weight). */
export interface Block {
  terms: string;
  counts: Uint32Array;
  postings: Uint32Array;
}

export interface MetaValues {
  /** The next document number (never reused: a re-indexed article gets a new one). */
  nextDocNum: number;
  nextSegment: number;
  /** Articles deleted or re-indexed since the last vacuum (search/maintain.ts). */
  retired: number;
  /** True while articles from before v2 still wait to be indexed (search/backfill.ts). */
  searchBackfill: boolean;
}

export interface LecternDB extends DBSchema {
  articles: {
    key: string;
    value: ArticleMeta;
    indexes: {
      'by-url': string;
      'by-savedAt': number;
      // Since v2. Each sort ties on savedAt so equal keys keep a stable, meaningful order; the
      // shelf, favourite and site indexes also list one filter's articles in date order directly.
      'by-publishedAt': [number, number];
      'by-title': [string, number];
      'by-site': [string, number];
      'by-minutes': [number, number];
      'by-shelf': [Shelf, number];
      'by-fav': [number, number];
      'by-tag': string;
    };
  };
  bodies: {
    key: string;
    value: ArticleBody;
  };
  images: {
    key: string;
    value: ImageRecord;
    indexes: { 'by-article': string };
  };
  facets: {
    key: string;
    value: Facet;
  };
  segments: {
    key: number;
    value: Segment;
  };
  /** [segment id, block number] */
  blocks: {
    key: [number, number];
    value: Block;
  };
  tail: {
    key: number;
    value: TailDoc;
  };
  searchDocs: {
    key: string;
    value: SearchDoc;
  };
  /** docNum → article id, 1,024 to a record (search/doc-table.ts). */
  docIds: {
    key: number;
    value: string;
  };
  /** Since v4: highlights and notes (utils/highlights/). */
  highlights: {
    key: string;
    value: Highlight;
    indexes: { 'by-article': string; 'by-createdAt': number };
  };
  meta: {
    key: keyof MetaValues;
    value: MetaValues[keyof MetaValues];
  };
}
