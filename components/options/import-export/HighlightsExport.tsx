import { annotationCollection, readwiseCsv } from '@/utils/highlights/export-formats';
import { allHighlights } from '@/utils/highlights/store';
import { exportBaseName } from '@/utils/export/file-text';
import { openLibraryDb } from '@/utils/library/db/open';
import type { ArticleMeta } from '@/utils/library/db/schema';

interface Props {
  disabled: boolean;
  run: (kind: 'highlights', make: (now: number) => Promise<{ blob: Blob; name: string }>) => Promise<void>;
}

/** Every highlight and note, oldest first, with their articles' metadata. */
async function highlightsAndArticles() {
  const db = await openLibraryDb();
  const highlights = (await allHighlights(db)).reverse();
  const articles = new Map<string, ArticleMeta>();
  const tx = db.transaction('articles');
  for (const id of new Set(highlights.map((highlight) => highlight.articleId))) {
    const meta = await tx.store.get(id);
    if (meta) articles.set(id, meta);
  }
  return { highlights, articles };
}

/** Highlights alone, for Readwise and for annotation tools (W3C Web Annotation). */
export function HighlightsExport({ disabled, run }: Props) {
  const csv = () =>
    run('highlights', async (now) => {
      const { highlights, articles } = await highlightsAndArticles();
      const blob = new Blob([readwiseCsv(highlights, articles)], { type: 'text/csv' });
      return { blob, name: `${exportBaseName(now)}-highlights-readwise.csv` };
    });
  const jsonLd = () =>
    run('highlights', async (now) => {
      const { highlights, articles } = await highlightsAndArticles();
      const text = JSON.stringify(annotationCollection(highlights, articles, now), null, 2);
      return {
        blob: new Blob([text], { type: 'application/ld+json' }),
        name: `${exportBaseName(now)}-highlights.jsonld`,
      };
    });
  return (
    <dl class="lectern-export-list">
      <dt>
        <button type="button" class="lectern-button" disabled={disabled} onClick={() => void csv()}>
          Highlights for Readwise (.csv)
        </button>
      </dt>
      <dd>Every highlight with its note, article, author, link and date, in Readwise’s import format.</dd>
      <dt>
        <button type="button" class="lectern-button" disabled={disabled} onClick={() => void jsonLd()}>
          Highlights as Web Annotations (.jsonld)
        </button>
      </dt>
      <dd>Every highlight and note as one W3C Web Annotation collection, with its quote and position.</dd>
    </dl>
  );
}
