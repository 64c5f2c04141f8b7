/**
 * The date a page shows in its byline line ("Carrie Arnold · November 15, 2019 · 12 min read"),
 * for pages whose metadata gives none: the reader's header shows a date whenever the page does.
 * Only whole dates with a year count; a day's date stands at noon UTC, so it reads as the same
 * day in every time zone.
 */

/** Month names and their common abbreviations, in English, Spanish, French, German, Italian. */
const MONTHS: readonly (readonly string[])[] = [
  ['jan', 'january', 'ene', 'enero', 'janv', 'janvier', 'januar', 'gen', 'gennaio'],
  ['feb', 'february', 'febrero', 'févr', 'février', 'februar', 'febbraio'],
  ['mar', 'march', 'marzo', 'mars', 'märz', 'mär'],
  ['apr', 'april', 'abr', 'abril', 'avr', 'avril', 'aprile'],
  ['may', 'mayo', 'mai', 'maggio', 'mag'],
  ['jun', 'june', 'junio', 'juin', 'juni', 'giu', 'giugno'],
  ['jul', 'july', 'julio', 'juil', 'juillet', 'juli', 'lug', 'luglio'],
  ['aug', 'august', 'ago', 'agosto', 'août', 'aout'],
  ['sep', 'sept', 'september', 'septiembre', 'septembre', 'set', 'settembre'],
  ['oct', 'october', 'octubre', 'octobre', 'okt', 'oktober', 'ott', 'ottobre'],
  ['nov', 'november', 'noviembre', 'novembre'],
  ['dec', 'december', 'dic', 'diciembre', 'déc', 'décembre', 'dez', 'dezember', 'dicembre'],
];
const MONTH_INDEX = new Map(MONTHS.flatMap((names, index) => names.map((name) => [name, index] as const)));
const NAME = String.raw`([\p{L}]{3,10})\.?`;
/** "November 15, 2019", "Nov. 15th 2019". */
const MONTH_FIRST = new RegExp(
  String.raw`(?:^|[^\p{L}])${NAME}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`,
  'u',
);
/** "15 November 2019", "15. März 2019", "15 de noviembre de 2019". */
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})\.?\s+(?:de\s+)?${NAME}\s+(?:de\s+)?(\d{4})\b`, 'u');
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function isoDay(year: number, month: number | undefined, day: number): string | null {
  if (month === undefined || year < 1990 || year > 2100 || day < 1) return null;
  const date = new Date(Date.UTC(year, month, day, 12));
  // 31 February rolls over into March: not a date.
  if (date.getUTCMonth() !== month) return null;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The first whole date in `text`, as ISO 8601 at noon UTC; null when it names none. */
export function dateShown(text: string | null | undefined): string | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  const monthFirst = MONTH_FIRST.exec(lower);
  if (monthFirst) {
    const found = isoDay(Number(monthFirst[3]), MONTH_INDEX.get(monthFirst[1]!), Number(monthFirst[2]));
    if (found) return found;
  }
  const dayFirst = DAY_FIRST.exec(lower);
  if (dayFirst) {
    const found = isoDay(Number(dayFirst[3]), MONTH_INDEX.get(dayFirst[2]!), Number(dayFirst[1]));
    if (found) return found;
  }
  const iso = ISO_DAY.exec(lower);
  return iso ? isoDay(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) : null;
}
