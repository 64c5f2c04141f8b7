/**
 * Which pictures of a saved article to keep offline, read from its sanitised DOM: each <img>
 * with an absolute http(s) src, once, with the URL worth downloading for it. The stored image is
 * keyed by the src as written in the article, because that is what the reader page and the
 * exports look up; the download may be a sharper srcset candidate of the same picture.
 */

export interface ImageCandidate {
  /** The img's src as stored in the article HTML. */
  src: string;
  /** What to download for it: the src, or the srcset candidate that suits the reader column. */
  fetchUrl: string;
}

/** A picture this wide covers the widest reader column (60em at 32px) on most screens. */
const TARGET_WIDTH = 1200;
/** Pixel density worth fetching (a 3x candidate costs more than twice a 2x one). */
const TARGET_DENSITY = 2;
/** More pictures than this in one article is a gallery or a page of thumbnails. */
export const MAX_IMAGES = 100;

/** Longer addresses are junk or an attack (a page can pad a src to megabytes), never a picture. */
const MAX_URL_LENGTH = 8_000;

const isWebUrl = (value: string) => value.length <= MAX_URL_LENGTH && /^https?:\/\//i.test(value);

interface SrcsetEntry {
  url: string;
  width: number | null;
  density: number;
}

function parseSrcset(srcset: string): SrcsetEntry[] {
  // Same split as the sanitiser's: candidates are separated by a comma and whitespace (a bare
  // comma can be part of a URL).
  return srcset
    .split(/,\s+/)
    .map((candidate) => {
      const [url = '', descriptor = ''] = candidate.trim().split(/\s+/);
      const width = /^(\d+)w$/i.exec(descriptor)?.[1];
      const density = /^(\d*\.?\d+)x$/i.exec(descriptor)?.[1];
      return { url, width: width ? Number(width) : null, density: density ? Number(density) : 1 };
    })
    .filter((entry) => isWebUrl(entry.url));
}

/**
 * One candidate of a srcset: the narrowest at least TARGET_WIDTH wide (else the widest), or for
 * density descriptors the densest up to TARGET_DENSITY (else the least dense). null when empty.
 */
export function pickFromSrcset(srcset: string): string | null {
  const entries = parseSrcset(srcset);
  const widths = entries.filter((entry) => entry.width !== null).sort((a, b) => a.width! - b.width!);
  if (widths.length) return (widths.find((entry) => entry.width! >= TARGET_WIDTH) ?? widths.at(-1)!).url;
  const densities = entries.sort((a, b) => a.density - b.density);
  if (!densities.length) return null;
  return (densities.filter((entry) => entry.density <= TARGET_DENSITY).at(-1) ?? densities[0]!).url;
}

/** The article's pictures in document order, each src once, at most `limit`. */
export function imageCandidates(root: ParentNode, limit = MAX_IMAGES): ImageCandidate[] {
  const seen = new Set<string>();
  const candidates: ImageCandidate[] = [];
  for (const image of Array.from(root.querySelectorAll('img'))) {
    const src = image.getAttribute('src')?.trim() ?? '';
    if (!isWebUrl(src) || seen.has(src)) continue;
    seen.add(src);
    const srcset = image.getAttribute('srcset');
    candidates.push({ src, fetchUrl: (srcset && pickFromSrcset(srcset)) || src });
    if (candidates.length >= limit) break;
  }
  return candidates;
}

/** The same, for sanitised article HTML, parsed inertly (no picture loads, no script runs). */
export function candidatesInHtml(html: string, parser: DOMParser, limit = MAX_IMAGES): ImageCandidate[] {
  return imageCandidates(parser.parseFromString(html, 'text/html'), limit);
}
