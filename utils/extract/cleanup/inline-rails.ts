import { elementsByTag, tagSet, textOf } from '../dom';
import type { RemovalLog } from './removal-log';

/**
 * What makes a list in the middle of the text a list of other stories' headlines, as data: each
 * item is one link and nothing else, to another page of the same site, worded as a headline; and
 * the story goes on after it. A list of sources (other sites), of anchors in the page, of plain
 * items or of links inside sentences is the article's own.
 */
const RAIL = {
  minItems: 2,
  /** A headline has a few words; "Home", "PDF" or a name is a link of another kind. */
  minWords: 4,
  maxItemChars: 160,
  /** Paragraphs of prose after the list: the list sits inside the story, not after it. */
  proseAfter: 2,
  proseChars: 80,
} as const;

const LISTS = tagSet('ul', 'ol');
const PROSE = tagSet('p');

function sameSiteHeadline(item: Element, page: URL): boolean {
  const links = item.querySelectorAll('a');
  if (links.length !== 1) return false;
  const link = links[0]!;
  const text = textOf(item);
  if (!text || text.length > RAIL.maxItemChars || textOf(link) !== text) return false;
  if (text.split(/\s+/).length < RAIL.minWords) return false;
  try {
    const target = new URL(link.getAttribute('href') ?? '', page);
    return (
      target.hostname === page.hostname &&
      !target.hash &&
      target.pathname !== page.pathname &&
      target.pathname.length > 1
    );
  } catch {
    return false;
  }
}

/** Whether at least `RAIL.proseAfter` paragraphs of prose follow `list` in the article. */
function storyGoesOn(list: Element, paragraphs: Element[]): boolean {
  let after = 0;
  for (const paragraph of paragraphs) {
    // Node.DOCUMENT_POSITION_FOLLOWING
    if (!(list.compareDocumentPosition(paragraph) & 4) || list.contains(paragraph)) continue;
    if (textOf(paragraph).length >= RAIL.proseChars && ++after >= RAIL.proseAfter) return true;
  }
  return false;
}

/** Lists of the site's other headlines in the middle of the story ("More on this", unheaded): removed. */
export function removeInlineRails(root: Element, log: RemovalLog, url: string): void {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return;
  }
  const lists = elementsByTag(root, LISTS);
  if (!lists.length) return;
  const paragraphs = elementsByTag(root, PROSE);
  for (const list of lists) {
    if (!root.contains(list)) continue;
    const items = Array.from(list.children).filter((child) => child.tagName === 'LI');
    if (items.length < RAIL.minItems || items.length !== list.children.length) continue;
    if (!items.every((item) => sameSiteHeadline(item, page)) || !storyGoesOn(list, paragraphs)) continue;
    log.remove(list, 'related', 'inline-rail');
  }
}
