/** Which pictures a saved article keeps offline, and how the saved copy shows them. */
import { describe, expect, it } from 'vitest';
import { showOfflineImages } from '../../../components/reader/saved/offline-images';
import { imageCandidates, pickFromSrcset } from '../../../utils/offline-images/candidates';
import { parseDocument } from '../../../scripts/node-dom';

describe('pickFromSrcset', () => {
  it('takes the narrowest candidate at least 1200 pixels wide, else the widest', () => {
    const set =
      'https://x.example/a-400.jpg 400w, https://x.example/a-1600.jpg 1600w, https://x.example/a-1280.jpg 1280w';
    expect(pickFromSrcset(set)).toBe('https://x.example/a-1280.jpg');
    expect(pickFromSrcset('https://x.example/s.jpg 300w, https://x.example/m.jpg 800w')).toBe(
      'https://x.example/m.jpg',
    );
  });

  it('takes the densest candidate up to 2x', () => {
    expect(
      pickFromSrcset('https://x.example/1.jpg, https://x.example/2.jpg 2x, https://x.example/3.jpg 3x'),
    ).toBe('https://x.example/2.jpg');
  });

  it('ignores what is not a web URL', () => {
    expect(pickFromSrcset('data:image/png;base64,AAAA 2x, https://x.example/1.jpg 1x')).toBe(
      'https://x.example/1.jpg',
    );
    expect(pickFromSrcset('')).toBeNull();
  });
});

describe('imageCandidates', () => {
  it('lists each http(s) src once, in order, with the download that suits the reader', () => {
    const doc = parseDocument(`<body>
      <figure><img src="https://x.example/lead.jpg"
        srcset="https://x.example/lead-600.jpg 600w, https://x.example/lead-1400.jpg 1400w"></figure>
      <picture><source type="image/webp" srcset="https://x.example/p.webp"><img src="https://x.example/p.png"></picture>
      <img src="https://x.example/lead.jpg">
      <img src="data:image/gif;base64,R0lGOD">
      <img src="/relative.png"><img>
      <img src="https://x.example/${'a'.repeat(9_000)}.png">
    </body>`);
    expect(imageCandidates(doc)).toEqual([
      { src: 'https://x.example/lead.jpg', fetchUrl: 'https://x.example/lead-1400.jpg' },
      { src: 'https://x.example/p.png', fetchUrl: 'https://x.example/p.png' },
    ]);
  });

  it('stops at the limit (a gallery of hundreds of thumbnails)', () => {
    const doc = parseDocument(
      Array.from({ length: 30 }, (_, index) => `<img src="https://x.example/${index}.png">`).join(''),
    );
    expect(imageCandidates(doc, 5).map((candidate) => candidate.src)).toEqual(
      Array.from({ length: 5 }, (_, index) => `https://x.example/${index}.png`),
    );
  });
});

describe('showOfflineImages', () => {
  const shown = () => {
    const doc = parseDocument(`<body>
      <picture><source srcset="https://x.example/p.webp"><img src="https://x.example/p.png" alt="P"></picture>
      <img src="https://x.example/q.jpg" srcset="https://x.example/q-2.jpg 2x" sizes="50vw">
      <img src="https://x.example/not-stored.jpg" srcset="https://x.example/n-2.jpg 2x">
    </body>`);
    showOfflineImages(
      doc,
      new Map([
        ['https://x.example/p.png', 'blob:chrome-extension://id/1'],
        ['https://x.example/q.jpg', 'blob:chrome-extension://id/2'],
      ]),
    );
    const [p, q, other] = Array.from(doc.querySelectorAll('img'));
    return { doc, p: p!, q: q!, other: other! };
  };

  it('points stored pictures at their blob URLs', () => {
    const { p, q } = shown();
    expect(p.getAttribute('src')).toBe('blob:chrome-extension://id/1');
    expect(p.getAttribute('alt')).toBe('P');
    expect(q.getAttribute('src')).toBe('blob:chrome-extension://id/2');
  });

  it('drops the sources and candidates that would win over a stored picture', () => {
    const { doc, q } = shown();
    expect(doc.querySelectorAll('source')).toHaveLength(0);
    expect(q.hasAttribute('srcset') || q.hasAttribute('sizes')).toBe(false);
  });

  it('leaves a picture that was not stored on its network address and candidates', () => {
    const { other } = shown();
    expect(other.getAttribute('src')).toBe('https://x.example/not-stored.jpg');
    expect(other.getAttribute('srcset')).toBe('https://x.example/n-2.jpg 2x');
  });
});
