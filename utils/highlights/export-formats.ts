/**
 * Highlights leaving Lectern: a Markdown "Highlights" section, a Readwise-compatible CSV and a
 * W3C Web Annotation collection (JSON-LD). Pure functions of the highlights and their articles.
 */
import type { ArticleMeta } from '../library/db/schema';
import type { Highlight } from './highlight';

const iso = (time: number) => new Date(time).toISOString();
const quoteLines = (text: string) =>
  text
    .trim()
    .split(/\n+/)
    .map((line) => `> ${line.trim()}`)
    .join('\n>\n');

/** "## Highlights": each quote as `> quote` with its note under it; the article's note first. */
export function highlightsMarkdown(highlights: readonly Highlight[]): string {
  if (!highlights.length) return '';
  const parts: string[] = ['## Highlights'];
  for (const highlight of highlights) {
    if (!highlight.target) parts.push(`**Note on the article:** ${highlight.note.trim()}`);
    else {
      parts.push(quoteLines(highlight.target.quote.exact));
      if (highlight.note.trim()) parts.push(highlight.note.trim());
    }
  }
  return `${parts.join('\n\n')}\n`;
}

const CSV_HEADER = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'];

function csvField(value: string | number): string {
  const text = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: quote it with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Readwise's CSV import: one row per highlight (notes on whole articles have no quote: left out). */
export function readwiseCsv(
  highlights: readonly Highlight[],
  articles: ReadonlyMap<string, ArticleMeta>,
): string {
  const rows = [CSV_HEADER.join(',')];
  for (const highlight of highlights) {
    const article = articles.get(highlight.articleId);
    if (!highlight.target || !article) continue;
    rows.push(
      [
        highlight.target.quote.exact,
        article.title,
        article.byline ?? '',
        article.url,
        highlight.note,
        highlight.target.position.start,
        iso(highlight.createdAt),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** Colours as W3C styleClass names, with the stylesheet that draws them. */
const STYLESHEET = {
  type: 'CssStylesheet',
  value:
    '.yellow{background:rgb(255 214 10/.45)}.green{background:rgb(52 199 89/.35)}' +
    '.blue{background:rgb(64 156 255/.35)}.pink{background:rgb(255 85 170/.32)}',
};

function annotation(highlight: Highlight, article: ArticleMeta) {
  const bodies = [
    ...(highlight.note
      ? [{ type: 'TextualBody', value: highlight.note, purpose: 'commenting', format: 'text/plain' }]
      : []),
    ...highlight.labels.map((label) => ({ type: 'TextualBody', value: label, purpose: 'tagging' })),
  ];
  const target = highlight.target
    ? {
        source: article.url,
        styleClass: highlight.color,
        selector: [
          { type: 'TextQuoteSelector', ...highlight.target.quote },
          { type: 'TextPositionSelector', ...highlight.target.position },
        ],
      }
    : article.url;
  return {
    id: `urn:uuid:${highlight.id}`,
    type: 'Annotation',
    motivation: highlight.target ? 'highlighting' : 'commenting',
    created: iso(highlight.createdAt),
    modified: iso(highlight.updatedAt),
    ...(bodies.length ? { body: bodies.length === 1 ? bodies[0] : bodies } : {}),
    target,
  };
}

/** One W3C AnnotationCollection holding every highlight and note, in one page. */
export function annotationCollection(
  highlights: readonly Highlight[],
  articles: ReadonlyMap<string, ArticleMeta>,
  now: number,
) {
  const items = highlights.flatMap((highlight) => {
    const article = articles.get(highlight.articleId);
    return article ? [annotation(highlight, article)] : [];
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: `Lectern highlights, ${iso(now)}`,
    total: items.length,
    stylesheet: STYLESHEET,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
