/** A plain text file of links, one per line; blank lines and # comments are ignored. */
import { EntrySink } from '../sink';
import type { ImportResult } from '../types';

const WEB_LINK = /^https?:\/\/\S/i;
// People often start a list with a heading line such as "url"; that is not a bad link.
const HEADER = /^(?:urls?|links?)$/i;

/** Meaningful (non-blank, non-comment) lines, trimmed, with their 1-based line numbers. */
function* meaningfulLines(text: string): Generator<{ line: string; number: number }> {
  let number = 0;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    number++;
    const line = text.slice(start, end).trim();
    if (line !== '' && !line.startsWith('#')) yield { line, number };
    start = end + 1;
  }
}

// A link, even a broken or non-web one, or a bare domain, optionally followed by a title.
const LINKISH = /^(?:[a-z][a-z0-9+.-]*:\S+|[\w-]+(?:\.[\w-]+)+\S*)(?:\s|$)/i;

/**
 * At least one real web link, and at least half of the first lines link-like, so prose or an
 * unknown CSV isn't mistaken for a list. `lenient` (the file is named *.txt) needs only the link.
 */
export function isUrlList(text: string, lenient: boolean): boolean {
  let lines = 0;
  let linkish = 0;
  let webLinks = 0;
  for (const { line } of meaningfulLines(text)) {
    if (++lines > 200) break;
    if (LINKISH.test(line)) linkish++;
    if (WEB_LINK.test(line)) webLinks++;
  }
  return webLinks > 0 && (lenient || linkish * 2 >= lines);
}

export function parseUrlList(text: string): ImportResult {
  const sink = new EntrySink();
  let first = true;
  for (const { line, number } of meaningfulLines(text)) {
    const header = first && HEADER.test(line);
    first = false;
    if (header) continue;
    // "https://example.com/a  Some title": text after the link is its title. Without this split,
    // new URL() would quietly percent-encode the title into the link's path.
    const space = line.search(/\s/);
    if (space === -1) sink.add({ url: line }, `line ${number}`);
    else sink.add({ url: line.slice(0, space), title: line.slice(space) }, `line ${number}`);
  }
  return { format: 'url-list', entries: sink.entries, problems: sink.problems };
}
