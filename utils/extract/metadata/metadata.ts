/** Article metadata from the page's head and JSON-LD, independent of Readability's guesses. */
import { collapse } from '../dom';

export interface PageMetadata {
  title: string | null;
  /** True when the title came from the page's metadata (JSON-LD, Open Graph...), not its <title>. */
  titleFromMetadata: boolean;
  authors: string[];
  /** The JSON-LD publisher (or source organisation) alone. */
  jsonLdPublisher: string | null;
  /** That, else article:publisher when it is a name rather than a URL. */
  publisher: string | null;
  siteName: string | null;
  publishedTime: string | null;
  image: string | null;
  description: string | null;
  lang: string | null;
}

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|SocialMediaPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|WebPage)$/;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: Json | undefined): Json[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function nameOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return collapse(value) || null;
  if (isObject(value) && typeof value.name === 'string') return collapse(value.name) || null;
  return null;
}

function typesOf(node: JsonObject): string[] {
  return asArray(node['@type']).filter((type): type is string => typeof type === 'string');
}

/** Every JSON-LD node on the page, with @graph flattened; malformed blocks are skipped. */
function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: Json;
    try {
      parsed = JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json;
    } catch {
      continue;
    }
    for (const item of asArray(parsed)) {
      if (!isObject(item)) continue;
      nodes.push(item);
      for (const inner of asArray(item['@graph'])) if (isObject(inner)) nodes.push(inner);
    }
  }
  return nodes;
}

/** Each key's values in page order (a paper has one DC.Creator per author). */
type MetaTags = Map<string, string[]>;

/**
 * Every <meta> content by its property, name and itemprop, read in one pass (a query per key would
 * walk the whole tree each time). Keys are lower-cased and space-separated lists split, as Readability
 * does: `<meta property="dc:creator twitter:site_name">` answers both names.
 */
function metaTags(doc: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const element of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = collapse(element.getAttribute('content'));
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      for (const key of (element.getAttribute(attribute) ?? '').toLowerCase().split(/\s+/)) {
        if (!key) continue;
        const values = tags.get(key);
        if (!values) tags.set(key, [content]);
        else if (!values.includes(content)) values.push(content);
      }
    }
  }
  return tags;
}

function metaAll(tags: MetaTags, ...keys: string[]): string[] {
  for (const key of keys) {
    const values = tags.get(key.toLowerCase());
    if (values) return values;
  }
  return [];
}

function meta(tags: MetaTags, ...keys: string[]): string | null {
  return metaAll(tags, ...keys)[0] ?? null;
}

/** Normalises a date to ISO 8601 (UTC), or null when it is not a plausible date. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value.trim());
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const isUrl = (value: string) => /^https?:\/\//i.test(value);

export function readMetadata(doc: Document): PageMetadata {
  const nodes = jsonLdNodes(doc);
  const tags = metaTags(doc);
  const article =
    nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.test(type) && type !== 'WebPage')) ??
    nodes.find((node) => typesOf(node).includes('WebPage'));
  const organisation = nodes.find((node) =>
    typesOf(node).some((type) => /Organization|NewsMediaOrganization/.test(type)),
  );

  const authors: string[] = [];
  for (const author of asArray(article?.author)) {
    const name = nameOf(author);
    if (name && !isUrl(name) && !authors.includes(name)) authors.push(name);
  }
  if (!authors.length) {
    // Dublin Core first, as Readability does: it is the field least often filled with a site name.
    const metaAuthors = metaAll(
      tags,
      'dc:creator',
      'dc.creator',
      'dcterm:creator',
      'dcterms.creator',
      'author',
      'article:author',
      'parsely-author',
      'sailthru.author',
      'byl',
    );
    for (const name of metaAuthors) if (!isUrl(name)) authors.push(name.replace(/^by\s+/i, ''));
  }

  const articlePublisher = meta(tags, 'article:publisher');
  const jsonLdPublisher = nameOf(article?.publisher) ?? nameOf(asArray(article?.sourceOrganization)[0]);
  const publisher =
    jsonLdPublisher ?? (articlePublisher && !isUrl(articlePublisher) ? articlePublisher : null) ?? null;
  const imageNode = asArray(article?.image)[0];
  const image =
    typeof imageNode === 'string'
      ? imageNode
      : isObject(imageNode) && typeof imageNode.url === 'string'
        ? imageNode.url
        : null;
  const headline =
    (typeof article?.headline === 'string' ? collapse(article.headline) : null) ||
    meta(tags, 'og:title', 'twitter:title', 'dc:title', 'dc.title');

  return {
    title: headline || collapse(doc.querySelector('title')?.textContent) || null,
    titleFromMetadata: !!headline,
    authors,
    jsonLdPublisher: jsonLdPublisher && !isUrl(jsonLdPublisher) ? jsonLdPublisher : null,
    publisher,
    siteName: meta(tags, 'og:site_name', 'application-name') ?? nameOf(organisation) ?? null,
    publishedTime: toIsoDate(
      (typeof article?.datePublished === 'string' ? article.datePublished : null) ??
        meta(
          tags,
          'article:published_time',
          'og:published_time',
          'datePublished',
          'pubdate',
          'publishdate',
          'date',
          'dc.date',
          'DC.date.issued',
          'sailthru.date',
          'parsely-pub-date',
        ) ??
        doc.querySelector('time[datetime]')?.getAttribute('datetime'),
    ),
    image: image ?? meta(tags, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'),
    description: meta(tags, 'description', 'og:description', 'twitter:description'),
    lang:
      doc.documentElement?.getAttribute('lang')?.trim() ||
      meta(tags, 'og:locale', 'language', 'content-language')?.replace('_', '-') ||
      null,
  };
}
