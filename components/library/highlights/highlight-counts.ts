/** How many highlights each article has, for the library's rows (read after the first rows show). */
import { createContext } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { highlightCounts } from '@/utils/highlights/store';
import type { LibraryDb } from '@/utils/library/db/open';

const NONE: ReadonlyMap<string, number> = new Map();

export const HighlightCounts = createContext<ReadonlyMap<string, number>>(NONE);

export function useHighlightCounts(db: LibraryDb | null, version: number): ReadonlyMap<string, number> {
  const [counts, setCounts] = useState(NONE);
  useEffect(() => {
    if (db) void highlightCounts(db).then(setCounts);
  }, [db, version]);
  return counts;
}
