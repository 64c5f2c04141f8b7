/** What the import parsers produce. Pure data: shared by the options page, the service worker and Node. */

export type ImportFormat =
  | 'pocket-zip'
  | 'pocket-csv'
  | 'pocket-html'
  | 'instapaper-csv'
  | 'omnivore-zip'
  | 'netscape-html'
  | 'url-list'
  | 'lectern-backup'
  | 'wallabag-json';

/** A highlight as an export carries it: its quote (anchored once the article's text is there). */
export interface ImportedHighlight {
  quote: string;
  note: string;
  labels: string[];
  /** ISO 8601, or null when the export gives no date. */
  createdAt: string | null;
}

export interface ImportEntry {
  /** Always http: or https:, as serialised by `new URL()`. */
  url: string;
  /** Never empty: falls back to the URL. */
  title: string;
  /** ISO 8601 (UTC), or null when the file gives no usable date. */
  addedAt: string | null;
  /** Trimmed, case kept, de-duplicated case-insensitively. */
  tags: string[];
  state: 'unread' | 'archived';
  favorite: boolean;
  /** Set (true) only when the source says the article was read to the end. */
  read?: boolean;
  /** The article body, when the export carries one (Omnivore). */
  content?: { type: 'html' | 'markdown'; text: string };
  /** Highlights with their notes (Omnivore, wallabag). */
  highlights?: ImportedHighlight[];
  /** Notes on the whole article, not on a passage (Omnivore). */
  articleNotes?: string[];
}

export interface ImportProblem {
  /** Plain words, shown to the user as is. */
  error: string;
  /** e.g. "line 12", "part_000001.csv line 4", "metadata_0_to_49.json item 7". */
  where: string;
}

export interface ImportResult {
  format: ImportFormat;
  entries: ImportEntry[];
  problems: ImportProblem[];
}

/**
 * The file as a whole cannot be read. Per-entry trouble never throws: it becomes an ImportProblem,
 * so one bad row cannot cost the user the rest of their library.
 */
export class ImportError extends Error {
  override name = 'ImportError';

  constructor(message: string) {
    super(message);
    // Keeps `instanceof` working even if this is ever compiled down to ES5.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** The messages for whole-file failures, in one place so the UI and tests agree on them. */
export const IMPORT_MESSAGES = {
  empty: 'This file is empty.',
  unknown: "This doesn't look like a Pocket, Instapaper, Omnivore, wallabag, bookmarks or URL-list export.",
  damagedZip: 'This ZIP file is damaged or incomplete (it may not have finished downloading).',
  unknownZip: "This ZIP file doesn't contain a Pocket or Omnivore export.",
  badJson: 'This file looks like JSON but is damaged, so it cannot be read.',
} as const;
