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
  if (/\.pdf(?:[?#]|$)/i.test(url))
    return 'This tab shows a PDF document, not a web page: open it in a PDF reader instead.';
  return null;
}
