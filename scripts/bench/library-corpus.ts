/**
 * Realistic articles for bench:library, made from the Readability corpus pages (their
 * expected.html and metadata): varied lengths (a slice of 10–100 % of a page), dates over five
 * years, sites, tags and reading states, and a few words unique to each article so the index
 * vocabulary grows with the library the way real names and numbers make it grow.
 */
import type { Article } from '../../utils/article';
import type { SavedState } from '../../utils/library/articles';
import { storedHtml } from '../../tests/stored-html';

export interface CorpusPage {
  name: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  html: string;
}

interface Block {
  html: string;
  text: string;
}
interface Prepared extends CorpusPage {
  blocks: Block[];
  words: string[];
}

const TAGS = [
  'politics',
  'science',
  'tech',
  'longread',
  'climate',
  'health',
  'economy',
  'culture',
  'sport',
  'europe',
  'asia',
  'americas',
  'privacy',
  'security',
  'design',
  'history',
  'food',
  'travel',
  'music',
  'books',
  'film',
  'education',
  'work',
  'space',
  'energy',
  'cities',
  'law',
  'media',
  'research',
  'to-share',
  'weekend',
  'reference',
  'howto',
  'opinion',
  'data',
  'ai',
  'web',
  'mobile',
  'startup',
  'français',
];
const DAY = 86_400_000;
const START = Date.UTC(2021, 0, 1);

/** A small deterministic generator (mulberry32), so every run builds the same library. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function prepareCorpus(pages: CorpusPage[], parse: (html: string) => Document): Prepared[] {
  return pages.map((page) => {
    const doc = parse(page.html);
    const blocks = [...doc.querySelectorAll('p, h2, h3, h4, li, blockquote, pre')]
      .filter((element) => !element.querySelector('p, li, blockquote, pre'))
      .map((element) => ({ html: element.outerHTML, text: (element.textContent ?? '').trim() }))
      .filter((block) => block.text);
    const words = (
      blocks
        .map((block) => block.text)
        .join(' ')
        .match(/[\p{L}]{4,}/gu) ?? []
    ).slice(0, 2000);
    return { ...page, blocks: blocks.length ? blocks : [{ html: '<p>…</p>', text: '…' }], words };
  });
}

const SIZES = [0.1, 0.1, 0.25, 0.25, 0.25, 0.5, 0.5, 1, 1, 1];

/** Article number `index` of the benchmark library (the same index always gives the same one). */
export function makeArticle(corpus: Prepared[], index: number): { article: Article; state: SavedState } {
  const next = random(index * 7919 + 17);
  const page = corpus[index % corpus.length]!;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const fraction = pick(SIZES);
  const count = Math.max(1, Math.round(page.blocks.length * fraction));
  const start = Math.floor(next() * (page.blocks.length - count + 1));
  const blocks = page.blocks.slice(start, start + count);
  const tag = index.toString(36);
  // Words found in no other article: a reference code, a name, as real articles have.
  const unique = `<p>Ref ${tag}q${index % 97}: reported by ${pick(page.words)}${tag} in ${pick(page.words)}.</p>`;
  const html = storedHtml([...blocks.map((block) => block.html), unique].join('\n'));
  const text = [...blocks.map((block) => block.text), `Ref ${tag}q${index % 97}`].join('\n');
  const wordCount = text.split(/\s+/).length;
  const host = `${(page.siteName ?? page.name).toLowerCase().replace(/[^a-z0-9]+/g, '')}${index % 4 ? '' : index % 7}.example`;
  const savedAt = START + Math.floor(next() * 5 * 365 * DAY);
  const read = next() < 0.4;
  const tags =
    next() < 0.3
      ? [...new Set([pick(TAGS), pick(TAGS), pick(TAGS)].slice(0, 1 + Math.floor(next() * 3)))]
      : [];
  return {
    article: {
      url: `https://${host}/${index % 9 === 0 ? 'news' : 'story'}/${page.name}-${tag}`,
      title:
        index < corpus.length ? page.title : `${page.title}: ${pick(page.words)} and ${pick(page.words)}`,
      byline: page.byline,
      siteName: index % 4 ? page.siteName : null,
      publishedTime:
        page.publishedTime && next() < 0.8 ? new Date(savedAt - next() * 30 * DAY).toISOString() : null,
      lang: page.lang,
      dir: null,
      excerpt: page.excerpt,
      leadImage: null,
      html,
      text,
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    },
    state: {
      savedAt,
      readAt: read ? savedAt + DAY : null,
      archived: next() < 0.2,
      favorite: next() < 0.05,
      tags,
      progress: read ? 1 : next() < 0.2 ? next() : 0,
    },
  };
}
