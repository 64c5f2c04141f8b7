/** The one entry point: bytes in, entries and per-entry problems out. */
import { sniff } from './detect';
import { parseInstapaperCsv } from './formats/instapaper';
import { parseLecternBackup } from './formats/lectern-backup';
import { parseNetscape } from './formats/netscape';
import { parseOmnivoreZip } from './formats/omnivore';
import { parsePocketCsv, parsePocketZip } from './formats/pocket-csv';
import { parsePocketHtml } from './formats/pocket-html';
import { parseUrlList } from './formats/url-list';
import { parseWallabagJson } from './formats/wallabag';
import type { ImportResult } from './types';

/**
 * Throws ImportError only when the file as a whole cannot be read; anything wrong with single
 * entries is in `problems`, and the rest of the file is still imported.
 */
export function parseImport(bytes: Uint8Array, fileName?: string): ImportResult {
  const sniffed = sniff(bytes, fileName);
  switch (sniffed.format) {
    case 'pocket-zip':
      return parsePocketZip(bytes);
    case 'omnivore-zip':
      return parseOmnivoreZip(bytes);
    case 'lectern-backup':
      return parseLecternBackup(sniffed.json);
    case 'wallabag-json':
      return parseWallabagJson(sniffed.json);
    case 'pocket-csv':
      return parsePocketCsv(sniffed.text);
    case 'pocket-html':
      return parsePocketHtml(sniffed.text);
    case 'instapaper-csv':
      return parseInstapaperCsv(sniffed.text);
    case 'netscape-html':
      return parseNetscape(sniffed.text);
    case 'url-list':
      return parseUrlList(sniffed.text);
  }
}
