/** Tracking parameters that make one article look like many. */
const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|ref_url|cmpid|smid|_ga|yclid|ocid)$/i;

/** The URL an article is stored under: no fragment, no tracking parameters. */
export function normaliseUrl(raw: string): string {
  try {
    const url = new URL(raw);
    url.hash = '';
    for (const key of Array.from(url.searchParams.keys()))
      if (TRACKING.test(key)) url.searchParams.delete(key);
    return url.href;
  } catch {
    return raw;
  }
}
