/**
 * The page the popup was opened over: its title and site (the toolbar click granted activeTab,
 * which lets the popup see them), whether Lectern may read it, and whether it is already in the
 * library (read again whenever the library changes).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { findByUrl } from '@/utils/library/articles';
import type { LibraryDb } from '@/utils/library/db/open';
import type { ArticleMeta } from '@/utils/library/db/schema';
import { unreadableReason } from '@/utils/background/readable';

export interface ThisPage {
  tabId: number;
  title: string;
  url: string | null;
  site: string;
  /** Why Lectern can't read it, or null when it may try. */
  blocked: string | null;
}

/** Without a URL the browser is hiding it: its own pages, which no extension may read. */
const HIDDEN = 'The browser keeps its own pages (settings, new tab, extensions) off-limits to extensions.';

export function describeTab(tab: { id?: number; title?: string; url?: string }): ThisPage | null {
  if (tab.id === undefined) return null;
  const url = tab.url || null;
  let site = '';
  try {
    site = url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    site = '';
  }
  const reason = url ? unreadableReason(url) : HIDDEN;
  return {
    tabId: tab.id,
    title: tab.title || site || 'This tab',
    url,
    site,
    // A local file can be read once the user allows it: let the background try.
    blocked: url?.startsWith('file:') ? null : reason,
  };
}

export function useThisPage(tabId: number | null): ThisPage | null | undefined {
  const [page, setPage] = useState<ThisPage | null | undefined>(undefined);
  useEffect(() => {
    const found =
      tabId !== null
        ? browser.tabs.get(tabId).then((tab) => [tab])
        : browser.tabs.query({ active: true, currentWindow: true });
    void found.then(
      ([tab]) => setPage(tab ? describeTab(tab) : null),
      () => setPage(null),
    );
  }, [tabId]);
  return page;
}

/** The library's entry for the page (undefined while looking, null when not saved). */
export function useSavedEntry(
  db: LibraryDb | null,
  url: string | null,
  version: number,
): ArticleMeta | null | undefined {
  const [entry, setEntry] = useState<ArticleMeta | null | undefined>(undefined);
  useEffect(() => {
    if (!db || !url) return setEntry(url ? undefined : null);
    void findByUrl(db, url).then(
      (meta) => setEntry(meta ?? null),
      () => setEntry(null),
    );
  }, [db, url, version]);
  return entry;
}
