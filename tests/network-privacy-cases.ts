/**
 * Pictures that would reach the reader's local network or a tracker, and srcset candidates the
 * browser would find where a naive split does not: one list for both sanitiser engines (the
 * DOMPurify one in tests/unit/sanitize-network.test.ts, the browser's in
 * tests/e2e/sanitize-native.spec.ts).
 *
 * Only loopback spellings here: the browser test builds these nodes in a live page, and nothing
 * may ever be sent to another local address, even by a sanitiser that fails.
 */

/** The page the cases come from: public, so its pictures may not be on the local network. */
export const PUBLIC_PAGE = 'https://news.example.com/world/story.html';
/** An intranet page: its own local pictures stay. */
export const LOCAL_PAGE = 'http://127.0.0.1:9/wiki/story.html';

/** Loopback addresses in the spellings a page can use; every one is 127.0.0.1 or ::1 to a browser. */
export const LOOPBACK_SPELLINGS = [
  'http://127.0.0.1:9/a.jpg',
  'http://127.8.9.10/a.jpg',
  'http://localhost/a.jpg',
  'http://LOCALHOST./a.jpg',
  'http://router.localhost/a.jpg',
  'http://2130706433/a.jpg',
  'http://0x7f.1/a.jpg',
  'http://0177.0.0.1/a.jpg',
  'http://127.1/a.jpg',
  'http://0x7f000001/a.jpg',
  'http://%31%32%37.0.0.1/a.jpg',
  'http://[::1]/a.jpg',
  'http://[0:0:0:0:0:0:0:1]/a.jpg',
  'http://[::ffff:127.0.0.1]/a.jpg',
  'http://[::ffff:7f00:1]/a.jpg',
  'http://[0:0:0:0:0:ffff:127.0.0.1]/a.jpg',
  'http://0.0.0.0/a.jpg',
  'http://0/a.jpg',
  'http://[::]/a.jpg',
  'https://user:pass@127.0.0.1/a.jpg',
];

/** Tracking pixels by address: each is a beacon whatever its size. */
export const BEACON_URLS = [
  'https://www.facebook.com/tr?id=1&ev=PageView&noscript=1',
  'https://www.google-analytics.com/collect?v=1&tid=UA-1',
  'https://stats.g.doubleclick.net/r/collect?v=1',
  'https://sb.scorecardresearch.com/p?c1=2&c2=1',
  'https://pixel.quantserve.com/pixel/p-1.gif',
  'https://pixel.news.example.com/open.gif',
  'https://news.example.com/beacon',
  'https://news.example.com/t/pixel.gif',
  'https://bat.bing.com/action/0?ti=1',
];

/**
 * Each picture in every place it can sit. `{url}` is replaced by a URL to test; what comes out
 * must not hold it at all.
 */
export const PICTURE_PLACES = [
  '<p>Text</p><img src="{url}" alt="a">',
  '<img src="https://cdn.news.example.com/ok.jpg" srcset="{url} 2x">',
  '<img srcset="https://cdn.news.example.com/ok.jpg 1x, {url} 2x">',
  '<img srcset="https://cdn.news.example.com/ok.jpg 1x,{url} 2x">',
  '<img srcset="{url}">',
  '<picture><source srcset="{url}" media="(min-width: 1px)"><img src="https://cdn.news.example.com/ok.jpg" alt="b"></picture>',
  '<picture><source srcset="{url} 800w" type="image/webp"><img src="{url}" alt="c"></picture>',
  '<figure><img src="{url}"><figcaption>Caption stays</figcaption></figure>',
];

/** Images that are there to be requested, not seen: they must not come out at all. */
export const INVISIBLE_IMAGES = [
  '<img src="https://cdn.news.example.com/t.gif" width="1" height="1" alt="">',
  '<img src="https://cdn.news.example.com/t.gif" width="0" height="0">',
  '<img src="https://cdn.news.example.com/t.gif" width="2px" height="2px">',
  '<img src="https://cdn.news.example.com/t.gif" height="1">',
  '<img src="https://cdn.news.example.com/t.gif" style="display:none">',
  '<img src="https://cdn.news.example.com/t.gif" style="visibility: hidden">',
  '<img src="https://cdn.news.example.com/t.gif" style="position:absolute;width:1px;height:1px">',
  '<img src="https://cdn.news.example.com/t.gif" style="opacity:0">',
  '<picture><source srcset="https://cdn.news.example.com/t.gif" width="1" height="1"><img src="https://cdn.news.example.com/t.gif" width="1" height="1"></picture>',
  '<picture><source srcset="https://cdn.news.example.com/t.gif" style="display:none"></picture>',
];

/** srcset values whose hostile candidate a comma-and-space split would miss. */
export const SRCSET_TRICKS = [
  'https://cdn.news.example.com/a.jpg 1x,javascript:alert(1) 2x',
  'https://cdn.news.example.com/a.jpg 1x ,javascript:alert(1) 2x',
  'https://cdn.news.example.com/a.jpg 100w,\njavascript:alert(1) 200w',
  'https://cdn.news.example.com/a.jpg 1x,,,javascript:alert(1)',
  'javascript:alert(1),https://cdn.news.example.com/a.jpg 2x',
  'https://cdn.news.example.com/a.jpg (1x,javascript:alert(1)) 2x, https://cdn.news.example.com/b.jpg 3x',
  '  JaVaScRiPt:alert(1) 1x, https://cdn.news.example.com/a.jpg 2x',
  'data:text/html,<script>alert(1)</script> 1x,https://cdn.news.example.com/a.jpg 2x',
];
