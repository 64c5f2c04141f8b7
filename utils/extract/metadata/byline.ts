/**
 * Authors from what the page shows, for pages whose metadata names none.
 *
 * Readability keeps the first element that looks like a byline, with whatever sits in it: "By",
 * the date, "Updated 3:46 PM", the reading time. And with two authors linked separately it keeps
 * only the first. So: every author link or itemprop=author in the first byline's small container,
 * and the leftover text cleaned down to names.
 */
import { collapse, textOf } from '../dom';

const AUTHOR = 'a[rel~="author"], [itemprop~="author"]';
/** A byline line is short; a container longer than this is the article or the page. */
const MAX_BYLINE_CONTAINER = 200;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic|janv|févr|avr|mai|juin|juil|août|déc|mär|okt|dez|fev|out|set|gen|giu|lug)[a-zéû]*\.?`;
/** Where the names stop: a date, a time, "Updated", a separator. */
const NOISE = new RegExp(
  [
    String.raw`\d{1,2}\s*${MONTH}\s*\d{2,4}`,
    String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
    String.raw`\d{4}-\d{2}-\d{2}`,
    String.raw`\d{1,2}[./]\d{1,2}[./]\d{2,4}`,
    String.raw`\d{1,2}:\d{2}`,
    String.raw`\b(?:(?:last\s+)?updated|published|posted|last modified|actualizado|publicado|mis à jour|publié|aktualisiert|veröffentlicht|atualizado|aggiornato|pubblicato)\b`,
    String.raw`\s[|•·]\s?`,
    String.raw`\d+\s*min(?:ute)?s?\s+read`,
  ].join('|'),
  'iu',
);
const BY = /^(?:by|von|por|par|di|door)\s*:?\s+/iu;

/** "By Nathan Willis March 25, 2015" -> "Nathan Willis"; null when nothing name-like is left. */
export function cleanByline(raw: string | null | undefined): string | null {
  let text = collapse(raw).replace(BY, '');
  const noise = NOISE.exec(text);
  if (noise) text = text.slice(0, noise.index);
  text = text
    .replace(/[\s,;:|•·–—-]+$/u, '')
    .replace(BY, '')
    .trim();
  return text.length >= 2 && text.length <= 100 && /\p{L}/u.test(text) ? text : null;
}

function authorName(element: Element): string | null {
  const name = element.querySelector('[itemprop~="name"]') ?? element;
  const text = textOf(name);
  if (!text || text.length > 60 || /\d|https?:/.test(text)) return null;
  return cleanByline(text);
}

/** Names from the author links of the page's first byline; empty when there is none. */
export function visibleAuthors(doc: Document): string[] {
  const candidates = Array.from(doc.querySelectorAll(AUTHOR));
  const first = candidates.find((element) => authorName(element));
  if (!first) return [];
  let container: Element = first;
  for (
    let parent = first.parentElement, depth = 0;
    parent && depth < 3;
    parent = parent.parentElement, depth++
  ) {
    if (textOf(parent).length > MAX_BYLINE_CONTAINER) break;
    container = parent;
  }
  const names: string[] = [];
  for (const element of candidates) {
    if (!container.contains(element)) continue;
    const name = authorName(element);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
