/**
 * Pictures that are there to track the reader, not to be seen: 1×1 and invisible images, and
 * addresses of well-known tracking pixels and beacons. Dropped by the sanitiser's policy in both
 * engines, wherever the address sits (src, every srcset candidate, `<picture><source>`).
 */

/** Hosts (and their subdomains) that serve nothing a reader looks at, only counting pixels. */
const BEACON_HOSTS = [
  'google-analytics.com',
  'analytics.google.com',
  'googletagmanager.com',
  'googleadservices.com',
  'doubleclick.net',
  'scorecardresearch.com',
  'quantserve.com',
  'quantcount.com',
  'chartbeat.net',
  'chartbeat.com',
  'omtrdc.net',
  '2o7.net',
  'demdex.net',
  'everesttech.net',
  'bluekai.com',
  'krxd.net',
  'mathtag.com',
  'adnxs.com',
  'adsrvr.org',
  'rlcdn.com',
  'bat.bing.com',
  'analytics.twitter.com',
  'ads-twitter.com',
  'px.ads.linkedin.com',
  'ct.pinterest.com',
  'analytics.tiktok.com',
  'mc.yandex.ru',
  'counter.yadro.ru',
  'pixel.wp.com',
  'stats.wp.com',
  'sp.analytics.yahoo.com',
  'nr-data.net',
  'imrworldwide.com',
  'parsely.com',
  'parse.ly',
];

/** [host suffix, path prefix]: endpoints of hosts that also serve real content. */
const BEACON_ENDPOINTS: readonly [string, string][] = [
  ['facebook.com', '/tr'],
  ['facebook.net', '/tr'],
  ['t.co', '/i/adsct'],
  ['linkedin.com', '/px'],
  ['reddit.com', '/rp.gif'],
  ['google.com', '/ads/'],
  ['google.com', '/pagead/'],
  ['youtube.com', '/api/stats'],
  ['amazon-adsystem.com', '/'],
];

/** Host labels and path names that only beacons use. */
const BEACON_HOST_LABEL = /^(?:pixel|pixels|beacon|beacons|tracking|tracker|metrics|telemetry|stats)\d*\./;
/** A last path segment that only a beacon has (`/pixel.gif`, `/beacon`, `/collect`), or Adobe's. */
const BEACON_PATH =
  /(?:\/(?:beacon|pixel|tracking-pixel|track|tracker|1x1|spacer|blank|clear|transparent|__utm|collect|imp|impression)(?:\.(?:gif|png|jpe?g|webp|php|aspx?))?\/?$)|^\/b\/ss\//i;

function hostMatches(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`);
}

/** Whether an address (parsed: the sanitiser parses each picture's once) is a known tracking pixel or beacon endpoint. */
export function isBeaconAddress(parsed: URL): boolean {
  const host = parsed.hostname.toLowerCase().replace(/\.+$/, '');
  const path = parsed.pathname.toLowerCase();
  if (BEACON_HOSTS.some((suffix) => hostMatches(host, suffix))) return true;
  if (BEACON_ENDPOINTS.some(([suffix, prefix]) => hostMatches(host, suffix) && path.startsWith(prefix)))
    return true;
  return BEACON_HOST_LABEL.test(host) || BEACON_PATH.test(path);
}

/** A width or height attribute this small (in CSS pixels) is a counting pixel, not a picture. */
const TINY = 2;

function tinyDimension(value: string | null): boolean {
  if (value === null) return false;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value);
  return match !== null && Number(match[1]) <= TINY;
}

/** Whether an img or source is declared 2×2 pixels or less by its attributes. */
export function isTinyImage(element: Element): boolean {
  return tinyDimension(element.getAttribute('width')) || tinyDimension(element.getAttribute('height'));
}

const HIDING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0*(?:\.0*)?\s*(?:!important\s*)?(?:;|$)|(?:width|height|max-width|max-height)\s*:\s*[0-2](?:\.\d+)?(?:px)?\s*(?:!important\s*)?(?:;|$))/i;

/**
 * Whether an img or source is hidden by its own style attribute (read before sanitising, which
 * drops the attribute): an image nobody is meant to see is there to be requested.
 */
export function isHiddenByStyle(element: Element): boolean {
  const style = element.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/** Elements whose style may hide them: checked before the sanitiser drops the style. */
export const STYLED_MEDIA = 'img[style], source[style]';
