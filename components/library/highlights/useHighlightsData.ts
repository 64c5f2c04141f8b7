import { useEffect, useState } from 'preact/hooks';
import type { Highlight } from '@/utils/highlights/highlight';
import { allHighlights } from '@/utils/highlights/store';
import type { LibraryDb } from '@/utils/library/db/open';
import type { ArticleMeta } from '@/utils/library/db/schema';

export interface HighlightsData {
  highlights: Highlight[];
  articles: Map<string, ArticleMeta>;
  /** False while only the newest highlights are read (the first screen comes first). */
  complete: boolean;
}

/** Enough for the first screen of the view, read before the rest. */
const FIRST = 150;

async function read(db: LibraryDb, limit: number): Promise<HighlightsData> {
  const highlights = await allHighlights(db, limit);
  const ids = [...new Set(highlights.map((highlight) => highlight.articleId))];
  const tx = db.transaction('articles');
  const metas = await Promise.all(ids.map((id) => tx.store.get(id)));
  const articles = new Map<string, ArticleMeta>();
  metas.forEach((meta) => meta && articles.set(meta.id, meta));
  return { highlights, articles, complete: highlights.length < limit };
}

/** Every highlight, newest first, with the metadata (never the bodies) of their articles. */
export function useHighlightsData(db: LibraryDb | null, version: number): HighlightsData | null {
  const [data, setData] = useState<HighlightsData | null>(null);
  useEffect(() => {
    if (!db) return;
    void (async () => {
      const first = await read(db, FIRST);
      setData(first);
      if (first.complete) return;
      // The rest once the first rows are painted: reading 10,000 records would hold that frame up.
      await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
      setData({ ...(await read(db, Infinity)), complete: true });
    })();
  }, [db, version]);
  return data;
}
