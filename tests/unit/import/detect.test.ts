// Format detection by content, and the whole-file failures that are the only thrown errors.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  IMPORT_MESSAGES,
  ImportError,
  parseImport,
  type ImportFormat,
} from '../../../utils/import';
import { bytesOf, fixture } from '../../fixtures/imports/helpers';

function thrown(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected an ImportError');
}

const POCKET_CSV = 'title,url,time_added,tags,status\nA,https://a.example.com/,1700000000,x,unread\n';
const INSTAPAPER_CSV = 'URL,Title,Selection,Folder,Timestamp\nhttps://a.example.com/,A,,Unread,1700000000\n';
const BOOKMARKS =
  '<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><A HREF="https://a.example.com/">A</A>\n</DL>\n';

describe('detectFormat', () => {
  it.each<[string, ImportFormat]>([
    ['pocket-export.zip', 'pocket-zip'],
    ['pocket-single.csv', 'pocket-csv'],
    ['pocket-cursor-variant.csv', 'pocket-csv'],
    ['ril_export.html', 'pocket-html'],
    ['instapaper-export.csv', 'instapaper-csv'],
    ['instapaper-old.csv', 'instapaper-csv'],
    ['bad-rows.csv', 'instapaper-csv'],
    ['omnivore-export.zip', 'omnivore-zip'],
    ['malformed-omnivore.zip', 'omnivore-zip'],
    ['bookmarks.html', 'netscape-html'],
    ['urls.txt', 'url-list'],
    ['lectern-backup.json', 'lectern-backup'],
  ])('%s is %s, whatever it is called', (name, format) => {
    const bytes = fixture(name);
    expect(detectFormat(bytes, name)).toBe(format);
    expect(detectFormat(bytes)).toBe(format);
    expect(detectFormat(bytes, 'misleading-name.csv')).toBe(format);
    expect(detectFormat(bytes, 'misleading-name.html')).toBe(format);
  });

  it('goes by content when the name says otherwise', () => {
    expect(detectFormat(bytesOf(POCKET_CSV), 'export.txt')).toBe('pocket-csv');
    expect(parseImport(bytesOf(POCKET_CSV), 'export.txt').entries).toHaveLength(1);
    expect(detectFormat(bytesOf(INSTAPAPER_CSV), 'download')).toBe('instapaper-csv');
    expect(detectFormat(bytesOf(BOOKMARKS), 'notes.txt')).toBe('netscape-html');
    expect(detectFormat(bytesOf('https://a.example.com/\nhttps://b.example.com/\n'), 'bookmarks.html')).toBe(
      'url-list',
    );
    expect(detectFormat(fixture('pocket-export.zip'), 'omnivore.zip')).toBe('pocket-zip');
    expect(detectFormat(fixture('omnivore-export.zip'), 'pocket.zip')).toBe('omnivore-zip');
  });

  it('recognises Pocket HTML and bookmark lists without their usual headers', () => {
    const pocket =
      '<html><body><h1>Unread</h1><ul><li><a href="https://a.example.com/" time_added="1700000000">A</a></li></ul></body></html>';
    expect(detectFormat(bytesOf(pocket))).toBe('pocket-html');
    const bookmarks = '<html><DL><DT><A HREF="https://a.example.com/">A</A></DL></html>';
    expect(detectFormat(bytesOf(bookmarks))).toBe('netscape-html');
  });

  it('uses the file name only to break ties', () => {
    const prose =
      'Things to read later, when there is time:\nhttps://a.example.com/\nand maybe the other one too';
    expect(detectFormat(bytesOf(prose), 'reading.txt')).toBe('url-list');
    expect(thrown(() => detectFormat(bytesOf(prose), 'reading.md')).message).toBe(IMPORT_MESSAGES.unknown);
    const html = '<html><body><ul><li><a href="https://a.example.com/">A</a></li></ul></body></html>';
    expect(detectFormat(bytesOf(html), 'ril_export.html')).toBe('pocket-html');
    expect(detectFormat(bytesOf(html), 'Bookmarks.html')).toBe('netscape-html');
    expect(thrown(() => detectFormat(bytesOf(html), 'page.html')).message).toBe(IMPORT_MESSAGES.unknown);
  });

  it('decodes UTF-16 and Windows-1252 files rather than producing mojibake', () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...BOOKMARKS].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(parseImport(utf16).entries.map((e) => e.url)).toEqual(['https://a.example.com/']);
    const latin1 = Uint8Array.from(
      [...'title,url,time_added\nCaf\u00e9,https://a.example.com/,1700000000\n'].map((c) => c.charCodeAt(0)),
    );
    expect(parseImport(latin1).entries[0]?.title).toBe('Café');
  });
});

describe('whole-file failures', () => {
  it.each<[string, string]>([
    ['empty.csv', IMPORT_MESSAGES.empty],
    ['weird.bin', IMPORT_MESSAGES.unknown],
    ['truncated.zip', IMPORT_MESSAGES.damagedZip],
  ])('%s: %s', (name, message) => {
    const error = thrown(() => parseImport(fixture(name), name));
    expect(error.message).toBe(message);
    expect(error.name).toBe('ImportError');
    expect(thrown(() => detectFormat(fixture(name), name)).message).toBe(message);
  });

  it('gives the plain-words messages the UI shows', () => {
    expect(IMPORT_MESSAGES.empty).toBe('This file is empty.');
    expect(IMPORT_MESSAGES.damagedZip).toBe(
      'This ZIP file is damaged or incomplete (it may not have finished downloading).',
    );
    expect(IMPORT_MESSAGES.unknown).toBe(
      "This doesn't look like a Pocket, Instapaper, Omnivore, wallabag, bookmarks or URL-list export.",
    );
  });

  it('treats a file of only whitespace as empty', () => {
    expect(thrown(() => parseImport(bytesOf(' \r\n\t\n'))).message).toBe(IMPORT_MESSAGES.empty);
    expect(thrown(() => parseImport(bytesOf('\ufeff'))).message).toBe(IMPORT_MESSAGES.empty);
  });

  it('rejects text that is no export', () => {
    expect(thrown(() => parseImport(bytesOf('Dear diary, today I read nothing.'))).message).toBe(
      IMPORT_MESSAGES.unknown,
    );
    expect(thrown(() => parseImport(bytesOf('a,b,c\n1,2,3\n'), 'data.csv')).message).toBe(
      IMPORT_MESSAGES.unknown,
    );
  });

  it('rejects ZIPs that hold no Pocket or Omnivore export', () => {
    const other = zipSync({ 'readme.txt': strToU8('hello'), 'content/x.md': strToU8('# x') });
    expect(thrown(() => parseImport(other)).message).toBe(IMPORT_MESSAGES.unknownZip);
    expect(thrown(() => parseImport(zipSync({}))).message).toBe(IMPORT_MESSAGES.unknownZip);
  });

  it('rejects a ZIP whose bytes are corrupt, not just cut short', () => {
    const zip = fixture('pocket-export.zip').slice();
    zip.fill(0x41, 40, zip.length - 200); // keep the directory, wreck the compressed data
    expect(thrown(() => parseImport(zip)).message).toBe(IMPORT_MESSAGES.damagedZip);
  });

  it('rejects damaged JSON and JSON that is not a Lectern backup', () => {
    expect(thrown(() => parseImport(bytesOf('{"format": "lectern-backup", "articles": ['))).message).toBe(
      IMPORT_MESSAGES.badJson,
    );
    expect(thrown(() => parseImport(bytesOf('[{"url": "https://a.example.com/"}]'))).message).toBe(
      IMPORT_MESSAGES.unknown,
    );
  });

  it('rejects backups from a newer Lectern, or without their articles', () => {
    const newer = JSON.stringify({ format: 'lectern-backup', version: 2, articles: [] });
    expect(thrown(() => parseImport(bytesOf(newer))).message).toBe(
      'This backup was made by a newer version of Lectern. Update Lectern, then try again.',
    );
    const hollow = JSON.stringify({ format: 'lectern-backup', version: 1 });
    expect(thrown(() => parseImport(bytesOf(hollow))).message).toBe(
      'This Lectern backup is damaged: its list of articles is missing.',
    );
  });

  it('rejects exports without a url column', () => {
    const pocket = 'title,time_added,tags,status\nA,1700000000,,unread\n';
    expect(thrown(() => parseImport(bytesOf(pocket))).message).toBe(
      'This Pocket export has no "url" column, so its links cannot be found.',
    );
    const instapaper = 'Title,Selection,Folder,Timestamp\nA,,Unread,1700000000\n';
    expect(thrown(() => parseImport(bytesOf(instapaper))).message).toBe(
      'This Instapaper export has no "URL" column, so its links cannot be found.',
    );
    const zip = zipSync({ 'part_000000.csv': strToU8(pocket) });
    expect(thrown(() => parseImport(zip)).message).toBe(
      'This Pocket export has no "url" column, so its links cannot be found.',
    );
  });

  it('reports, but survives, one Pocket part without a url column', () => {
    const zip = zipSync({
      'export/part_000000.csv': strToU8(POCKET_CSV),
      'export/part_000001.csv': strToU8('title,time_added\nB,1700000000\n'),
      '__MACOSX/export/._part_000002.csv': strToU8('\0\0junk'),
    });
    const result = parseImport(zip);
    expect(result.entries.map((e) => e.url)).toEqual(['https://a.example.com/']);
    expect(result.problems).toEqual([
      {
        error: 'This Pocket export has no "url" column, so its links cannot be found. Skipped this part.',
        where: 'part_000001.csv',
      },
    ]);
  });
});
