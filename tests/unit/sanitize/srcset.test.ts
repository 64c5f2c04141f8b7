/**
 * srcset read as the browser reads it. The bug: the sanitiser split candidates on ", ", so a
 * candidate glued on with a bare comma (`a.jpg 1x,javascript:... 2x`) rode along in the previous
 * one's descriptors and the browser found it again.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SRCSET_CANDIDATES, parseSrcset } from '../../../utils/sanitize/srcset';

const urls = (value: string) => parseSrcset(value).map((candidate) => candidate.url);

describe('parseSrcset (HTML spec)', () => {
  it('splits on commas after a URL, with or without spaces', () => {
    expect(urls('a.jpg 1x,b.jpg 2x')).toEqual(['a.jpg', 'b.jpg']);
    expect(urls('a.jpg 1x ,b.jpg 2x')).toEqual(['a.jpg', 'b.jpg']);
    expect(urls('a.jpg,b.jpg 2x')).toEqual(['a.jpg,b.jpg']);
    expect(urls('a.jpg, b.jpg 2x')).toEqual(['a.jpg', 'b.jpg']);
    expect(urls(' ,, a.jpg,,, ')).toEqual(['a.jpg']);
  });

  it('keeps commas inside URLs (image CDNs use them)', () => {
    const value =
      'https://cdn.example.com/image/upload/w_400,h_300,c_fill/x.jpg 400w, https://cdn.example.com/image/upload/w_800,h_600,c_fill/x.jpg 800w';
    expect(parseSrcset(value)).toEqual([
      { url: 'https://cdn.example.com/image/upload/w_400,h_300,c_fill/x.jpg', width: 400, density: null },
      { url: 'https://cdn.example.com/image/upload/w_800,h_600,c_fill/x.jpg', width: 800, density: null },
    ]);
  });

  it('reads w and x descriptors and drops malformed candidates', () => {
    expect(parseSrcset('a.jpg 1.5x, b.jpg 300w, c.jpg')).toEqual([
      { url: 'a.jpg', width: null, density: 1.5 },
      { url: 'b.jpg', width: 300, density: null },
      { url: 'c.jpg', width: null, density: null },
    ]);
    for (const bad of [
      'a.jpg 1x 2x',
      'a.jpg 100w 2x',
      'a.jpg -1x',
      'a.jpg 0w',
      'a.jpg 10q',
      'a.jpg 100h',
      'a.jpg (1x)',
    ])
      expect(parseSrcset(bad), bad).toEqual([]);
    expect(urls('a.jpg 100w 50h, b.jpg foo, c.jpg 2x')).toEqual(['a.jpg', 'c.jpg']);
  });

  it('a comma inside parentheses does not end the candidate', () => {
    expect(urls('a.jpg (1x,javascript:alert(1)) 2x, b.jpg 3x')).toEqual(['b.jpg']);
  });

  it('stops at the cap, in linear time on ten thousand candidates', () => {
    const value = Array.from({ length: 10_000 }, (_, index) => `i${index}.jpg ${index + 1}w`).join(',');
    const started = performance.now();
    expect(parseSrcset(value, MAX_SRCSET_CANDIDATES)).toHaveLength(MAX_SRCSET_CANDIDATES);
    expect(parseSrcset(value)).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
