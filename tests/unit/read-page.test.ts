/**
 * Which document the reader reads on a page with frames (components/reader/overlay/read-page.ts):
 * the top document's article wins; around a large frame with next to nothing on top, a frame of
 * the same origin is read, and a frame from another site (null contentDocument, as the browser
 * gives it) is named with a way to open it.
 */
import { describe, expect, it } from 'vitest';
import { foreignFrameNotice, readPage } from '../../components/reader/overlay/read-page';
import type { Article, ExtractResult } from '../../utils/article';
import { storedHtml } from '../stored-html';

interface FakeFrame {
  /** The element's tag: an iframe unless said otherwise. */
  tag?: 'IFRAME' | 'FRAME' | 'EMBED' | 'OBJECT';
  src: string;
  contentDocument: { URL: string; words: number } | null;
  size: [number, number];
}

/**
 * The elements of `elements` a selector list of bare tag names matches, as the DOM answers it; any
 * other selector is refused, so the fake never answers a question it was not built for.
 */
function byTags<T extends { tagName: string }>(elements: T[], selector: string): T[] {
  const tags = selector.split(',').map((part) => part.trim().toUpperCase());
  if (!tags.every((tag) => /^[A-Z]+$/.test(tag)))
    throw new Error(`fake document: cannot match "${selector}"`);
  return elements.filter((element) => tags.includes(element.tagName));
}

/** A window of 1000×800 whose top document has `topWords` words of article (0: none). */
function fakeWindow(topWords: number, frames: FakeFrame[]) {
  const top = { URL: 'https://host.example/page', words: topWords };
  const elements = frames.map((frame) => ({
    tagName: frame.tag ?? 'IFRAME',
    src: frame.src,
    contentDocument: frame.contentDocument,
    getBoundingClientRect: () => ({ width: frame.size[0], height: frame.size[1] }),
  }));
  const win = {
    location: { href: top.URL },
    innerWidth: 1000,
    innerHeight: 800,
    document: Object.assign(top, { querySelectorAll: (selector: string) => byTags(elements, selector) }),
  };
  return win as unknown as Window;
}

/** Stands in for extract(): an article of the document's `words`, or none. */
function fakeRead(doc: Document, url: string): ExtractResult {
  const words = (doc as unknown as { words: number }).words;
  const article = words
    ? ({ url, title: `Words: ${words}`, wordCount: words, html: storedHtml('<p>top</p>') } as Article)
    : null;
  return {
    article,
    removed: [],
    confidence: 'high',
    fallbackHtml: article ? null : storedHtml('<p>header</p>'),
    notice: article ? null : 'No article found on this page.',
    ms: 1,
  };
}

const BIG: [number, number] = [1000, 640];
const same = (words: number, path = '/story'): FakeFrame => ({
  src: `https://host.example${path}`,
  contentDocument: { URL: `https://host.example${path}`, words },
  size: BIG,
});
const foreign: FakeFrame = { src: 'https://other.example/story', contentDocument: null, size: BIG };

describe('readPage', () => {
  it('reads the top document when it has an article of its own, frames or not', () => {
    const reading = readPage(fakeWindow(400, [same(900)]), fakeRead);
    expect(reading).toMatchObject({ url: 'https://host.example/page', foreignFrame: null });
    expect(reading.result.article?.wordCount).toBe(400);
  });

  it('reads a large frame of the same origin when the top has next to nothing', () => {
    for (const topWords of [0, 12]) {
      const reading = readPage(fakeWindow(topWords, [same(900)]), fakeRead);
      expect(reading.url).toBe('https://host.example/story');
      expect(reading.result.article).toMatchObject({ url: 'https://host.example/story', wordCount: 900 });
    }
  });

  it('ignores small frames (ads, widgets) and frames that are not web pages', () => {
    const small = { ...same(900), size: [300, 250] as [number, number] };
    const srcdoc = { ...same(900), contentDocument: { URL: 'about:srcdoc', words: 900 } };
    const reading = readPage(fakeWindow(0, [small, srcdoc]), fakeRead);
    expect(reading.result.article).toBeNull();
    expect(reading.result.notice).toBe('No article found on this page.');
  });

  it('reads a frame of a frameset as it reads an iframe', () => {
    const reading = readPage(fakeWindow(0, [{ ...same(900), tag: 'FRAME' }]), fakeRead);
    expect(reading.result.article).toMatchObject({ url: 'https://host.example/story', wordCount: 900 });
  });

  it('never reads an embedded object or plug-in as a frame, however large', () => {
    const embedded = [
      { ...same(900, '/embed'), tag: 'EMBED' as const },
      { ...same(900, '/object'), tag: 'OBJECT' as const },
    ];
    expect(readPage(fakeWindow(0, embedded), fakeRead).result.article).toBeNull();
  });

  it('tries the largest frame first', () => {
    const larger = { ...same(300, '/larger'), size: [1000, 780] as [number, number] };
    expect(readPage(fakeWindow(0, [same(900), larger]), fakeRead).url).toBe('https://host.example/larger');
  });

  it('names a frame from another site, keeping the top text one click away', () => {
    const reading = readPage(fakeWindow(12, [foreign]), fakeRead);
    expect(reading.foreignFrame).toBe('https://other.example/story');
    expect(reading.result).toMatchObject({
      article: null,
      confidence: 'low',
      fallbackHtml: '<p>top</p>',
      notice: foreignFrameNotice('https://other.example/story'),
    });
    expect(reading.result.notice).toContain('a frame from other.example');
  });

  it('prefers a readable same-origin frame to naming a foreign one', () => {
    const reading = readPage(fakeWindow(0, [foreign, same(500)]), fakeRead);
    expect(reading).toMatchObject({ url: 'https://host.example/story', foreignFrame: null });
  });

  it('never offers a javascript: frame as a link', () => {
    const hostile = { ...foreign, src: 'javascript:alert(1)' };
    expect(readPage(fakeWindow(0, [hostile]), fakeRead).foreignFrame).toBeNull();
  });
});
