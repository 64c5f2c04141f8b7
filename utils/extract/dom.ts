/** Small DOM measurements shared by the cleanup layers. Work on any DOM (browser, linkedom, jsdom). */

/**
 * A run of whitespace that is not a lone space: replaced by one space, it gives what /\s+/g does,
 * without replacing the lone spaces that make up nearly all of the whitespace in prose.
 */
export const WHITESPACE_RUN = /(?! )\s+| \s+/g;

export function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(WHITESPACE_RUN, ' ').trim();
}

export function textOf(element: Element): string {
  return collapse(element.textContent);
}

/** Share of an element's text that sits inside links (0..1). */
export function linkDensity(element: Element, text = textOf(element)): number {
  if (!text.length) return 0;
  // A live collection: the DOM keeps it cached, and most paragraphs have no link at all.
  const links = element.getElementsByTagName('a');
  let linked = 0;
  for (let index = 0; index < links.length; index++) linked += textOf(links[index]!).length;
  return Math.min(1, linked / text.length);
}

/**
 * Text and link density per element, each measured once: the passes before Readability ask about
 * the same paragraphs again and again (the page's prose, figures, headings among prose). Valid
 * only while the text under the measured elements does not change.
 */
export class TextMeasures {
  private readonly texts = new WeakMap<Element, string>();
  private readonly densities = new WeakMap<Element, number>();

  text(element: Element): string {
    let text = this.texts.get(element);
    if (text === undefined) this.texts.set(element, (text = textOf(element)));
    return text;
  }

  linkDensity(element: Element): number {
    let density = this.densities.get(element);
    if (density === undefined)
      this.densities.set(element, (density = linkDensity(element, this.text(element))));
    return density;
  }
}

/** Readability strips forms and buttons, so the pre-pass marks where they were (see marks.ts). */
const CONTROLS = 'form, input, button, select, textarea, [data-lectern-controls]';

export function hasFormControls(element: Element): boolean {
  return element.matches(CONTROLS) || !!element.querySelector(CONTROLS);
}

/** True when the element holds paragraphs that read like article prose. */
export function holdsProse(element: Element, minParagraphs = 2): boolean {
  let count = 0;
  for (const paragraph of element.querySelectorAll('p')) {
    const text = textOf(paragraph);
    if (text.length >= 120 && linkDensity(paragraph, text) < 0.3 && ++count >= minParagraphs) return true;
  }
  return false;
}

export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
]);

/** Attribute text that names what an element is for: class, id, role, aria-label, data-* names. */
export function describingText(element: Element): string {
  const parts = [
    element.getAttribute('class'),
    element.getAttribute('id'),
    element.getAttribute('aria-label'),
  ];
  for (const name of element.getAttributeNames()) {
    // Our own markers (data-lectern-*) say nothing about what the page meant the element for.
    if (name.startsWith('data-') && !name.startsWith('data-lectern-')) {
      const value = element.getAttribute(name) ?? '';
      parts.push(name.slice(5), value.length < 40 ? value : '');
    }
  }
  return parts.filter(Boolean).join(' ');
}

/** Splits attribute text into lower-case words: `adSlot top_ad` -> ad, slot, top, ad. */
export function tokens(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Every element under `root` in document order, as the DOM's own live list: no copy, and the
 * browser keeps it cached. linkedom answers getElementsByTagName('*') with nothing, hence
 * querySelectorAll('*') when the list is empty.
 */
export function allElements(root: Document | Element): ArrayLike<Element> {
  const live = root.getElementsByTagName('*');
  return live.length ? live : root.querySelectorAll('*');
}

/**
 * The elements under `root` (document order) whose tag is one of `tags` (upper case). Each
 * element's name read once in script: a selector list costs the browser a check per part per
 * element.
 */
export function elementsByTag(root: Document | Element, tags: ReadonlySet<string>): Element[] {
  const all = allElements(root);
  const found: Element[] = [];
  for (let index = 0; index < all.length; index++) {
    const element = all[index]!;
    if (tags.has(element.tagName)) found.push(element);
  }
  return found;
}

export const tagSet = (...tags: string[]): ReadonlySet<string> =>
  new Set(tags.map((tag) => tag.toUpperCase()));

/** True when an ancestor of `element` below `root` has one of `tags` (closest() with a selector list is slow in linkedom). */
export function hasAncestorTag(
  element: Element,
  tags: ReadonlySet<string>,
  root: Element | null = null,
): boolean {
  for (let node = element.parentElement; node && node !== root; node = node.parentElement)
    if (tags.has(node.tagName)) return true;
  return false;
}

const WORD = /[\p{L}\p{N}]/u;
/** The end of an inline neighbour before us, and the start of one after us, inside a sentence. */
const WORD_THEN_SPACE = /[\p{L}\p{N}]\s+$/u;
const SPACE_THEN_WORD = /^\s+[\p{L}\p{N}]/u;

/**
 * True when the run of inline elements around `element` has words of a sentence beside it: a text
 * with a word, or an inline neighbour whose words run up to the space beside the run
 * ("<i>Follow them on </i><a>GitHub</a><i> or </i><a>Twitter</a>").
 */
export function inSentence(element: Element): boolean {
  let run = element;
  while (run.parentElement && !BLOCK_TAGS.has(run.parentElement.tagName)) run = run.parentElement;
  return [run.previousSibling, run.nextSibling].some((sibling, index) => {
    if (sibling?.nodeType === 3) return WORD.test(sibling.nodeValue ?? '');
    if (sibling?.nodeType !== 1 || BLOCK_TAGS.has((sibling as Element).tagName)) return false;
    return (index ? SPACE_THEN_WORD : WORD_THEN_SPACE).test(sibling.textContent ?? '');
  });
}

/**
 * What `element.innerHTML = markup` does, without assigning HTML: the markup is parsed by a
 * DOMParser (in a new document, which runs no script and loads nothing) inside a whole
 * page's `<body>` (linkedom, in Node, needs the whole page), so in body context as the
 * assignment parses it, and its nodes replace the element's.
 * `markup` must be what serialising a node gives (the callers' case): its parse is then the same.
 */
export function replaceWithMarkup(element: Element, markup: string): void {
  const document = element.ownerDocument;
  const Parser = document.defaultView?.DOMParser ?? globalThis.DOMParser;
  const parsed = new Parser().parseFromString(
    `<!doctype html><html><head></head><body>${markup}`,
    'text/html',
  );
  element.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
}
