/**
 * Omnivore's highlights/<slug>.md: each highlight is `> quote`, then an optional line of
 * `#labels`, then an optional note; a note with no highlight (before the first quote) has no `>`.
 * A blank line inside a multi-paragraph quote is written `> ` and the next paragraph has no `>`:
 * the article's own text tells the rest of such a quote from a note.
 */
import type { ImportedHighlight } from '../types';

const LABELS = /^(?:#[^\s#]+\s*)+$/;

/** The article's words, white space folded, for "is this paragraph still the quote?". */
export function plainText(content: { type: 'html' | 'markdown'; text: string } | undefined): string {
  if (!content) return '';
  const text =
    content.type === 'html'
      ? content.text
          .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
          .replace(/<[^>]*>/g, ' ')
          .replace(/&nbsp;/g, ' ')
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
      : content.text.replace(/[*_`#>[\]]/g, ' ');
  return fold(text);
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

export function parseOmnivoreHighlights(
  markdown: string,
  articleText: string,
): { highlights: ImportedHighlight[]; articleNotes: string[] } {
  const highlights: ImportedHighlight[] = [];
  const articleNotes: string[] = [];
  let current: ImportedHighlight | null = null;
  /** The last quote line was an empty `> `: the next plain paragraph may still be the quote. */
  let openBreak = false;
  let quoting = false;
  let afterBlank = true;
  const addNote = (line: string) => {
    if (current) current.note = current.note ? `${current.note}\n${line}` : line;
    // Before the first quote: notes on the whole article, one per paragraph.
    else if (afterBlank || !articleNotes.length) articleNotes.push(line);
    else articleNotes[articleNotes.length - 1] += `\n${line}`;
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const quote = /^>\s?(.*)$/.exec(line);
    if (quote) {
      const text = quote[1]!.trim();
      if (!quoting || !current) {
        current = { quote: text, note: '', labels: [], createdAt: null };
        highlights.push(current);
      } else if (text) current.quote += `${openBreak ? '\n\n' : ' '}${text}`;
      openBreak = !text;
      quoting = true;
      afterBlank = false;
      continue;
    }
    if (!line) {
      quoting = quoting && openBreak;
      afterBlank = true;
      continue;
    }
    const continues =
      current && quoting && openBreak && articleText.includes(fold(`${current.quote} ${line}`));
    quoting = false;
    openBreak = false;
    if (continues) current!.quote += `\n\n${line}`;
    else if (current && LABELS.test(line) && !current.note)
      current.labels.push(...line.split(/\s+/).map((label) => label.slice(1)));
    else addNote(line);
    afterBlank = false;
  }
  return { highlights: highlights.filter((highlight) => highlight.quote.trim()), articleNotes };
}
