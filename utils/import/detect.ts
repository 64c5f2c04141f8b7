/**
 * Which export a file is, judged by its content: people rename files, and browsers save Pocket's
 * CSV as "export.txt" or Instapaper's as "download". The name only breaks ties.
 */
import { isZip, listZip, looksBinary, decodeText } from './bytes';
import { csvHeader } from './csv';
import { isInstapaperHeader } from './formats/instapaper';
import { isLecternBackup } from './formats/lectern-backup';
import { isNetscapeHtml, looksLikeBookmarkList } from './formats/netscape';
import { isOmnivoreMetadata } from './formats/omnivore';
import { isPocketHeader, isPocketPart } from './formats/pocket-csv';
import { isPocketHtml } from './formats/pocket-html';
import { isUrlList } from './formats/url-list';
import { isWallabagJson } from './formats/wallabag';
import { IMPORT_MESSAGES, ImportError, type ImportFormat } from './types';

/** The detected format plus what detection already decoded, so parsing doesn't decode twice. */
export type Sniffed =
  | { format: 'pocket-zip' | 'omnivore-zip' }
  | { format: 'lectern-backup'; json: Record<string, unknown> }
  | { format: 'wallabag-json'; json: unknown[] }
  | { format: 'pocket-csv' | 'pocket-html' | 'instapaper-csv' | 'netscape-html' | 'url-list'; text: string };

/** Throws ImportError when the file is empty, damaged or not an export we know. */
export function detectFormat(bytes: Uint8Array, fileName?: string): ImportFormat {
  return sniff(bytes, fileName).format;
}

export function sniff(bytes: Uint8Array, fileName = ''): Sniffed {
  if (bytes.length === 0) throw new ImportError(IMPORT_MESSAGES.empty);
  if (isZip(bytes)) {
    const names = listZip(bytes);
    if (names.some(isPocketPart)) return { format: 'pocket-zip' };
    if (names.some(isOmnivoreMetadata)) return { format: 'omnivore-zip' };
    throw new ImportError(IMPORT_MESSAGES.unknownZip);
  }
  if (looksBinary(bytes)) throw new ImportError(IMPORT_MESSAGES.unknown);
  const text = decodeText(bytes);
  const start = text.search(/\S/);
  if (start === -1) throw new ImportError(IMPORT_MESSAGES.empty);
  const head = text.slice(start, start + 4096);

  if (head.startsWith('{') || head.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ImportError(IMPORT_MESSAGES.badJson);
    }
    if (isLecternBackup(json)) return { format: 'lectern-backup', json };
    if (isWallabagJson(json)) return { format: 'wallabag-json', json };
    throw new ImportError(IMPORT_MESSAGES.unknown);
  }

  if (head.startsWith('<')) {
    if (isNetscapeHtml(head)) return { format: 'netscape-html', text };
    if (isPocketHtml(text)) return { format: 'pocket-html', text };
    if (looksLikeBookmarkList(text)) return { format: 'netscape-html', text };
    if (/ril_export/i.test(fileName)) return { format: 'pocket-html', text };
    if (/bookmark/i.test(fileName)) return { format: 'netscape-html', text };
    throw new ImportError(IMPORT_MESSAGES.unknown);
  }

  const header = csvHeader(text);
  if (header && isPocketHeader(header)) return { format: 'pocket-csv', text };
  if (header && isInstapaperHeader(header)) return { format: 'instapaper-csv', text };
  if (isUrlList(text, /\.(?:txt|text|list)$/i.test(fileName))) return { format: 'url-list', text };
  throw new ImportError(IMPORT_MESSAGES.unknown);
}
