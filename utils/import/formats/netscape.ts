/** Netscape bookmark files, as exported by every browser and many bookmarking services. */
import { LineCounter, unixToIso } from '../entry-fields';
import { htmlText, scanHtml } from '../html-scan';
import { EntrySink } from '../sink';
import type { ImportResult } from '../types';

export function isNetscapeHtml(text: string): boolean {
  return /<!DOCTYPE\s+NETSCAPE-Bookmark-file-1\s*>/i.test(text);
}

/** Without the doctype: the <DT><A ...> shape is still unmistakable. */
export function looksLikeBookmarkList(text: string): boolean {
  return /<dt>\s*<a\s/i.test(text);
}

// Browsers mark their own top-level folders; "Bookmarks bar" says where a link sat, not what it is.
const BROWSER_FOLDER_ATTRS = ['personal_toolbar_folder', 'unfiled_bookmarks_folder'];

/** Folder names (<H3>) of every enclosing <DL> become tags, outermost first, then the TAGS attribute. */
export function parseNetscape(text: string): ImportResult {
  const sink = new EntrySink();
  const lines = new LineCounter(text);
  const folders: (string | null)[] = [];
  let heading: { text: string[]; ignored: boolean } | null = null;
  let nextFolder: string | null = null;
  let link: { attrs: Map<string, string>; text: string[]; where: string } | null = null;

  const finishLink = (): void => {
    if (!link) return;
    const { attrs, where } = link;
    const folderTags = folders.filter((folder): folder is string => folder !== null);
    sink.add(
      {
        url: attrs.get('href') ?? '',
        title: htmlText(link.text),
        addedAt: sink.date(attrs.get('add_date'), unixToIso, where),
        tags: [...folderTags, ...(attrs.get('tags') ?? '').split(',')],
      },
      where,
    );
    link = null;
  };

  for (const token of scanHtml(text)) {
    if (token.kind === 'text') {
      (link?.text ?? heading?.text)?.push(token.text);
      continue;
    }
    const { name } = token;
    if (token.kind === 'close') {
      if (name === 'a') finishLink();
      if (name === 'h3' && heading) {
        nextFolder = heading.ignored ? null : htmlText(heading.text) || null;
        heading = null;
      }
      if (name === 'dl') {
        finishLink();
        folders.pop();
      }
      continue;
    }
    // Any new structure closes a link whose </A> is missing, so one typo cannot eat the file.
    if (name === 'a' || name === 'dt' || name === 'dd' || name === 'dl' || name === 'h3') finishLink();
    if (name === 'a' || name === 'dt') nextFolder = null; // an <H3> with no <DL> is an empty folder
    if (name === 'a') link = { attrs: token.attrs, text: [], where: `line ${lines.lineAt(token.offset)}` };
    if (name === 'h3')
      heading = { text: [], ignored: BROWSER_FOLDER_ATTRS.some((attr) => token.attrs.has(attr)) };
    if (name === 'dl') {
      // A <DL> right after an <H3> holds that folder's contents; the outermost one holds no folder.
      folders.push(nextFolder);
      nextFolder = null;
    }
  }
  finishLink();
  return { format: 'netscape-html', entries: sink.entries, problems: sink.problems };
}
