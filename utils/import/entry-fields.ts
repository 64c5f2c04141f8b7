/** The fields every format shares: link checks, dates, tags, line numbers. Duplicates: sink.ts. */

/** Quotes user data inside a message, cut short so one absurd cell cannot flood the UI. */
export function quote(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 80 ? `${flat.slice(0, 77)}...` : flat}"`;
}

export type UrlCheck = { ok: true; url: string } | { ok: false; error: string };

/** Accepts only http(s) links, serialised by `new URL()` and otherwise kept exactly as given. */
export function checkUrl(raw: string): UrlCheck {
  const text = raw.trim();
  if (text === '') return { ok: false, error: 'Skipped an entry with no link.' };
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1];
    if (scheme && !/^https?$/i.test(scheme)) return nonWeb(`${scheme.toLowerCase()}:`);
    return { ok: false, error: `Skipped a link that isn't a valid web address: ${quote(text)}.` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return nonWeb(parsed.protocol);
  return { ok: true, url: parsed.href };
}

function nonWeb(scheme: string): UrlCheck {
  return { ok: false, error: `Skipped a non-web link (${scheme}): only http and https pages can be saved.` };
}

export type DateCheck = { ok: true; iso: string | null } | { ok: false; error: string };

// Nothing was saved to a read-later list before the web existed, nor after 2100: dates outside
// this window are corrupt, not history.
const EARLIEST = Date.UTC(1990, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

function inRange(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST && ms < LATEST;
}

function badDate(raw: string): DateCheck {
  return { ok: false, error: `Couldn't read the date ${quote(raw)}; imported it without a date.` };
}

const UNIT_TO_MS = [1000, 1, 0.001] as const;

/**
 * Unix time, normally seconds. Some bookmark tools write milliseconds or microseconds; in the
 * plausible window those three ranges cannot overlap, so the unit is unambiguous.
 */
export function unixToIso(raw: string): DateCheck {
  const text = raw.trim();
  if (text === '') return { ok: true, iso: null };
  if (!/^\d{1,20}(\.\d+)?$/.test(text)) return badDate(text);
  const value = Number(text);
  for (const toMs of UNIT_TO_MS) {
    if (inRange(value * toMs)) return { ok: true, iso: new Date(Math.floor(value * toMs)).toISOString() };
  }
  return badDate(text);
}

// Date.parse alone accepts almost anything in V8 ("1", "hello 2020"), so insist on ISO 8601.
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

export function isoToIso(raw: string): DateCheck {
  const text = raw.trim();
  if (text === '') return { ok: true, iso: null };
  const match = ISO.exec(text);
  // A time without a zone would be read as local time; exports write UTC, and results must not
  // depend on the machine's time zone.
  const utc = match && /[T ]/i.test(text) && !/(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) ? `${text}Z` : text;
  const ms = match ? Date.parse(utc.replace(' ', 'T')) : NaN;
  return inRange(ms) ? { ok: true, iso: new Date(ms).toISOString() } : badDate(text);
}

/** Trimmed, empty ones dropped, first spelling kept among case-insensitive duplicates. */
export function cleanTags(tags: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const text = tag.trim();
    const key = text.toLowerCase();
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** Maps string offsets to 1-based line numbers. Offsets must not go backwards: linear overall. */
export class LineCounter {
  private line = 1;
  /** Where the next uncounted newline is (-1: none left), so each is searched for only once. */
  private next: number | undefined;

  constructor(
    private readonly text: string,
    private readonly newline: '\n' | '\r' = '\n',
  ) {}

  lineAt(offset: number): number {
    let i = this.next ?? this.text.indexOf(this.newline);
    while (i !== -1 && i < offset) {
      this.line++;
      i = this.text.indexOf(this.newline, i + 1);
    }
    this.next = i;
    return this.line;
  }
}
