/**
 * Just enough HTML tokenising for bookmark-style exports. The MV3 service worker has no DOMParser,
 * so this is a hand-written scanner: one forward pass, every loop advances, no backtracking regexes,
 * so hostile input costs linear time.
 */

// The named references bookmark and Pocket exports actually contain; others are left as written.
// prettier-ignore
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab',
  raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', middot: '\u00b7', bull: '\u2022', euro: '\u20ac',
};

const ENTITY = /&(?:#[xX]([0-9a-fA-F]+)|#([0-9]+)|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

function fromCodePoint(code: number): string {
  // NUL, surrogates and out-of-range values are what browsers replace with U+FFFD.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Decodes character references. Unknown names stay as written, as browsers leave them. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return fromCodePoint(parseInt(dec, 10));
    const key = name?.toLowerCase() ?? '';
    // hasOwn: "&constructor;" must not find Object.prototype's constructor.
    const named = Object.hasOwn(NAMED, key) ? NAMED[key] : undefined;
    return named ?? whole;
  });
}

export type HtmlToken =
  | { kind: 'open'; name: string; attrs: Map<string, string>; offset: number }
  | { kind: 'close'; name: string; offset: number }
  | { kind: 'text'; text: string; offset: number };

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// Tag and attribute names end at whitespace, '/', '>' (and '=' for attribute names).
const endsName = (c: number): boolean => isSpace(c) || c === 47 || c === 62 || Number.isNaN(c);

/** Elements whose content is text, not markup: a stray "<a" inside a script must not become a link. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * Yields tags and text in document order. Attribute names are lower-cased, values entity-decoded
 * (first occurrence wins, as in browsers); text is left raw for the caller to decode. An
 * unterminated tag or quote at the end of the file ends the scan, rather than guessing.
 */
export function* scanHtml(html: string): Generator<HtmlToken> {
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      yield { kind: 'text', text: html.slice(i), offset: i };
      return;
    }
    if (lt > i) yield { kind: 'text', text: html.slice(i, lt), offset: i };
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end === -1) return;
      i = end + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.indexOf('>', lt);
      if (end === -1) return;
      i = end + 1;
      continue;
    }
    const closing = next === 47; /* / */
    let j = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(j))) {
      // A lone "<" is text (e.g. "a < b" in a title).
      yield { kind: 'text', text: '<', offset: lt };
      i = lt + 1;
      continue;
    }
    const nameStart = j;
    while (j < n && !endsName(html.charCodeAt(j))) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    const attrs = new Map<string, string>();
    for (;;) {
      while (j < n && (isSpace(html.charCodeAt(j)) || html.charCodeAt(j) === 47)) j++;
      if (j >= n) return;
      if (html.charCodeAt(j) === 62 /* > */) {
        j++;
        break;
      }
      const attrStart = j;
      j++; // the first character is always part of the name, even "=", so the loop always advances
      while (j < n && !endsName(html.charCodeAt(j)) && html.charCodeAt(j) !== 61) j++;
      const attrName = html.slice(attrStart, j).toLowerCase();
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      let value = '';
      if (html.charCodeAt(j) === 61 /* = */) {
        j++;
        while (j < n && isSpace(html.charCodeAt(j))) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, j + 1);
          if (end === -1) return;
          value = html.slice(j + 1, end);
          j = end + 1;
        } else {
          const valueStart = j;
          while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 62) j++;
          value = html.slice(valueStart, j);
        }
      }
      if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
    }
    if (closing) {
      yield { kind: 'close', name, offset: lt };
      i = j;
      continue;
    }
    yield { kind: 'open', name, attrs, offset: lt };
    i = j;
    if (RAW_TEXT.has(name)) {
      const closer = new RegExp(`</${name}[\\s/>]`, 'ig');
      closer.lastIndex = i;
      const match = closer.exec(html);
      const end = match ? match.index : n;
      yield { kind: 'text', text: html.slice(i, end), offset: i };
      i = end;
    }
  }
}

/** Visible text of an element's collected raw text chunks: decoded, whitespace collapsed. */
export function htmlText(chunks: readonly string[]): string {
  return decodeEntities(chunks.join('')).replace(/\s+/g, ' ').trim();
}
