/**
 * One walk over a tree's text, in the spirit of jusText and trafilatura: the text is cut into
 * paragraphs (the runs of text under each block element), each paragraph is judged by its shape
 * (long, not mostly links: prose; short: a line; mostly links, or in the page's furniture: junk),
 * and every element above it is credited or charged for it. An element's score is then how much
 * prose it keeps less what it drags along, and the best container of the article is the element
 * whose score is highest.
 */
import { BLOCK_TAGS } from '../dom';

/** What one element holds, in characters. */
export interface Tally {
  /** All its text. */
  text: number;
  /** Its text inside links. */
  links: number;
  /** Its text in prose paragraphs. */
  prose: number;
  /** Prose less a share of its lines and all of its junk. */
  score: number;
}

/** A paragraph is prose from this many characters (a CJK character counts three). */
const PROSE_CHARS = 80;
/** Above this share of its text in links, a paragraph is a list of links, not prose. */
const PROSE_LINK_DENSITY = 0.3;
/** Above this share, a paragraph is navigation: all of it counts against its containers. */
const JUNK_LINK_DENSITY = 0.5;
/** A short line (a heading, a caption, a name in a list) costs a quarter of its length. */
const LINE_COST = 0.25;

/** Elements whose text is never the article's: furniture, controls, what is not shown. */
const FURNITURE = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'BUTTON', 'SELECT', 'LABEL']);
const FURNITURE_ROLES = /^(navigation|banner|contentinfo|complementary|menu|menubar|dialog)$/;
/**
 * A class or id word that starts with a name of furniture ("comment-list", "sidebar",
 * "related_posts"); not one that merely contains it ("tag-social-media" on a blog post).
 */
const FURNITURE_NAMES =
  /(^|\s)(comments?|sidebar|widgets?|related|breadcrumbs?|menu|cookies?|share|social)([\s_-]|$)/i;
/** Containers a page calls its article or main content are never furniture, whatever their names. */
const CONTENT_TAGS = new Set(['ARTICLE', 'MAIN', 'BODY']);
/** Elements whose text is not read at all. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'TEXTAREA', 'OPTION']);

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const CJK_ALL = new RegExp(CJK.source, 'g');
const NOT_BLANK = /\S/;

function isFurniture(element: Element): boolean {
  if (FURNITURE.has(element.tagName)) return true;
  const role = element.getAttribute('role');
  if (role && FURNITURE_ROLES.test(role)) return true;
  if (CONTENT_TAGS.has(element.tagName)) return false;
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return names.length > 1 && FURNITURE_NAMES.test(names);
}

interface Paragraph {
  block: Element;
  text: number;
  links: number;
  weight: number;
  /** Lines: one, and one more after each <br> (a list of names set line by line). */
  lines: number;
  furniture: boolean;
}

/** A paragraph set line by line is prose only when its lines are this long on average. */
const PROSE_LINE_CHARS = 40;

function isProse({ text, links, weight, lines }: Paragraph): boolean {
  return (
    weight >= PROSE_CHARS &&
    weight / lines >= PROSE_LINE_CHARS &&
    links / Math.max(text, 1) < PROSE_LINK_DENSITY
  );
}

function scoreOf(paragraph: Paragraph): number {
  const { text, links, furniture } = paragraph;
  if (furniture || links / Math.max(text, 1) > JUNK_LINK_DENSITY) return -text;
  if (isProse(paragraph)) return text;
  return -LINE_COST * text;
}

/** Cuts the text under `root` into paragraphs: one per block element that has text of its own. */
function paragraphsOf(root: Element): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const open = new Map<Element, Paragraph>();
  const visit = (element: Element, block: Element, inLink: boolean, furniture: boolean): void => {
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const value = node.nodeValue ?? '';
        // Its raw length: the indentation inside a paragraph's text is small beside its words.
        if (!NOT_BLANK.test(value)) continue;
        const length = value.length;
        let paragraph = open.get(block);
        if (!paragraph) {
          paragraph = { block, text: 0, links: 0, weight: 0, lines: 1, furniture };
          open.set(block, paragraph);
          paragraphs.push(paragraph);
        }
        paragraph.text += length;
        paragraph.weight += CJK.test(value) ? length + 2 * (value.match(CJK_ALL)?.length ?? 0) : length;
        if (inLink) paragraph.links += length;
      } else if (node.nodeType === 1) {
        const child = node as Element;
        if (child.tagName === 'BR') {
          const paragraph = open.get(block);
          if (paragraph) paragraph.lines++;
          continue;
        }
        if (SKIPPED.has(child.tagName.toUpperCase())) continue;
        const isBlock = BLOCK_TAGS.has(child.tagName);
        visit(
          child,
          isBlock ? child : block,
          inLink || child.tagName === 'A',
          furniture || isFurniture(child),
        );
      }
    }
  };
  visit(root, root, false, false);
  return paragraphs;
}

/** The tally of every element under `root` (and of `root`) that holds text. */
function tallyTree(root: Element): Map<Element, Tally> {
  const tallies = new Map<Element, Tally>();
  for (const paragraph of paragraphsOf(root)) {
    const score = scoreOf(paragraph);
    const prose = score > 0 ? paragraph.text : 0;
    for (let element: Element | null = paragraph.block; element; element = element.parentElement) {
      let tally = tallies.get(element);
      if (!tally) tallies.set(element, (tally = { text: 0, links: 0, prose: 0, score: 0 }));
      tally.text += paragraph.text;
      tally.links += paragraph.links;
      tally.prose += prose;
      tally.score += score;
      if (element === root) break;
    }
  }
  return tallies;
}

/** The tally of `root` alone (no map of every element under it: what Readability's pick is judged by). */
export function tallyOf(root: Element): Tally {
  const tally: Tally = { text: 0, links: 0, prose: 0, score: 0 };
  for (const paragraph of paragraphsOf(root)) {
    const score = scoreOf(paragraph);
    tally.text += paragraph.text;
    tally.links += paragraph.links;
    if (score > 0) tally.prose += paragraph.text;
    tally.score += score;
  }
  return tally;
}

/**
 * A quick tally of `root` by its <p> elements alone, read with the DOM's own text (no walk in
 * script over every node): its prose is a lower bound of tallyOf's, as prose outside paragraphs
 * is not counted; the score is not computed.
 */
export function paragraphTally(root: Element): Tally {
  const tally: Tally = { text: (root.textContent ?? '').length, links: 0, prose: 0, score: 0 };
  const links = root.getElementsByTagName('a');
  for (let index = 0; index < links.length; index++) tally.links += links[index]!.textContent?.length ?? 0;
  const paragraphs = root.getElementsByTagName('p');
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    const text = (paragraph.textContent ?? '').trim();
    if (text.length < PROSE_CHARS && !CJK.test(text)) continue;
    let linked = 0;
    const inner = paragraph.getElementsByTagName('a');
    for (let link = 0; link < inner.length; link++) linked += inner[link]!.textContent?.length ?? 0;
    const weight = CJK.test(text) ? text.length + 2 * (text.match(CJK_ALL)?.length ?? 0) : text.length;
    if (isProse({ block: paragraph, text: text.length, links: linked, weight, lines: 1, furniture: false }))
      tally.prose += text.length;
  }
  return tally;
}

/**
 * The tally of every element of a page. Every top-level node is walked: a page with a broken
 * structure can leave its text beside its <html> element rather than in it.
 */
export function tallyPage(doc: Document): Map<Element, Tally> {
  const tallies = new Map<Element, Tally>();
  for (let node = doc.firstElementChild; node; node = node.nextElementSibling)
    for (const [element, tally] of tallyTree(node)) tallies.set(element, tally);
  return tallies;
}

/** The element under `root` with the highest score (the deepest one on a tie), or null. */
export function bestContainer(tallies: Map<Element, Tally>): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  // Map order is the order of first credit: a paragraph's block before its ancestors, so a tie
  // keeps the deeper element, which holds the same prose with less around it.
  for (const [element, tally] of tallies) {
    if (tally.score > bestScore) [best, bestScore] = [element, tally.score];
  }
  return best;
}

/** The prose paragraphs' texts under `root`, for comparing candidates. */
export function proseTexts(root: Element): string[] {
  return paragraphsOf(root)
    .filter((paragraph) => scoreOf(paragraph) > 0)
    .map((paragraph) => paragraph.block.textContent ?? '');
}
