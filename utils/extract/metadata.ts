/** Article metadata from the page's head and JSON-LD, independent of Readability's guesses. */
import { collapse } from './dom';

export interface PageMetadata {
  title: string | null;
  authors: string[];
  publisher: string | null;
  siteName: string | null;
  publishedTime: string | null;
  image: string | null;
  description: string | null;
  lang: string | null;
}

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|SocialMediaPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|WebPage)$/;

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

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = collapse(element?.getAttribute('content'));
    if (content) return content;
  }
  return null;
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
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.test(type) && type !== 'WebPage')) ?? nodes.find((node) => typesOf(node).includes('WebPage'));
  const organisation = nodes.find((node) => typesOf(node).some((type) => /Organization|NewsMediaOrganization/.test(type)));

  const authors: string[] = [];
  for (const author of asArray(article?.author)) {
    const name = nameOf(author);
    if (name && !isUrl(name) && !authors.includes(name)) authors.push(name);
  }
  if (!authors.length) {
    const metaAuthor = meta(doc, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator');
    if (metaAuthor && !isUrl(metaAuthor)) authors.push(metaAuthor.replace(/^by\s+/i, ''));
  }

  const articlePublisher = meta(doc, 'article:publisher');
  const publisher =
    nameOf(article?.publisher) ??
    nameOf(asArray(article?.sourceOrganization)[0]) ??
    (articlePublisher && !isUrl(articlePublisher) ? articlePublisher : null) ??
    null;
  const imageNode = asArray(article?.image)[0];
  const image = typeof imageNode === 'string' ? imageNode : isObject(imageNode) && typeof imageNode.url === 'string' ? imageNode.url : null;
  const headline = typeof article?.headline === 'string' ? collapse(article.headline) : null;

  return {
    title: headline || meta(doc, 'og:title', 'twitter:title') || collapse(doc.querySelector('title')?.textContent) || null,
    authors,
    publisher,
    siteName: meta(doc, 'og:site_name', 'application-name') ?? nameOf(organisation) ?? null,
    publishedTime: toIsoDate(
      (typeof article?.datePublished === 'string' ? article.datePublished : null) ??
        meta(doc, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date') ??
        doc.querySelector('time[datetime]')?.getAttribute('datetime'),
    ),
    image: image ?? meta(doc, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'),
    description: meta(doc, 'description', 'og:description', 'twitter:description'),
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta(doc, 'og:locale', 'language', 'content-language')?.replace('_', '-') || null,
  };
}

/** Drops a trailing or leading " | Site", " - Site", " — Site" from a title. */
export function stripSiteFromTitle(title: string, siteNames: Array<string | null>): string {
  let result = collapse(title);
  for (const site of siteNames) {
    if (!site) continue;
    const escaped = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const suffix = new RegExp(`\\s*[|\\-–—:·•»]\\s*${escaped}\\s*$`, 'i');
    const prefix = new RegExp(`^\\s*${escaped}\\s*[|\\-–—:·•»]\\s*`, 'i');
    const stripped = result.replace(suffix, '').replace(prefix, '');
    if (stripped.length >= 10) result = stripped;
  }
  return result;
}
