/** Turning file bytes into text or ZIP entries, with failures phrased for the user. */
import { unzipSync } from 'fflate';
import { IMPORT_MESSAGES, ImportError } from './types';

export function isZip(bytes: Uint8Array): boolean {
  // Local file header, or the end-of-directory record of an empty archive.
  return (
    bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && bytes[3] === bytes[2] + 1
  );
}

/**
 * UTF-8 (BOM stripped) is what every supported exporter writes. Old Windows bookmark files can be
 * Windows-1252 or UTF-16, so those are accepted rather than turned into mojibake.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    try {
      return new TextDecoder('windows-1252').decode(bytes);
    } catch {
      return stripBom(new TextDecoder('utf-8').decode(bytes));
    }
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Binary files (images, archives we don't read) have NULs early on; text exports never do. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xff || bytes[0] === 0xfe) return false; // UTF-16 text has NULs by design
  return bytes.subarray(0, 8192).includes(0);
}

// A real export is a few hundred MB at most; more than this uncompressed is a zip bomb or damage.
const MAX_UNZIPPED = 1024 * 1024 * 1024;

function damaged(): ImportError {
  return new ImportError(IMPORT_MESSAGES.damagedZip);
}

/** Names of the archive's files, without decompressing anything. */
export function listZip(bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    throw damaged();
  }
  return names;
}

/** Decompresses only the files `wanted` accepts. */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  let total = 0;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        total += file.originalSize;
        if (total > MAX_UNZIPPED) throw new Error('too big');
        return true;
      },
    });
    return new Map(Object.entries(files));
  } catch {
    throw damaged();
  }
}

/** The file name inside an archive, without folders; macOS resource forks are not files at all. */
export function baseName(path: string): string | null {
  if (path.startsWith('__MACOSX/') || path.endsWith('/')) return null;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.startsWith('._') ? null : name;
}
