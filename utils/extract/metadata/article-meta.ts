/**
 * Title, byline and site name for the reader, from every source, best first.
 *
 * Site name: the JSON-LD publisher, unless an attribution line names another outlet and the
 * publisher is only the host (an aggregator naming itself); then the attribution line; then
 * article:publisher, Readability's guess, og:site_name.
 * Byline: JSON-LD authors, meta authors (Dublin Core first), the page's own author links when
 * they name several people, Readability's byline cleaned of dates and "By", a single author link.
 */
import { cleanByline } from './byline';
import { joinNames, type PageMetadata } from './metadata';
import { cleanTitle } from './title';

export interface ReadabilityGuess {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
}

export interface ArticleMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
}

function sameName(a: string | null, b: string | null): boolean {
  return !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();
}

export interface PageSignals {
  /** The outlet an attribution line in the article names (attribution.ts). */
  attributed: string | null;
  /** Names from the page's author links (byline.ts). */
  visibleAuthors: string[];
  url: string;
}

export function resolveArticleMeta(
  metadata: PageMetadata,
  guess: ReadabilityGuess,
  signals: PageSignals,
): ArticleMeta {
  const { attributed, visibleAuthors, url } = signals;
  const hostOnly = !metadata.jsonLdPublisher || sameName(metadata.jsonLdPublisher, metadata.siteName);
  const siteName =
    (attributed && hostOnly ? attributed : null) ??
    metadata.jsonLdPublisher ??
    attributed ??
    metadata.publisher ??
    guess.siteName ??
    metadata.siteName ??
    null;

  let byline: string | null = null;
  if (metadata.authors.length) byline = joinNames(metadata.authors);
  else if (visibleAuthors.length > 1) byline = joinNames(visibleAuthors);
  else byline = cleanByline(guess.byline) ?? visibleAuthors[0] ?? null;

  const title = cleanTitle(guess.title || metadata.title || '', {
    siteNames: [metadata.siteName, guess.siteName ?? null, siteName],
    fromHead: !metadata.titleFromMetadata,
    url,
  });
  return { title, byline, siteName };
}
