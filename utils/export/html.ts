/**
 * The library as one HTML file that opens anywhere, offline: a contents list, then every article
 * with its metadata, offline images inlined as data: URLs. Built as a DOM (never strings of
 * HTML), every body sanitised again on the way, and serialised with XMLSerializer.
 */
import type { FullArticle } from '../library/whole-articles';
import { toBase64 } from './backup';
import { articleFragment, storedImages, type ExportContext } from './saved-copy';
import { isoDate, shelfOf } from './file-text';

// No ">" or "&" in here: XMLSerializer escapes them, and a <style> in HTML is not unescaped.
const STYLE = `
body { font: 18px/1.6 Georgia, "DejaVu Serif", serif; max-width: 42em; margin: 2em auto; padding: 0 1em; color: #222; }
header.lectern-export, nav { font-family: system-ui, sans-serif; }
article { border-top: 1px solid #ccc; margin-top: 3em; padding-top: 1em; }
article header p { font: 14px/1.4 system-ui, sans-serif; color: #555; }
img { max-width: 100%; height: auto; }
pre { overflow-x: auto; background: #f4f4f4; padding: .75em; }
blockquote { margin-left: 0; padding-left: 1em; border-left: 3px solid #ccc; color: #444; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .25em .5em; }
@media (prefers-color-scheme: dark) { body { background: #161616; color: #ddd; } pre { background: #222; } }
`;

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function metaLine(doc: Document, article: FullArticle): HTMLParagraphElement {
  const { meta } = article;
  const line = element(doc, 'p');
  const parts = [
    meta.siteName ?? meta.site,
    meta.byline,
    meta.publishedTime ? `published ${meta.publishedTime.slice(0, 10)}` : null,
    `saved ${isoDate(meta.savedAt).slice(0, 10)}`,
    shelfOf(article),
    meta.favorite ? 'favourite' : null,
    meta.tags.length ? `tags: ${meta.tags.join(', ')}` : null,
  ].filter((part): part is string => !!part);
  line.append(`${parts.join(' · ')} · `, element(doc, 'a', 'original', { href: meta.url }));
  return line;
}

export async function exportHtmlFile(
  ctx: ExportContext,
  articles: readonly FullArticle[],
  title = 'Lectern library',
): Promise<string> {
  const doc = ctx.window.document.implementation.createHTMLDocument(title);
  doc.documentElement.setAttribute('lang', 'en');
  doc.head.prepend(element(doc, 'meta', undefined, { charset: 'utf-8' }));
  doc.head.append(
    element(doc, 'meta', undefined, { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    element(doc, 'meta', undefined, { name: 'generator', content: 'Lectern' }),
    element(doc, 'style', STYLE),
  );
  const header = element(doc, 'header', undefined, { class: 'lectern-export' });
  header.append(
    element(doc, 'h1', title),
    element(
      doc,
      'p',
      `${articles.length} article${articles.length === 1 ? '' : 's'}, exported ${isoDate(ctx.now).slice(0, 10)}.`,
    ),
  );
  const contents = element(doc, 'ol');
  const nav = element(doc, 'nav', undefined, { 'aria-label': 'Contents' });
  nav.append(contents);
  doc.body.append(header, nav);

  let number = 0;
  for (const article of articles) {
    const id = `article-${++number}`;
    const item = element(doc, 'li');
    item.append(element(doc, 'a', article.meta.title, { href: `#${id}` }));
    contents.append(item);

    const section = element(doc, 'article', undefined, { id });
    if (article.meta.lang) section.setAttribute('lang', article.meta.lang);
    if (article.meta.dir) section.setAttribute('dir', article.meta.dir);
    const head = element(doc, 'header');
    head.append(element(doc, 'h2', article.meta.title), metaLine(doc, article));
    section.append(head);
    if (article.body && article.meta.kind === 'article') {
      const body = articleFragment(ctx, article, doc);
      const images = await storedImages(article);
      for (const image of Array.from(body.querySelectorAll('img'))) {
        const stored = images.get(image.getAttribute('src') ?? '');
        if (!stored) continue;
        image.setAttribute('src', `data:${stored.type};base64,${toBase64(stored.bytes)}`);
        image.removeAttribute('srcset');
      }
      section.append(body);
    } else {
      section.append(element(doc, 'p', 'Not fetched yet: only the link was saved.'));
    }
    doc.body.append(section);
  }
  return `<!DOCTYPE html>\n${new ctx.window.XMLSerializer().serializeToString(doc.documentElement)}\n`;
}
