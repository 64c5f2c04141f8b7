/**
 * Header echo rules, as data: what the reader's header already shows (a byline, a date, a
 * dateline, a read count, a section kicker), repeated as blocks of their own at the top or the
 * bottom of the article ("3.409 / letture / 23 Nov 2017", "Review / By … / Monday, November 18").
 * These words are furniture only at the article's edges, before its first paragraph or after its
 * last (header-echo.ts); in the middle a date alone may head a timeline's entry. Each pattern
 * matches a WHOLE block; each rule's twin, a story sentence with the same words that stays, is in
 * tests/unit/extract/cleanup/header-echo.test.ts.
 */

export interface HeaderEchoRule {
  id: string;
  /** Matched against the whole block's collapsed text. */
  pattern: RegExp;
  maxChars: number;
  /** Whether the rule also judges the blocks after the last paragraph, or only those before the first. */
  edges: 'top' | 'both';
}

const MONTH = String.raw`(?:jan(?:uary|vier|uar)?|feb(?:ruary|rero|ruar|braio)?|f[ée]vr(?:ier)?|mar(?:ch|zo|s)?|m[äa]rz|apr(?:il|ile)?|abr(?:il)?|avr(?:il)?|may|mayo|mai|maggio|mag|june?|junio|juin|juni|giu(?:gno)?|july?|julio|juil(?:let)?|juli|lug(?:lio)?|aug(?:ust)?|ago(?:sto)?|août|sept?(?:ember|iembre|embre)?|set(?:tembre)?|oct(?:ober|ubre|obre)?|okt(?:ober)?|ott(?:obre)?|nov(?:ember|iembre|embre)?|dec(?:ember)?|dic(?:iembre|embre)?|d[ée]c(?:embre)?|dez(?:ember)?|ene(?:ro)?|gen(?:naio)?|stycz(?:eń|nia)|lut(?:y|ego)|mar(?:zec|ca)|kwie(?:cień|tnia)|maj(?:a)?|czerw(?:iec|ca)|lip(?:iec|ca)|sierp(?:ień|nia)|wrze(?:sień|śnia)|paźdz(?:iernik|iernika)|listopad(?:a)?|grud(?:zień|nia))\.?`;
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela`;
const DAY = String.raw`(?:(?:${WEEKDAY}),?\s+)?(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?${MONTH}(?:,?\s+(?:de\s+)?\d{4})?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:${WEEKDAY}))`;
const TIME = String.raw`\d{1,2}[:.h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:uhr|h|[A-Z]{2,5}|[+-]\d{2}:?\d{2}))?`;
/** "Published", "Aktualisiert am", "Publikacja": what labels a date. */
export const STAMP_LABEL = String.raw`(?:(?:first |last )?(?:published|updated|posted|modified)|(?:news |release )?date|datum|stand|aktualisiert|veröffentlicht|veröffentlichung|publiziert|erstellt|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|opublikowano|zaktualizowano|publikacja|aktualizacja|data(?: publikacji)?)(?:\s+(?:on|am|le|el|il|at))?\s*:?`;
/** A date and time, with or without its label: a pattern source the echo rules share. */
export const STAMP = String.raw`(?:${STAMP_LABEL}\s*)?(?:${DAY}(?:\s*(?:[,|·•–—-]|at|um|à|a las|alle|o godz\.?)?\s*${TIME})?|${TIME})`;

/**
 * A name as bylines write it: capitalised words, with the particles of names between them.
 * Case matters here (no `i` flag): "By the time…" is a sentence, "By Jane Doe" a byline.
 */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|da|del|della|di|du|la|le|der|den|ten|bin|al|el|y)\s+)*\p{Lu}[\p{L}'’.-]*){0,4}`;
const BY = String.raw`(?:[Bb]y|BY|[Vv]on|VON|[Pp]or|POR|[Pp]ar|PAR|[Dd]i|[Dd]oor|[Pp]rzez|[Tt]exto|[Tt]ext|[Ff]otos?)`;

export const HEADER_ECHO_RULES: HeaderEchoRule[] = [
  // "Monday, November 18, 2019 3:15 PM", "Published: 23 Nov 2017 | Updated: 24 Nov 2017", "3:59 PM".
  {
    id: 'date-alone',
    maxChars: 90,
    edges: 'both',
    // A dateline's place may open it ("Sevilla - 19 ago 2025 - 07:40 CEST"), a separator too.
    pattern: new RegExp(
      String.raw`^[·|•–—-]?\s*(?:\p{L}[\p{L} .'’-]{1,30}\s+[-–—|·]\s+|\p{L}[\p{L} .'’-]{1,30},\s+)?(?:${STAMP})(?:\s*[,|·•–—/-]?\s*(?:${STAMP}))*\s*[.]?$`,
      'iu',
    ),
  },
  // "By Jane Doe", "Von Anna Berg und Tom Klein | dpa", "By Jane Doe, Staff Writer · March 3, 2020".
  {
    id: 'byline-alone',
    maxChars: 120,
    edges: 'top',
    pattern: new RegExp(
      String.raw`^${BY}\s*:?\s+${NAME}(?:(?:\s*,\s*|\s+(?:and|und|y|et|e|i|&)\s+)${NAME})*(?:\s*[,|·•–—-]\s*[^.!?]{0,70})?$`,
      'u',
    ),
  },
  // "3.409", "12,500", "1.2K": a count whose label sits in a block of its own (or is an icon).
  {
    id: 'bare-count',
    maxChars: 12,
    edges: 'both',
    pattern: /^(?:\d{1,3}(?:[.,\s]\d{3})*|\d{1,3}(?:[.,]\d)?\s?[kKmM])$/u,
  },
  // A section kicker over the headline: "Review", "Analysis", "Opinion".
  {
    id: 'kicker',
    maxChars: 30,
    edges: 'top',
    pattern: new RegExp(
      String.raw`^(?:review|analysis|opinion|comment|commentary|explainer|interview|exclusive|breaking(?: news)?|live|news|feature|essay|editorial|column|obituary|rezension|kritik|kommentar|analyse|meinung|interview|reportage|exklusiv|crítica|opinión|análisis|entrevista|exclusiva|critique|tribune|éditorial|entretien|décryptage|recensione|commento|analisi|intervista|esclusiva|recenzja|komentarz|analiza|wywiad|opinia)\s*[:.]?$`,
      'iu',
    ),
  },
];
