/**
 * The options page's "Library" box: how many articles and how much space, worded as the library
 * page words it, and read again whenever the library changes (a save, an import, a delete in
 * another tab), so it never shows a figure from before.
 */
import { useEffect, useState } from 'preact/hooks';
import { onLibraryChange } from '@/utils/library/changes';
import { openLibraryDb } from '@/utils/library/db/open';
import { readLibrarySize } from '@/utils/library/facets';
import { formatLibrarySize } from '../shared/format';

export function LibrarySizePanel() {
  const [size, setSize] = useState<string | null>(null);
  useEffect(() => {
    let latest = 0;
    const read = async () => {
      const asked = ++latest;
      const { articles, bytes } = await readLibrarySize(await openLibraryDb());
      if (asked === latest) setSize(formatLibrarySize(articles, bytes));
    };
    void read().catch((error: unknown) =>
      setSize(`The library could not be read: ${(error as Error).message}`),
    );
    return onLibraryChange(() => void read().catch(() => undefined));
  }, []);
  return (
    <section class="lectern-panel" aria-labelledby="lectern-storage-title">
      <h2 id="lectern-storage-title">Library</h2>
      <p class="lectern-library-size" title="Your articles' text and the pictures kept for offline reading">
        {size ?? 'Measuring…'}
      </p>
      <p class="lectern-status">
        The space your articles take: their text and the pictures kept for offline reading, all in this
        browser.
      </p>
    </section>
  );
}
