const PDF = "This tab shows a PDF document: Lectern reads web pages, and can't read PDFs yet.";

/** Pages a browser never lets an extension script, and the words that tell the user why. */
const BLOCKED: Array<[RegExp, string]> = [
  [
    /^(?:chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|resource|chrome-search):/i,
    'The browser keeps its own pages (settings, new tab, extensions) off-limits to extensions.',
  ],
  [
    /^https:\/\/(?:chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i,
    'Extension stores are off-limits to extensions.',
  ],
  [
    /^file:/i,
    'Local files can only be read if you allow Lectern "Access to file URLs" on the extensions page.',
  ],
  [/^data:|^blob:|^javascript:/i, 'This address is not a web page Lectern can read.'],
];

/** Why Lectern can't read this URL, or null when it can try. */
export function unreadableReason(url: string | undefined): string | null {
  if (!url) return 'Lectern could not see which page this tab shows.';
  for (const [pattern, reason] of BLOCKED) if (pattern.test(url)) return reason;
  if (/\.pdf(?:[?#]|$)/i.test(url)) return PDF;
  return null;
}

/**
 * Why Lectern can't read a document of this type, or null for a web page. A PDF at an address
 * without ".pdf" is only known by its type: Chromium lets a script into its PDF viewer's page,
 * where the reader would find nothing but an empty embed.
 */
export function unreadableType(contentType: string | undefined): string | null {
  if (!contentType || /^(?:text\/html|application\/xhtml\+xml)$/i.test(contentType)) return null;
  if (/^application\/pdf$/i.test(contentType)) return PDF;
  const [kind] = contentType.toLowerCase().split('/');
  if (kind === 'image' || kind === 'video' || kind === 'audio')
    return `This tab shows ${kind === 'image' ? 'an image' : `a ${kind} file`}, not a web page.`;
  return null;
}

/**
 * Said when the browser refuses to let the reader into an ordinary web address. Firefox shows a
 * PDF in pdf.js, whose page no extension may enter, at the PDF's own address: without ".pdf" in
 * it, that refusal is all Lectern learns.
 */
export function refusedWebPageHint(url: string | undefined): string {
  return url && /^https?:/i.test(url)
    ? " If this tab shows a PDF or another file in the browser's own viewer: Lectern can't read those yet."
    : '';
}
