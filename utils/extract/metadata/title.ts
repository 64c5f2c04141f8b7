/**
 * The headline without the site's name around it: "Pier to reopen | Lakeshore Herald" -> "Pier to
 * reopen". The name is known from the page's metadata, or recognisable in its web address; a
 * plain <title> split by an en or em dash is split as Readability splits one with a hyphen.
 */
import { collapse } from '../dom';

/** A stripped title shorter than this is not a headline: keep the whole one. */
const MIN_TITLE_CHARS = 10;
const SEPARATOR = String.raw`\s*[|\-–—:·•»]\s*`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Drops a trailing or leading " | Site", " - Site", " — Site" from a title. */
function stripSiteFromTitle(title: string, siteNames: Array<string | null>): string {
  let result = collapse(title);
  for (const site of siteNames) {
    if (!site) continue;
    const suffix = new RegExp(`${SEPARATOR}${escape(site)}\\s*$`, 'i');
    const prefix = new RegExp(`^\\s*${escape(site)}${SEPARATOR}`, 'i');
    const stripped = result.replace(suffix, '').replace(prefix, '');
    if (stripped.length >= MIN_TITLE_CHARS) result = stripped;
  }
  return result;
}

/** "example-news" from https://www.example-news.co.uk/a: the label a site is named after. */
function siteLabel(url: string): string {
  try {
    const labels = new URL(url).hostname.replace(/^www\d?\./, '').split('.');
    const secondLevel =
      labels.length > 2 && labels[labels.length - 2]!.length <= 3 ? labels.length - 3 : labels.length - 2;
    return compact(labels[Math.max(0, secondLevel)] ?? '');
  } catch {
    return '';
  }
}

/** Drops a last " | Segment" that names the site in the address ("… | IAB" on iab.com). */
function stripHostSuffix(title: string, url: string): string {
  const label = siteLabel(url);
  const match = /^(.*\S)\s+[|\-–—·•»]\s+([^|\-–—·•»]+)$/.exec(title);
  if (!label || label.length < 3 || !match) return title;
  const segment = compact(match[2]!);
  const names =
    segment.length >= 3 &&
    (segment === label || segment.includes(label) || (segment.length >= 4 && label.includes(segment)));
  return names && match[1]!.length >= MIN_TITLE_CHARS ? match[1]! : title;
}

/**
 * Readability's rule for a <title> with a separator (keep what precedes the last one, unless that
 * leaves under three words; never cut down to four words or fewer), applied to en and em dashes,
 * which Readability 0.6 does not treat as separators ("Lorem ipsum dolor sit amet – My website").
 */
function stripDashSuffix(title: string): string {
  if (!/\s[–—]\s/.test(title)) return title;
  const separators = Array.from(title.matchAll(/\s[|\-–—\\/>»]\s/g));
  let result = title.slice(0, separators[separators.length - 1]!.index);
  if (wordCount(result) < 3) result = title.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, '');
  result = collapse(result);
  return wordCount(result) <= 4 ? title : result;
}

export interface TitleSources {
  siteNames: Array<string | null>;
  /** The title came from a <title> element, not from metadata written as a headline. */
  fromHead: boolean;
  url: string;
}

/** Drops a trailing "| by Author" segment (Medium: "Title | by Sam Lee | Medium"): a byline is not the headline. */
function stripBylineSuffix(title: string): string {
  const stripped = title.replace(/\s+[|·•–—-]\s+(?:by|por|par|von|di)\s+[^|·•–—]{2,60}$/iu, '');
  return stripped.length >= MIN_TITLE_CHARS ? stripped : title;
}

export function cleanTitle(raw: string, sources: TitleSources): string {
  let title = stripSiteFromTitle(raw, sources.siteNames);
  title = stripBylineSuffix(stripHostSuffix(title, sources.url));
  return sources.fromHead ? stripDashSuffix(title) : title;
}
