/**
 * Exports on jsdom over a seeded library: Markdown per article (front matter, images beside it)
 * in a ZIP; one self-contained HTML file; an EPUB whose mimetype comes first and stored, whose
 * package lists exactly its files, and whose every XHTML file is well-formed XML.
 */
import 'fake-indexeddb/auto';
import { JSDOM } from 'jsdom';
import { createDomPurifySanitizer } from '../../../utils/sanitize/dompurify';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  exportContext,
  loadArticles,
  type ExportContext,
  type ExportWindow,
} from '../../../utils/export/saved-copy';
import { slugify } from '../../../utils/export/file-text';
import { exportEpub } from '../../../utils/export/epub';
import { exportHtmlFile } from '../../../utils/export/html';
import { exportMarkdownZip, frontMatter } from '../../../utils/export/markdown';
import type { LibraryDb } from '../../../utils/library/db/open';
import { openLibraryDb } from '../../../utils/library/db/open';
import type { FullArticle } from '../../../utils/library/whole-articles';
import { seed, TEXTS } from './helpers';
import { storedHtml } from '../../stored-html';

const NOW = Date.UTC(2026, 0, 15, 9, 30);
const window = new JSDOM('<!doctype html><html><body></body></html>').window as unknown as ExportWindow;
let ctx: ExportContext;
let db: LibraryDb;
let articles: FullArticle[];
let ids: string[];

beforeAll(async () => {
  ctx = exportContext(window, NOW, createDomPurifySanitizer(window));
  db = await openLibraryDb('export-test');
  ids = await seed(db);
  articles = await loadArticles(db);
});

const byTitle = (title: string) => articles.find((article) => article.meta.title.startsWith(title))!;

function parseXml(text: string): Document {
  return new window.DOMParser().parseFromString(text, 'application/xml');
}

describe('Markdown ZIP', () => {
  it('one file per article with its metadata, the body as Markdown, images beside it', async () => {
    const files = unzipSync(await exportMarkdownZip(ctx, articles));
    expect(Object.keys(files).sort()).toEqual([
      'articles/an-essay-for-later.md',
      'articles/story-1-glaciers-in-the.md',
      'articles/story-2-the-city-council.md',
      'articles/story-3-مقال-عن-تاريخ.md',
      'articles/story-4-engineers-tested-a.md',
      'images/story-1-glaciers-in-the-1.jpg',
      'images/story-1-glaciers-in-the-2.png',
      'images/story-3-مقال-عن-تاريخ-1.jpg',
      'index.md',
    ]);
    const first = strFromU8(files['articles/story-1-glaciers-in-the.md']!);
    expect(first).toBe(
      [
        '---',
        'title: "Story 1: Glaciers in the"',
        'url: "https://news.example.com/story-1"',
        'author: "Ana Ruiz"',
        'site: "The Ledger"',
        'published: "2025-11-18T16:20:00.000Z"',
        'saved: "2025-01-01T00:00:00.000Z"',
        'state: "unread"',
        'favorite: false',
        'tags: ["cities"]',
        'progress: 0',
        'words: 15',
        'lang: "en"',
        'excerpt: "Glaciers in the northern range retreated"',
        '---',
        '',
        '# Story 1: Glaciers in the',
        '',
        TEXTS[0],
        '',
        // The removed block the reader chose to restore is part of the saved copy.
        'Sign up',
        '',
        '![A photo](../images/story-1-glaciers-in-the-1.jpg)',
        '',
      ].join('\n'),
    );
    expect(files['images/story-1-glaciers-in-the-1.jpg']).toEqual(
      new Uint8Array([255, 216, 255, 224, 1, 2, 3]),
    );
    const fourth = strFromU8(files['articles/story-4-engineers-tested-a.md']!);
    expect(fourth).toContain('read: "2025-07-01T00:00:00.000Z"\nstate: "read"');
    expect(fourth).toContain('progress: 1');
    // Not kept offline: the image stays a link to the web.
    expect(fourth).toContain('![A photo](https://news.example.com/img/4.jpg)');
    const link = strFromU8(files['articles/an-essay-for-later.md']!);
    expect(link).toContain('favorite: true\ntags: ["essays"]');
    expect(link).toContain('<https://later.example.org/essay>');
    expect(strFromU8(files['index.md']!)).toContain(
      '- [Story 2: The city council](articles/story-2-the-city-council.md)',
    );
  });

  it('front matter survives quotes, newlines and colons in titles', () => {
    const tricky = {
      ...byTitle('Story 2'),
      meta: { ...byTitle('Story 2').meta, title: 'Why "this": a\nline' },
    };
    const yaml = frontMatter(tricky);
    expect(yaml).toContain('title: "Why \\"this\\": a\\nline"');
    const value = yaml
      .split('\n')
      .find((line) => line.startsWith('title: '))!
      .slice('title: '.length);
    expect(JSON.parse(value)).toBe('Why "this": a\nline');
  });

  it('slugs keep every script and stay file-name safe', () => {
    expect(slugify('Ünïcödé: the ../../etc/passwd story?')).toBe('ünïcödé-the-etc-passwd-story');
    expect(slugify('東京の朝 — 写真で見る')).toBe('東京の朝-写真で見る');
    expect(slugify('!!!')).toBe('article');
  });
});

describe('single HTML file', () => {
  it('holds every article with its metadata, a contents list, and offline images inlined', async () => {
    const html = await exportHtmlFile(ctx, articles);
    expect(html.startsWith('<!DOCTYPE html>\n<html')).toBe(true);
    const doc = new JSDOM(html).window.document;
    expect([...doc.querySelectorAll('nav li a')].map((a) => a.textContent)).toEqual(
      articles.map((article) => article.meta.title),
    );
    expect(doc.querySelectorAll('article')).toHaveLength(5);
    const first = doc.getElementById('article-2')!;
    expect(first.querySelector('h2')?.textContent).toBe('Story 1: Glaciers in the');
    expect(first.textContent).toContain(TEXTS[0]);
    expect(first.textContent).toContain('Sign up');
    expect(first.querySelector('img')?.getAttribute('src')).toBe('data:image/jpeg;base64,/9j/4AECAw==');
    expect(doc.getElementById('article-4')?.getAttribute('dir')).toBe('rtl');
    expect(doc.querySelector('style')?.textContent).toContain('article header p');
  });

  it('a hostile body in the database is sanitised again on the way out', async () => {
    const hostile: FullArticle = {
      ...byTitle('Story 2'),
      body: {
        ...byTitle('Story 2').body!,
        html: storedHtml(
          '<p onclick="steal()">Hi</p><script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">x</a>',
        ),
      },
    };
    const html = await exportHtmlFile(ctx, [hostile]);
    expect(html).not.toMatch(/<script|onclick|onerror|javascript:/i);
    expect(html).toContain('<p>Hi</p>');
  });
});

describe('EPUB', () => {
  let files: Record<string, Uint8Array>;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await exportEpub(ctx, articles, { id: '6f1c2d4e-0000-4000-8000-000000000001' });
    files = unzipSync(bytes);
  });

  it('starts with the mimetype, stored uncompressed and without extra fields', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50); // local file header
    expect(view.getUint16(8, true)).toBe(0); // stored
    expect(view.getUint16(26, true)).toBe(8); // name length
    expect(view.getUint16(28, true)).toBe(0); // extra field length
    expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
    expect(strFromU8(bytes.subarray(38, 58))).toBe('application/epub+zip');
  });

  it('has a container, a package listing exactly its files, a spine in order, and a navigation', () => {
    const container = parseXml(strFromU8(files['META-INF/container.xml']!));
    expect(container.querySelector('rootfile')?.getAttribute('full-path')).toBe('OEBPS/content.opf');
    const opf = parseXml(strFromU8(files['OEBPS/content.opf']!));
    expect(opf.getElementsByTagName('parsererror')).toHaveLength(0);
    const hrefs = [...opf.getElementsByTagName('item')].map((item) => `OEBPS/${item.getAttribute('href')}`);
    const packaged = Object.keys(files).filter(
      (name) => name !== 'mimetype' && !name.startsWith('META-INF/'),
    );
    expect(hrefs.sort()).toEqual(packaged.filter((name) => name !== 'OEBPS/content.opf').sort());
    expect(opf.getElementsByTagName('dc:language')[0]?.textContent).toBe('en');
    expect(opf.getElementsByTagName('dc:identifier')[0]?.textContent).toBe(
      'urn:uuid:6f1c2d4e-0000-4000-8000-000000000001',
    );
    expect(opf.getElementsByTagName('meta')[0]?.textContent).toBe('2026-01-15T09:30:00Z');
    const spine = [...opf.getElementsByTagName('itemref')].map((ref) => ref.getAttribute('idref'));
    // The link entry has no body: four chapters, oldest first.
    expect(spine).toEqual(['chapter-1', 'chapter-2', 'chapter-3', 'chapter-4']);
    const nav = parseXml(strFromU8(files['OEBPS/nav.xhtml']!));
    expect([...nav.querySelectorAll('nav li a')].map((a) => a.textContent)).toEqual(
      articles.filter((article) => article.meta.kind === 'article').map((article) => article.meta.title),
    );
  });

  it('every XHTML file is well-formed XML, with the article inside', () => {
    for (const [name, data] of Object.entries(files)) {
      if (!/\.(xhtml|opf|ncx|xml)$/.test(name)) continue;
      const doc = parseXml(strFromU8(data));
      expect(doc.getElementsByTagName('parsererror'), name).toHaveLength(0);
    }
    const chapter = parseXml(strFromU8(files['OEBPS/chapter-001.xhtml']!));
    expect(chapter.documentElement.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    expect(chapter.querySelector('h1')?.textContent).toBe('Story 1: Glaciers in the');
    expect(chapter.documentElement.textContent).toContain(TEXTS[0]);
    expect(chapter.querySelector('img')?.getAttribute('src')).toBe('images/001-1.jpg');
    expect(files['OEBPS/images/001-1.jpg']).toEqual(new Uint8Array([255, 216, 255, 224, 1, 2, 3]));
    // An image that was never kept offline: a book can't fetch it, so its alt text stands in.
    const second = strFromU8(files['OEBPS/chapter-002.xhtml']!);
    expect(second).not.toContain('<img');
    expect(second).toContain('[A photo]');
    const arabic = parseXml(strFromU8(files['OEBPS/chapter-003.xhtml']!));
    expect(arabic.documentElement.getAttribute('dir')).toBe('rtl');
    expect(arabic.documentElement.getAttribute('lang')).toBe('ar');
  });

  it('text XML cannot hold is dropped, not left to break the book', async () => {
    const base = byTitle('Story 2');
    const broken: FullArticle = {
      ...base,
      meta: { ...base.meta, title: 'Bell \u0007 & <title>' },
      body: { ...base.body!, html: storedHtml('<p id="x">A\u0001B &amp; C</p><p id="x">dup id</p>') },
    };
    const epub = unzipSync(await exportEpub(ctx, [broken]));
    const text = strFromU8(epub['OEBPS/chapter-001.xhtml']!);
    const doc = parseXml(text);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe('Bell  & <title>');
    expect(doc.documentElement.textContent).toContain('AB & C');
    expect(doc.querySelectorAll('[id]')).toHaveLength(1);
    expect(parseXml(strFromU8(epub['OEBPS/content.opf']!)).getElementsByTagName('parsererror')).toHaveLength(
      0,
    );
  });

  it('exports only the chosen articles', async () => {
    const chosen = await loadArticles(db, [ids[3]!, ids[0]!]);
    const epub = unzipSync(await exportEpub(ctx, chosen));
    const nav = parseXml(strFromU8(epub['OEBPS/nav.xhtml']!));
    expect([...nav.querySelectorAll('li a')].map((a) => a.textContent)).toEqual([
      'Story 4: Engineers tested a',
      'Story 1: Glaciers in the',
    ]);
  });
});
