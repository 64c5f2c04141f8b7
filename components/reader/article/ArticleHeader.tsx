import { formatBytes, formatDate, formatMinutes } from '../../shared/format';

interface Props {
  title: string;
  siteName: string | null;
  byline: string | null;
  publishedTime: string | null;
  readingMinutes: number;
  url: string;
  /** Space the saved copy takes (text and pictures); absent while reading a page not saved. */
  bytes?: number;
}

export function ArticleHeader({ title, siteName, byline, publishedTime, readingMinutes, url, bytes }: Props) {
  const date = formatDate(publishedTime);
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    host = '';
  }
  return (
    <header class="lectern-article-header">
      <p class="lectern-site">{siteName || host}</p>
      <h1 class="lectern-title">{title}</h1>
      <p class="lectern-meta">
        {byline && <span class="lectern-byline">{byline}</span>}
        {date && (
          <span>
            <time dateTime={publishedTime ?? undefined}>{date}</time>
          </span>
        )}
        <span class="lectern-reading-time">{formatMinutes(readingMinutes)}</span>
        {!!bytes && (
          <span class="lectern-size" title="Space this saved copy takes in your library">
            {formatBytes(bytes)}
          </span>
        )}
      </p>
    </header>
  );
}
