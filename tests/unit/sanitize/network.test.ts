/**
 * The sanitiser keeps the reader's local network and trackers out of the article (Node engine;
 * the browser engine runs the same cases in tests/e2e/sanitize-native.spec.ts). The bugs:
 * images on loopback addresses, 1×1 beacons (in img, srcset and picture/source) and a
 * `javascript:` candidate glued into a srcset with a bare comma all survived sanitising.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createDomPurifySanitizer } from '../../../utils/sanitize/dompurify';
import {
  BEACON_URLS,
  INVISIBLE_IMAGES,
  LOCAL_PAGE,
  LOOPBACK_SPELLINGS,
  PICTURE_PLACES,
  PUBLIC_PAGE,
  SRCSET_TRICKS,
} from '../../network-privacy-cases';

const { window } = new JSDOM('');
const sanitizer = createDomPurifySanitizer(window as unknown as Window);

/** The string path, the tree path and the string path again (what every render does). */
function everyPath(dirty: string, base: string): string[] {
  const html = sanitizer.html(dirty, base);
  const body = new window.DOMParser().parseFromString(`<div>${dirty}</div>`, 'text/html').body;
  const tree = sanitizer.cleanTree(body.firstElementChild!, base).html;
  return [html, tree, sanitizer.html(html, base)];
}

/** Every picture address in sanitised markup, as a browser would request them. */
function pictureUrls(html: string): string[] {
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const found: string[] = [];
  for (const element of Array.from(doc.querySelectorAll('img, source'))) {
    const src = element.getAttribute('src');
    if (src) found.push(src);
    // Every token that is not a descriptor: at least what the browser would request.
    for (const part of (element.getAttribute('srcset') ?? '').split(/[\s,]+/))
      if (part && !/^\d*\.?\d+[wxh]$/.test(part)) found.push(part);
  }
  return found;
}

const PRIVATE_RANGES = [
  'http://10.0.0.1/a.jpg',
  'http://172.16.5.4/a.jpg',
  'http://192.168.1.1/a.jpg',
  'http://0xc0a80101/a.jpg',
  'http://[fd00::1]/a.jpg',
  'http://169.254.169.254/a.jpg',
  'http://[fe80::1]/a.jpg',
  'http://100.64.1.1/a.jpg',
  'http://[::ffff:10.0.0.1]/a.jpg',
  'http://printer.local/a.jpg',
  'http://db.internal/a.jpg',
  'http://nas.home.arpa/a.jpg',
];

describe('pictures on the local network', () => {
  for (const url of [...LOOPBACK_SPELLINGS, ...PRIVATE_RANGES]) {
    it(`${url} is dropped from every place a picture sits`, () => {
      for (const place of PICTURE_PLACES) {
        const dirty = place.replaceAll('{url}', url);
        for (const html of everyPath(dirty, PUBLIC_PAGE)) {
          const host = new URL(url).host;
          expect(html, dirty).not.toContain(host);
          expect(
            pictureUrls(html).filter((src) => !src.startsWith('https://cdn.news.example.com/')),
            dirty,
          ).toEqual([]);
        }
      }
    });
  }

  it('a relative address on a public page is not local; on a local page it stays local and is kept', () => {
    expect(sanitizer.html('<img src="/a.jpg">', PUBLIC_PAGE)).toBe(
      '<img src="https://news.example.com/a.jpg">',
    );
    expect(sanitizer.html('<img src="/a.jpg" srcset="/b.jpg 2x">', LOCAL_PAGE)).toBe(
      '<img src="http://127.0.0.1:9/a.jpg" srcset="http://127.0.0.1:9/b.jpg 2x">',
    );
    expect(
      sanitizer.html('<img src="http://192.168.1.1/a.jpg" alt="router">', 'http://192.168.1.1/'),
    ).toContain('src="http://192.168.1.1/a.jpg"');
  });

  it('the img goes whole, its caption stays', () => {
    const html = sanitizer.html(
      '<figure><img src="http://0x7f.1/a.jpg" alt="secret"><figcaption>Caption stays</figcaption></figure>',
      PUBLIC_PAGE,
    );
    expect(html).toBe('<figure><figcaption>Caption stays</figcaption></figure>');
  });

  it('links to the local network are kept (a reader may follow them; nothing loads by itself)', () => {
    expect(sanitizer.html('<a href="http://192.168.1.1/">router</a>', PUBLIC_PAGE)).toContain(
      'href="http://192.168.1.1/"',
    );
  });
});

describe('trackers', () => {
  for (const url of BEACON_URLS) {
    it(`the beacon ${url} is dropped from every place a picture sits`, () => {
      for (const place of PICTURE_PLACES) {
        const dirty = place.replaceAll('{url}', url);
        for (const html of everyPath(dirty, PUBLIC_PAGE)) {
          expect(
            pictureUrls(html).filter((src) => !src.startsWith('https://cdn.news.example.com/ok')),
            dirty,
          ).toEqual([]);
        }
      }
    });
  }

  it.each(INVISIBLE_IMAGES)('%s (1×1 or invisible) is dropped', (dirty) => {
    for (const html of everyPath(`<p>Story</p>${dirty}`, PUBLIC_PAGE)) {
      expect(html).not.toMatch(/<img|<source/);
      expect(html).toContain('<p>Story</p>');
    }
  });

  it('ordinary pictures, small icons and sized photos stay', () => {
    const dirty =
      '<img src="https://cdn.news.example.com/photo.jpg" width="800" height="450" alt="Photo"><img src="https://cdn.news.example.com/icon.png" width="16" height="16"><img src="https://cdn.news.example.com/pixel-art/cat.png" alt="Cat"><img src="https://cdn.news.example.com/collection/items.jpg">';
    for (const html of everyPath(dirty, PUBLIC_PAGE)) expect(html.match(/<img/g)).toHaveLength(4);
  });

  it('ping and attributionsrc are stripped from links and images', () => {
    const dirty =
      '<a href="https://news.example.com/next" ping="https://tracker.example.net/p" attributionsrc="https://tracker.example.net/a">Next</a><img src="https://cdn.news.example.com/a.jpg" attributionsrc="https://tracker.example.net/b">';
    for (const html of everyPath(dirty, PUBLIC_PAGE)) {
      expect(html).not.toMatch(/ping|attributionsrc|tracker\.example/);
      expect(html).toContain('Next');
    }
  });
});

describe('srcset', () => {
  it.each(SRCSET_TRICKS)('no script or data candidate survives in %j', (srcset) => {
    for (const place of [
      '<img srcset="{s}">',
      '<picture><source srcset="{s}"><img src="https://cdn.news.example.com/x.jpg"></picture>',
    ]) {
      const dirty = place.replace('{s}', srcset.replaceAll('"', '&quot;').replaceAll('<', '&lt;'));
      for (const html of everyPath(dirty, PUBLIC_PAGE)) {
        expect(html).not.toMatch(/javascript|data:|alert/i);
        for (const url of pictureUrls(html))
          if (!/^\d/.test(url)) expect(url).toMatch(/^https:\/\/cdn\.news\.example\.com\//);
      }
    }
  });

  it('candidates are written back resolved, one checked descriptor each, at most 16', () => {
    expect(sanitizer.html('<img srcset="a.jpg 1x,b.jpg   2x, c.jpg 3x 4x, d.jpg">', PUBLIC_PAGE)).toBe(
      '<img srcset="https://news.example.com/world/a.jpg 1x, https://news.example.com/world/b.jpg 2x, https://news.example.com/world/d.jpg">',
    );
    const many = Array.from({ length: 500 }, (_, index) => `i${index}.jpg ${index + 1}w`).join(', ');
    const html = sanitizer.html(`<img srcset="${many}" sizes="100vw">`, PUBLIC_PAGE);
    expect(html.match(/\d+w/g)).toHaveLength(16);
    expect(html).toContain('sizes="100vw"');
  });

  it('a sizes attribute of junk length goes', () => {
    expect(
      sanitizer.html(
        `<img src="https://cdn.news.example.com/a.jpg" sizes="${'1px,'.repeat(5_000)}">`,
        PUBLIC_PAGE,
      ),
    ).toBe('<img src="https://cdn.news.example.com/a.jpg">');
  });
});
