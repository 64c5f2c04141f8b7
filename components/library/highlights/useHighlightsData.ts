import { useEffect, useState } from 'preact/hooks';
import type { Highlight } from '@/utils/highlights/highlight';
import { allHighlights } from '@/utils/highlights/store';
import type { LibraryDb } from '@/utils/library/db/open';
import type { ArticleMeta } from '@/utils/library/db/schema';

export interface HighlightsData {
  highlights: Highlight[];
  articles: Map<string, ArticleMeta>;
}

/** Every highlight, newest first, with the metadata (never the bodies) of their articles. */
export function useHighlightsData(db: LibraryDb | null, version: number): HighlightsData | null {
  const [data, setData] = useState<HighlightsData | null>(null);
  useEffect(() => {
    if (!db) return;
    void (async () => {
      const highlights = await allHighlights(db);
      const ids = [...new Set(highlights.map((highlight) => highlight.articleId))];
      const tx = db.transaction('articles');
      const metas = await Promise.all(ids.map((id) => tx.store.get(id)));
      const articles = new Map<string, ArticleMeta>();
      metas.forEach((meta) => meta && articles.set(meta.id, meta));
      setData({ highlights, articles });
    })();
  }, [db, version]);
  return data;
}
