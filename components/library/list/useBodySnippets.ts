/**
 * Why a search result matched when it is not in the title: a line of its text around the first
 * match, read from the bodies of the rows on screen only, after the results are shown.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryDb } from '@/utils/library/db/open';
import { snippet } from '@/utils/library/search/highlight';
import { BODY_INDEX_CHARS } from '@/utils/library/search/terms';

export function useBodySnippets(
  db: LibraryDb | null,
  ids: readonly string[],
  words: readonly string[],
): Map<string, string> {
  const [snippets, setSnippets] = useState(new Map<string, string>());
  const key = words.join(' ');
  const shownFor = useRef('');
  useEffect(() => {
    if (!db || !words.length) return;
    // Emptied once for new words (each keystroke has new words): setting an empty map again
    // would render every row again, in the middle of the next keystroke.
    if (shownFor.current !== key) setSnippets((old) => (old.size ? new Map() : old));
    shownFor.current = key;
    const timer = window.setTimeout(async () => {
      const store = db.transaction('bodies').store;
      const bodies = await Promise.all(ids.map((id) => store.get(id)));
      if (shownFor.current !== key) return;
      const found = new Map<string, string>();
      bodies.forEach((body, index) => {
        const line = body && snippet(body.text.slice(0, BODY_INDEX_CHARS), words);
        if (line) found.set(ids[index]!, line);
      });
      setSnippets(found);
    }, 150);
    return () => window.clearTimeout(timer);
  }, [db, key, ids.join(' ')]);
  return snippets;
}
