/**
 * EPUB 3 of chosen articles, for e-readers: a ZIP whose first entry is `mimetype`, stored
 * uncompressed, then META-INF/container.xml, the package (content.opf), a navigation document,
 * an NCX for older readers and one XHTML chapter per article. Article HTML is sanitised again,
 * moved into an XHTML document and serialised with XMLSerializer, so every chapter is well-formed
 * XML. E-readers can't fetch: offline images are packaged, others are replaced by their alt text.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { FullArticle } from '../library/whole-articles';
import { articleFragment, storedImages, type ExportContext } from './saved-copy';
import { escapeXml, isoDate, xmlSafe, zipTime } from './file-text';

const XHTML = 'http://www.w3.org/1999/xhtml';
const EPUB_NS = 'http://www.idpf.org/2007/ops';

const STYLE = `body { font-family: serif; line-height: 1.5; margin: 0 0.5em; }
h1 { font-size: 1.5em; line-height: 1.25; }
p.lectern-meta { font-size: 0.8em; color: #555; }
img { max-width: 100%; }
pre { white-space: pre-wrap; font-size: 0.85em; }
blockquote { margin-left: 1em; padding-left: 0.75em; border-left: 2px solid #999; }
`;

export interface EpubOptions {
  title?: string;
  /** urn:uuid identifier; random unless given (tests fix it). */
  id?: string;
}

interface Chapter {
  file: string;
  title: string;
  lang: string;
}

function uuid(): string {
  return globalThis.crypto?.randomUUID?.() ?? '00000000-0000-4000-8000-000000000000';
}

/** Attributes that mean nothing in a book, or point at the network. */
const DROPPED_ATTRIBUTES = [
  'target',
  'rel',
  'srcset',
  'sizes',
  'loading',
  'decoding',
  'data-lectern-removed',
];

/**
 * Makes sanitised article nodes fit an EPUB chapter: images packaged or replaced by their alt
 * text, no <picture> sources, unique ids, no text XML cannot hold.
 */
function prepareForBook(root: Element, imageFile: (url: string) => string | null): void {
  const doc = root.ownerDocument;
  for (const source of Array.from(root.querySelectorAll('source'))) source.remove();
  for (const image of Array.from(root.querySelectorAll('img'))) {
    const local = imageFile(image.getAttribute('src') ?? '');
    if (local) {
      image.setAttribute('src', local);
      if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
    } else {
      const alt = image.getAttribute('alt')?.trim();
      if (alt) image.replaceWith(doc.createTextNode(`[${alt}]`));
      else image.remove();
    }
  }
  const ids = new Set<string>();
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const name of DROPPED_ATTRIBUTES) element.removeAttribute(name);
    const id = element.getAttribute('id');
    if (id !== null) {
      if (ids.has(id) || !/^[A-Za-z_][\w.-]*$/.test(id)) element.removeAttribute('id');
      else ids.add(id);
    }
    for (const attribute of Array.from(element.attributes)) {
      const clean = xmlSafe(attribute.value);
      if (clean !== attribute.value) element.setAttribute(attribute.name, clean);
    }
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const clean = xmlSafe(node.nodeValue ?? '');
    if (clean !== node.nodeValue) node.nodeValue = clean;
  }
}

/** One chapter as XHTML, serialised from an XML document (well-formed by construction). */
function chapterXhtml(
  ctx: ExportContext,
  article: FullArticle,
  lang: string,
  imageFile: (url: string) => string | null,
): string {
  const { meta } = article;
  const htmlDoc = ctx.window.document.implementation.createHTMLDocument('');
  const holder = htmlDoc.createElement('div');
  holder.appendChild(articleFragment(ctx, article, htmlDoc));
  prepareForBook(holder, imageFile);

  const doc = ctx.window.document.implementation.createDocument(XHTML, 'html', null);
  const html = doc.documentElement;
  html.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:epub', EPUB_NS);
  html.setAttribute('lang', lang);
  html.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', lang);
  if (meta.dir) html.setAttribute('dir', meta.dir);
  const add = (parent: Element, name: string, text?: string, attributes: Record<string, string> = {}) => {
    const node = doc.createElementNS(XHTML, name);
    if (text !== undefined) node.textContent = xmlSafe(text);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, xmlSafe(value));
    parent.appendChild(node);
    return node;
  };
  const head = add(html, 'head');
  add(head, 'meta', undefined, { charset: 'utf-8' });
  add(head, 'title', meta.title);
  add(head, 'link', undefined, { rel: 'stylesheet', type: 'text/css', href: 'style.css' });
  const body = add(html, 'body');
  const section = add(body, 'section');
  section.setAttributeNS(EPUB_NS, 'epub:type', 'chapter');
  add(section, 'h1', meta.title);
  const details = [meta.siteName ?? meta.site, meta.byline, meta.publishedTime?.slice(0, 10)].filter(Boolean);
  const line = add(section, 'p', `${details.join(' · ')}${details.length ? ' · ' : ''}`, {
    class: 'lectern-meta',
  });
  add(line, 'a', 'original', { href: meta.url });
  // Importing into the XML document keeps the XHTML namespace of every element.
  section.appendChild(doc.importNode(holder, true));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n${new ctx.window.XMLSerializer().serializeToString(html)}\n`;
}

function navXhtml(title: string, lang: string, chapters: Chapter[]): string {
  const items = chapters
    .map((chapter) => `      <li><a href="${chapter.file}">${escapeXml(chapter.title)}</a></li>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="${XHTML}" xmlns:epub="${EPUB_NS}" lang="${escapeXml(lang)}" xml:lang="${escapeXml(lang)}">
  <head><meta charset="utf-8"/><title>${escapeXml(title)}</title></head>
  <body>
    <nav epub:type="toc" id="toc">
      <h1>${escapeXml(title)}</h1>
      <ol>
${items}
      </ol>
    </nav>
  </body>
</html>
`;
}

function tocNcx(id: string, title: string, chapters: Chapter[]): string {
  const points = chapters
    .map(
      (chapter, index) => `    <navPoint id="nav-${index + 1}" playOrder="${index + 1}">
      <navLabel><text>${escapeXml(chapter.title)}</text></navLabel>
      <content src="${chapter.file}"/>
    </navPoint>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
  <head><meta name="dtb:uid" content="urn:uuid:${escapeXml(id)}"/></head>
  <docTitle><text>${escapeXml(title)}</text></docTitle>
  <navMap>
${points}
  </navMap>
</ncx>
`;
}

function contentOpf(
  id: string,
  title: string,
  lang: string,
  modified: string,
  chapters: Chapter[],
  images: { file: string; type: string }[],
): string {
  const manifest = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
    '<item id="css" href="style.css" media-type="text/css"/>',
    ...chapters.map(
      (chapter, index) =>
        `<item id="chapter-${index + 1}" href="${chapter.file}" media-type="application/xhtml+xml"/>`,
    ),
    ...images.map(
      (image, index) =>
        `<item id="image-${index + 1}" href="${image.file}" media-type="${escapeXml(image.type)}"/>`,
    ),
  ];
  const spine = chapters.map((_, index) => `<itemref idref="chapter-${index + 1}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${escapeXml(lang)}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">urn:uuid:${escapeXml(id)}</dc:identifier>
    <dc:title>${escapeXml(title)}</dc:title>
    <dc:language>${escapeXml(lang)}</dc:language>
    <dc:creator>Lectern</dc:creator>
    <meta property="dcterms:modified">${modified}</meta>
  </metadata>
  <manifest>
    ${manifest.join('\n    ')}
  </manifest>
  <spine toc="ncx">
    ${spine.join('\n    ')}
  </spine>
</package>
`;
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

/** The most common article language, for the book; "en" when none says. */
function bookLanguage(articles: readonly FullArticle[]): string {
  const counts = new Map<string, number>();
  for (const { meta } of articles) if (meta.lang) counts.set(meta.lang, (counts.get(meta.lang) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';
}

/** Only articles with a body become chapters; links not fetched yet have nothing to read. */
export async function exportEpub(
  ctx: ExportContext,
  articles: readonly FullArticle[],
  options: EpubOptions = {},
): Promise<Uint8Array> {
  const readable = articles.filter((article) => article.meta.kind === 'article' && article.body);
  const title =
    options.title ??
    (readable.length === 1 ? readable[0]!.meta.title : `Lectern: ${readable.length} articles`);
  const id = options.id ?? uuid();
  const lang = bookLanguage(readable);
  // "mimetype" first and stored: readers identify an EPUB by those bytes at the start of the file.
  const files: Zippable = { mimetype: [strToU8('application/epub+zip'), { level: 0 }] };
  files['META-INF/container.xml'] = strToU8(CONTAINER);
  const chapters: Chapter[] = [];
  const packaged: { file: string; type: string }[] = [];
  for (const article of readable) {
    const number = String(chapters.length + 1).padStart(3, '0');
    const images = await storedImages(article);
    // Only images the chapter shows are packaged: a book lists every file it holds.
    const local = new Map<string, string>();
    const imageFile = (url: string): string | null => {
      const image = images.get(url);
      if (!image) return null;
      let file = local.get(url);
      if (!file) {
        file = `images/${number}-${local.size + 1}.${image.extension}`;
        local.set(url, file);
        packaged.push({ file, type: image.type });
        files[`OEBPS/${file}`] = [image.bytes, { level: 0 }];
      }
      return file;
    };
    const file = `chapter-${number}.xhtml`;
    const chapterLang = article.meta.lang ?? lang;
    files[`OEBPS/${file}`] = strToU8(chapterXhtml(ctx, article, chapterLang, imageFile));
    chapters.push({ file, title: xmlSafe(article.meta.title), lang: chapterLang });
  }
  const modified = `${isoDate(ctx.now).slice(0, 19)}Z`;
  files['OEBPS/content.opf'] = strToU8(contentOpf(id, title, lang, modified, chapters, packaged));
  files['OEBPS/nav.xhtml'] = strToU8(navXhtml(title, lang, chapters));
  files['OEBPS/toc.ncx'] = strToU8(tocNcx(id, title, chapters));
  files['OEBPS/style.css'] = strToU8(STYLE);
  return zipSync(files, { level: 6, mtime: zipTime(ctx.now) });
}
