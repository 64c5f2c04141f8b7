/**
 * Other articles on the page. Infinite-scroll themes put the next story (its own <h1>, its own
 * body) above or below the one the reader opened, and Readability keeps whichever scores higher:
 * often the other one. Before Readability runs, a story is taken out of the clone when it is
 * plainly another article:
 * - the page's title (metadata or <title>) names exactly one <h1>, the page's own headline, and
 *   at least three paragraphs of prose follow that headline before any other story begins;
 * - the other story's <h1> is unlike that title and leads at least three paragraphs of prose,
 *   in a box (its highest ancestor without the headline) that holds none of the headline's own.
 * A page that uses <h1> for subheads, or a logo in an <h1>, fails these and is left as it is.
 */
import { isProse } from '../confidence';
import { linkDensity, textOf } from '../dom';

const MIN_PARAGRAPHS = 3;
/** More headlines than this is a front page or a hostile one, not a few stories in a row. */
const MAX_HEADLINES = 20;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The title names the heading: most of the heading's words are in the title, and the heading has
 * at least half as many words (the title may carry the site's name; a logo has too few words).
 */
function names(title: string, heading: string): boolean {
  const titleWords = new Set(words(title));
  const headingWords = words(heading);
  const shared = headingWords.filter((word) => titleWords.has(word)).length;
  return shared >= headingWords.length * 0.75 && headingWords.length * 2 >= titleWords.size && shared > 0;
}

export function dropOtherStories(clone: Document, titles: Array<string | null>): void {
  const count = clone.getElementsByTagName('h1').length;
  if (count < 2 || count > MAX_HEADLINES) return;
  // Headlines and paragraphs in document order; positions compared by index (linkedom's
  // compareDocumentPosition compares depths, not order).
  const blocks = Array.from(clone.querySelectorAll('h1, p'));
  const position = new Map(blocks.map((block, index) => [block, index]));
  const follows = (first: Element, second: Element) => position.get(first)! < position.get(second)!;
  const own: Element[] = [];
  const others: Element[] = [];
  for (const heading of blocks) {
    if (heading.tagName !== 'H1') continue;
    const text = textOf(heading);
    if (titles.some((title) => title && names(title, text))) own.push(heading);
    else if (text) others.push(heading);
  }
  const headline = own[0];
  if (own.length !== 1 || !headline || !others.length) return;
  const prose = blocks.filter((block) => {
    if (block.tagName !== 'P') return false;
    const text = textOf(block);
    return isProse(text.length, () => linkDensity(block, text));
  });
  const next = others.find((heading) => follows(headline, heading));
  const ownProse = prose.filter(
    (paragraph) => follows(headline, paragraph) && (!next || follows(paragraph, next)),
  );
  if (ownProse.length < MIN_PARAGRAPHS) return;
  for (const heading of others) {
    let box: Element = heading;
    while (box.parentElement && !box.parentElement.contains(headline)) box = box.parentElement;
    if (box.contains(headline) || ownProse.some((paragraph) => box.contains(paragraph))) continue;
    const inBox = prose.filter((paragraph) => box.contains(paragraph));
    if (inBox.length >= MIN_PARAGRAPHS && inBox.every((paragraph) => follows(heading, paragraph)))
      box.remove();
  }
}
