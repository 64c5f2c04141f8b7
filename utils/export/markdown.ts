/**
 * Markdown export: one .md file per article with YAML front matter (its metadata and reading
 * state), offline images beside them, all in a ZIP. Links not fetched yet get a file too, with
 * their metadata and the link, so nothing in the library is left out.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import TurndownService from 'turndown';
import type { FullArticle } from '../library/whole-articles';
import { articleFragment, storedImages, type ExportContext } from './saved-copy';
import { isoDate, shelfOf, slugify, uniqueNames, zipTime } from './file-text';
import { highlightsMarkdown } from '../highlights/export-formats';

/** YAML front matter. JSON strings are valid YAML scalars, so every value is quoted safely. */
export function frontMatter(article: FullArticle): string {
  const { meta } = article;
  const fields: [string, unknown][] = [
    ['title', meta.title],
    ['url', meta.url],
    ['author', meta.byline],
    ['site', meta.siteName ?? meta.site],
    ['published', meta.publishedTime],
    ['saved', isoDate(meta.savedAt)],
    ['read', meta.readAt === null ? null : isoDate(meta.readAt)],
    ['state', shelfOf(article)],
    ['favorite', meta.favorite],
    ['tags', meta.tags],
    ['progress', meta.progress],
    ['words', meta.kind === 'article' ? meta.wordCount : null],
    ['lang', meta.lang],
    ['excerpt', meta.excerpt],
  ];
  const lines = fields
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** The HTML-to-Markdown converter of the export (also the golden outputs' in tests/golden/). */
export function turndown(inlineHighlights = false): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    hr: '---',
  });
  // Keep a code block's language from the sanitiser's kept class (language-python).
  service.addRule('fencedWithLanguage', {
    filter: (node) => node.nodeName === 'PRE' && node.firstChild?.nodeName === 'CODE',
    replacement: (_content, node) => {
      const code = node.firstChild as Element;
      const lang = /(?:^|\s)(?:language|lang)-([\w+#-]+)/.exec(code.getAttribute('class') ?? '')?.[1] ?? '';
      const text = code.textContent ?? '';
      const fence = text.includes('```') ? '````' : '```';
      return `\n\n${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}\n\n`;
    },
  });
  // Highlights (<mark>, see highlights/mark.ts): Obsidian's ==…== when asked for, else plain text.
  service.addRule('highlight', {
    filter: 'mark',
    replacement: (content) => (inlineHighlights && content.trim() ? `==${content}==` : content),
  });
  return service;
}

/** One article as Markdown; `imagePath` maps an offline image URL to its file in the ZIP. */
function articleMarkdown(
  ctx: ExportContext,
  article: FullArticle,
  imagePath: (url: string) => string | null = () => null,
): string {
  const heading = `# ${article.meta.title.replace(/\s+/g, ' ').trim()}\n\n`;
  if (article.meta.kind === 'link' || !article.body) {
    const notes = highlightsMarkdown(ctx.highlights?.get(article.meta.id) ?? []);
    return `${frontMatter(article)}\n${heading}<${article.meta.url}>\n${notes && `\n${notes}`}`;
  }
  const doc = ctx.window.document.implementation.createHTMLDocument('');
  const container = doc.createElement('div');
  container.appendChild(articleFragment(ctx, article, doc));
  for (const image of Array.from(container.querySelectorAll('img'))) {
    const local = imagePath(image.getAttribute('src') ?? '');
    if (local) image.setAttribute('src', local);
    image.removeAttribute('srcset');
  }
  for (const source of Array.from(container.querySelectorAll('picture source'))) source.remove();
  const markdown = turndown(!!ctx.inlineHighlights).turndown(container).trim();
  const highlights = highlightsMarkdown(ctx.highlights?.get(article.meta.id) ?? []);
  return `${frontMatter(article)}\n${heading}${markdown}\n${highlights && `\n${highlights}`}`;
}

/** The ZIP: articles/<slug>.md, images/<slug>-<n>.<ext>, and an index.md listing them. */
export async function exportMarkdownZip(
  ctx: ExportContext,
  articles: readonly FullArticle[],
): Promise<Uint8Array> {
  const files: Zippable = {};
  const name = uniqueNames();
  const index: string[] = ['# Lectern library', '', `Exported ${isoDate(ctx.now)}.`, ''];
  for (const article of articles) {
    const slug = name(slugify(article.meta.title));
    const images = await storedImages(article);
    const paths = new Map<string, string>();
    let count = 0;
    for (const [url, image] of images) {
      const path = `images/${slug}-${++count}.${image.extension}`;
      paths.set(url, `../${path}`);
      // Images are compressed already.
      files[path] = [image.bytes, { level: 0 }];
    }
    files[`articles/${slug}.md`] = strToU8(articleMarkdown(ctx, article, (url) => paths.get(url) ?? null));
    index.push(
      `- [${article.meta.title.replace(/[[\]]/g, '\\$&')}](articles/${encodeURIComponent(slug)}.md)`,
    );
  }
  files['index.md'] = strToU8(`${index.join('\n')}\n`);
  return zipSync(files, { level: 6, mtime: zipTime(ctx.now) });
}
