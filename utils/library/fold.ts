/**
 * Text folding shared by sort keys, facets and search: lower case, diacritics removed, so that
 * "Élan", "elan" and "ÉLAN" sort together and a search for "cafe" finds "café".
 */

/** Letters NFD does not decompose (they are not letter + accent in Unicode). */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPECIAL_RE = /[ßæœøłđðþı]/g;
const NON_ASCII = /[^\x00-\x7f]/;

export function fold(text: string): string {
  // Most text is ASCII: skip the (costly) decomposition when there is nothing to decompose.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (letter) => SPECIAL[letter] ?? letter);
}

/** Runs of letters and digits: the words search indexes and highlights. */
export const WORD_RE = /[\p{L}\p{N}]+/gu;

/** The folded words of a text, in order (duplicates kept: callers count them). */
export function foldedWords(text: string): string[] {
  return fold(text).match(WORD_RE) ?? [];
}
