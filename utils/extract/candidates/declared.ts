/**
 * What the page itself says its article is: an element marked `itemprop=articleBody`, the page's
 * only <article>, its only <main> (or role=main), and the `articleBody` text of its JSON-LD.
 */

/** The elements the page declares as its article, most specific first. */
export function declaredRoots(doc: Document): Element[] {
  const roots: Element[] = [];
  // The largest of them: a page may mark a teaser's body as well.
  let body: Element | null = null;
  for (const element of Array.from(doc.querySelectorAll('[itemprop~="articleBody" i]'))) {
    if (!body || (element.textContent?.length ?? 0) > (body.textContent?.length ?? 0)) body = element;
  }
  if (body) roots.push(body);
  const articles = doc.getElementsByTagName('article');
  if (articles.length === 1) roots.push(articles[0]!);
  const mains = doc.querySelectorAll('main, [role="main"]');
  if (mains.length === 1) roots.push(mains[0]!);
  return roots;
}

const ARTICLE_BODY = /"articleBody"\s*:/;
const JSON_LD = /ld\+json/i;
/** Shorter than this, a declared body is a summary, not the article. */
const MIN_BODY_CHARS = 400;

function findBody(value: unknown, depth = 0): string | null {
  if (depth > 6 || !value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findBody(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.articleBody === 'string' && record.articleBody.length >= MIN_BODY_CHARS)
    return record.articleBody;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const found = findBody(record[key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** The character references a declared body may carry, decoded; null when it has others. */
const BASIC_ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};

function decodeReferences(text: string): string | null {
  let unknown = false;
  const decoded = text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    const basic = BASIC_ENTITIES[name.toLowerCase()];
    if (basic === undefined) unknown = true;
    return basic ?? whole;
  });
  return unknown ? null : decoded;
}

/**
 * The JSON-LD `articleBody` (plain text: a page's JSON-LD carries no markup), or null. Only the
 * blocks that name it are parsed. A body escaped as HTML with named references past the basic
 * ones (`&ccedil;`) is not used: it could not be compared with the page's text.
 */
export function declaredBodyText(doc: Document): string | null {
  // The DOM's own list of scripts (a selector would test every element of the page).
  const scripts = doc.getElementsByTagName('script');
  for (let index = 0; index < scripts.length; index++) {
    const script = scripts[index]!;
    if (!JSON_LD.test(script.getAttribute('type') ?? '')) continue;
    const source = script.textContent ?? '';
    if (!ARTICLE_BODY.test(source)) continue;
    try {
      const found = findBody(JSON.parse(source.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')));
      if (found) return decodeReferences(found);
    } catch {
      // A malformed block declares nothing.
    }
  }
  return null;
}

/** Paragraphs made from a declared text, in `doc`: its lines, one paragraph each. */
export function paragraphsFromText(doc: Document, text: string): Element {
  const root = doc.createElement('div');
  // Some pages put their markup in it: its tags end lines, and are never read as markup.
  for (const line of text.replace(/<[^>]*>/g, '\n').split(/[\n\r]+/)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const paragraph = doc.createElement('p');
    paragraph.textContent = trimmed;
    root.appendChild(paragraph);
  }
  return root;
}
