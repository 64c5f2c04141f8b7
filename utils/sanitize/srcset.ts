/**
 * `srcset` read the way the browser reads it (HTML, "parse a srcset attribute"): candidates are
 * split where the browser splits them, not on ", ". Splitting on comma-and-space let a candidate
 * glued on with a bare comma (`a.jpg 1x,javascript:... 2x`) ride inside the previous one's
 * descriptors, and the browser then found it again. Each candidate is written back from what was
 * parsed (its URL and one checked descriptor), never from the original text.
 */

export interface SrcsetCandidate {
  url: string;
  /** `w` descriptor, or null. */
  width: number | null;
  /** `x` descriptor, or null (1x when neither is given). */
  density: number | null;
}

/** More candidates than this is junk or an attack (a page can list ten thousand). */
export const MAX_SRCSET_CANDIDATES = 16;

const WHITESPACE = /[\t\n\f\r ]/;
const INTEGER = /^\d+$/;
const FLOAT = /^(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The descriptors of one candidate, or null when the browser would drop it. */
function readDescriptors(url: string, descriptors: string[]): SrcsetCandidate | null {
  let width: number | null = null;
  let density: number | null = null;
  let height = false;
  for (const descriptor of descriptors) {
    const value = descriptor.slice(0, -1);
    const kind = descriptor.slice(-1);
    if (kind === 'w' && INTEGER.test(value) && width === null && density === null && Number(value) > 0)
      width = Number(value);
    else if (kind === 'x' && FLOAT.test(value) && width === null && density === null && !height)
      density = Number(value);
    else if (kind === 'h' && INTEGER.test(value) && !height && density === null && Number(value) > 0)
      height = true;
    else return null;
  }
  if (height && width === null) return null;
  if (density !== null && !(density > 0 && Number.isFinite(density))) return null;
  return { url, width, density };
}

/**
 * Every candidate the browser would find in `value`, malformed ones left out, in order. Work is
 * linear in the length of `value`; at most `limit` candidates are returned.
 */
export function parseSrcset(value: string, limit = Number.POSITIVE_INFINITY): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  const length = value.length;
  let position = 0;
  while (position < length && candidates.length < limit) {
    while (position < length && (WHITESPACE.test(value[position]!) || value[position] === ',')) position++;
    if (position >= length) break;
    const start = position;
    while (position < length && !WHITESPACE.test(value[position]!)) position++;
    let url = value.slice(start, position);
    const descriptors: string[] = [];
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // The descriptor tokenizer: a comma outside parentheses ends the candidate.
      let current = '';
      let inParens = false;
      for (; position < length; position++) {
        const char = value[position]!;
        if (inParens) {
          current += char;
          if (char === ')') inParens = false;
        } else if (WHITESPACE.test(char)) {
          if (current) descriptors.push(current);
          current = '';
        } else if (char === ',') {
          position++;
          break;
        } else {
          current += char;
          if (char === '(') inParens = true;
        }
      }
      if (current) descriptors.push(current);
    }
    const candidate = url ? readDescriptors(url, descriptors) : null;
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/** A candidate as written back: its URL and its one descriptor. */
export function serializeCandidate(candidate: SrcsetCandidate): string {
  if (candidate.width !== null) return `${candidate.url} ${candidate.width}w`;
  if (candidate.density !== null) return `${candidate.url} ${candidate.density}x`;
  return candidate.url;
}
