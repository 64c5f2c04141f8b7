import type { ArticleMeta } from '@/utils/library/schema';
import { formatDate, formatMinutes } from './format';

interface Props {
  article: ArticleMeta;
  onDelete: (article: ArticleMeta) => void;
}

export function readerPageUrl(id: string): string {
  return `/reader.html?id=${encodeURIComponent(id)}`;
}

export function LibraryItem({ article, onDelete }: Props) {
  let host = '';
  try {
    host = new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    host = article.url;
  }
  return (
    <li class="lectern-library-item" data-id={article.id}>
      <div class="text">
        <a class="title" href={readerPageUrl(article.id)} target="_blank" rel="noopener">
          {article.title}
        </a>
        <div class="meta">
          <span class="site">{article.siteName || host}</span>
          <span class="saved">Saved {formatDate(article.savedAt)}</span>
          <span class="minutes">{formatMinutes(article.readingMinutes)}</span>
        </div>
      </div>
      <button
        type="button"
        class="lectern-button lectern-delete"
        aria-label={`Delete “${article.title}”`}
        onClick={() => onDelete(article)}
      >
        Delete
      </button>
    </li>
  );
}
