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
/**
 * A weekday opening the date that follows a name ("Jeff Foust · Monday", "Ana Ruiz Domingo, 12 de
 * mayo"): in English the whole word; in other languages, and abbreviated, only before a comma or a
 * day's number, since Domingo and Sabato are also surnames.
 */
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?=$|[^\p{L}])|(?:mon|tue|wed|thu|fri|sat|sun|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)\.?,?\s+\d)`;
/**
 * Where a name runs into the date set beside it with no space ("Carrie ArnoldNovember 15, 2019",
 * "Jeff FoustMonday", "Jane Doe12 March"): a lower-case letter, then a capitalised month or
 * weekday, or a digit.
 */
const GLUED_DATE =
  /(?<=\p{Ll})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d)/gu;
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
    String.raw`(?:^|\s|,)${WEEKDAY}`,
  ].join('|'),
  'iu',
);
const BY = /^(?:by|von|por|par|di|door)\s*:?\s+/iu;

/** "By Nathan Willis March 25, 2015" -> "Nathan Willis"; null when nothing name-like is left. */
export function cleanByline(raw: string | null | undefined): string | null {
  let text = collapse(raw).replace(GLUED_DATE, ' ').replace(BY, '');
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

/**
 * The text of the byline element Readability chose, with its parts apart: Readability keeps its
 * `textContent`, which runs a name into the date or the reading time set beside it in an element
 * of its own ("Carrie ArnoldNovember 15, 2019"). Like Readability, a child marked
 * itemprop=name is the name itself.
 */
export function bylineTextApart(element: Element): string {
  const source = element.querySelector('[itemprop*="name"]') ?? element;
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        parts.push(' ');
        walk(child);
        parts.push(' ');
      }
    }
  };
  walk(source);
  return collapse(parts.join('')).replace(/\s+([,.;:!?])/g, '$1');
}

/** Each name in bylines that may join several ("Ana Ruiz and Tom Lee", "Kooman, F."). */
export function authorNames(bylines: readonly (string | null)[]): string[] {
  const names = new Set<string>();
  for (const byline of bylines) {
    if (!byline) continue;
    names.add(byline);
    for (const part of byline.split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\bi\b)\s*/u))
      if (part.length >= 3) names.add(part);
  }
  return [...names];
}
