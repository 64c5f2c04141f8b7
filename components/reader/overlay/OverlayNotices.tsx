import type { ExtractResult } from '@/utils/article';

interface Props {
  result: ExtractResult | null;
  /** A frame from another site that may hold the article: offered in a tab of its own. */
  foreignFrame: string | null;
  showFallback: boolean;
  onShowFallback: (show: boolean) => void;
}

/** Reading…, no article found, or an article Lectern is unsure of (with the way out). */
export function OverlayNotices({ result, foreignFrame, showFallback, onShowFallback }: Props) {
  if (!result) return <p class="lectern-notice">Reading this page…</p>;
  if (!result.article)
    return (
      <div class="lectern-notice lectern-no-article" role="alert">
        <strong>{result.notice ?? 'No article found on this page.'}</strong>
        {foreignFrame && (
          <p>
            <a class="lectern-button" href={foreignFrame} target="_blank" rel="noopener noreferrer">
              Open the framed page in a new tab
            </a>
          </p>
        )}
        {result.fallbackHtml && !showFallback && (
          <p>
            <button type="button" class="lectern-button" onClick={() => onShowFallback(true)}>
              Show the page's main text anyway
            </button>
          </p>
        )}
      </div>
    );
  if (result.confidence !== 'low') return null;
  return (
    <div class="lectern-notice" role="note">
      {result.notice}{' '}
      {result.fallbackHtml && (
        <button type="button" class="lectern-button" onClick={() => onShowFallback(!showFallback)}>
          {showFallback ? 'Show the cleaned article' : "Show the page's whole main section"}
        </button>
      )}
    </div>
  );
}
