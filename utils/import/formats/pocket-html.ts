/** Pocket's legacy ril_export.html: <h1>Unread</h1><ul><li><a ...></li></ul><h1>Read Archive</h1>... */
import { LineCounter, unixToIso } from '../entry-fields';
import { htmlText, scanHtml } from '../html-scan';
import { EntrySink, type RawEntry } from '../sink';
import type { ImportResult } from '../types';

/** Pocket's page title, or its section headings next to its time_added attribute. */
export function isPocketHtml(text: string): boolean {
  if (/<title>\s*Pocket Export\s*<\/title>/i.test(text)) return true;
  return /<h1>\s*(?:Unread|Read Archive)\s*<\/h1>/i.test(text) && /\stime_added\s*=/i.test(text);
}

export function parsePocketHtml(text: string): ImportResult {
  const sink = new EntrySink();
  const lines = new LineCounter(text);
  let state: RawEntry['state'] = 'unread';
  let heading: string[] | null = null;
  let link: { attrs: Map<string, string>; text: string[]; where: string } | null = null;

  const finishLink = (): void => {
    if (!link) return;
    const { attrs, where } = link;
    sink.add(
      {
        url: attrs.get('href') ?? '',
        title: htmlText(link.text),
        addedAt: sink.date(attrs.get('time_added'), unixToIso, where),
        tags: (attrs.get('tags') ?? '').split(','),
        state,
      },
      where,
    );
    link = null;
  };

  for (const token of scanHtml(text)) {
    if (token.kind === 'text') {
      (link?.text ?? heading)?.push(token.text);
    } else if (token.kind === 'open' && token.name === 'a') {
      finishLink(); // an unclosed <a> ends where the next one starts
      link = { attrs: token.attrs, text: [], where: `line ${lines.lineAt(token.offset)}` };
    } else if (token.kind === 'close' && token.name === 'a') {
      finishLink();
    } else if (token.kind === 'open' && token.name === 'h1') {
      finishLink();
      heading = [];
    } else if (token.kind === 'close' && token.name === 'h1' && heading) {
      // Everything under "Read Archive" was archived in Pocket; any other heading is unread.
      state = /archive/i.test(htmlText(heading)) ? 'archived' : 'unread';
      heading = null;
    } else if (token.kind === 'close' && token.name === 'li') {
      finishLink();
    }
  }
  finishLink();
  return { format: 'pocket-html', entries: sink.entries, problems: sink.problems };
}
