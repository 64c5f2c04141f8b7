import type { HighlightGroup } from '@/utils/highlights/listing';

const when = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** One article's highlights in the Highlights view; each opens the saved copy scrolled to it. */
export function HighlightGroupView({ group }: { group: HighlightGroup }) {
  const page = `/reader.html?id=${encodeURIComponent(group.articleId)}`;
  return (
    <section class="lectern-hlv-group" aria-label={group.article?.title ?? 'Deleted article'}>
      <h2>
        <a href={page} target="_blank" rel="noopener">
          {group.article?.title ?? 'An article no longer in the library'}
        </a>
        {group.article && <span class="lectern-hlv-site">{group.article.site}</span>}
      </h2>
      <ul>
        {group.highlights.map((highlight) => (
          <li key={highlight.id} class="lectern-hlv-item" data-color={highlight.color}>
            {highlight.target ? (
              <a class="lectern-hlv-quote" href={`${page}#hl-${highlight.id}`} target="_blank" rel="noopener">
                {highlight.target.quote.exact}
              </a>
            ) : (
              <span class="lectern-hlv-kind">Note on the article</span>
            )}
            {highlight.note && <p class="lectern-hlv-note">{highlight.note}</p>}
            <span class="lectern-hlv-date">
              {when.format(highlight.createdAt)}
              {highlight.labels.length > 0 && ` · ${highlight.labels.map((label) => `#${label}`).join(' ')}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
