/** Languages written right to left (primary subtags), for articles whose page did not say dir. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/**
 * The direction to lay an article out in: the page's own dir (Readability reports it), else the
 * one its language implies, else "auto" (the first strong character decides) when the language
 * is unknown too.
 */
export function articleDirection(lang: string | null, dir: 'ltr' | 'rtl' | null): 'ltr' | 'rtl' | 'auto' {
  if (dir) return dir;
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (!primary) return 'auto';
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}
