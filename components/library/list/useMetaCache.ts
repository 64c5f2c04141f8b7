/**
 * List metadata of the rows on screen, fetched by id as the virtual list scrolls (never the
 * whole library). After a change, cached rows stay on screen until their fresh copy arrives.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '@/utils/library/db/open';
import { getMetas } from '@/utils/library/listing';
import type { ArticleMeta } from '@/utils/library/db/schema';

/** Rows kept in memory: a few screens of scrolling either way, whatever the library's size. */
const LIMIT = 2_000;

export interface MetaCache {
  /** Goes up whenever rows arrive (what a memoised list depends on). */
  tick: number;
  get: (id: string) => ArticleMeta | undefined;
  /**
   * Fetches the ids not cached (or cached before the last change); resolves when they are.
   * `quiet`: the caller renders them itself (search results): no render of its own first.
   */
  ensure: (ids: readonly string[], quiet?: boolean) => Promise<void>;
  seed: (metas: readonly ArticleMeta[]) => void;
}

export function useMetaCache(db: LibraryDb | null, version: number): MetaCache {
  const cache = useRef(new Map<string, ArticleMeta>());
  const stale = useRef(new Set<string>());
  const pending = useRef(new Set<string>());
  const [tick, setTick] = useState(0);

  useEffect(() => {
    stale.current = new Set(cache.current.keys());
  }, [version]);

  const put = (meta: ArticleMeta) => {
    cache.current.delete(meta.id);
    cache.current.set(meta.id, meta);
    stale.current.delete(meta.id);
    if (cache.current.size > LIMIT) cache.current.delete(cache.current.keys().next().value!);
  };

  const ensure = async (ids: readonly string[], quiet = false) => {
    if (!db) return;
    const wanted = ids.filter(
      (id) => (!cache.current.has(id) || stale.current.has(id)) && !pending.current.has(id),
    );
    if (!wanted.length) return;
    for (const id of wanted) pending.current.add(id);
    await getMetas(db, wanted).then((metas) => {
      wanted.forEach((id, index) => {
        pending.current.delete(id);
        const meta = metas[index];
        if (meta) put(meta);
        else {
          cache.current.delete(id);
          stale.current.delete(id);
        }
      });
      if (!quiet) setTick((tick) => tick + 1);
    });
  };

  return {
    tick,
    get: (id) => cache.current.get(id),
    ensure,
    seed: (metas) => metas.forEach(put),
  };
}
