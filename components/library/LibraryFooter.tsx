/** How big the library is (articles, space used) and the keyboard keys. */
import type { FacetCounts } from '@/utils/library/facets';
import { formatLibrarySize } from '../shared/format';
import './LibraryFooter.css';

interface Props {
  facets: FacetCounts | null;
}

export function LibraryFooter({ facets }: Props) {
  return (
    <footer class="lectern-library-footer">
      <p class="lectern-library-size" title="Your articles' text and the pictures kept for offline reading">
        {facets && formatLibrarySize(facets.all, facets.bytes)}
      </p>
      <p class="keys">
        <kbd>/</kbd> search · <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Space</kbd> select
        · <kbd>Del</kbd> delete
      </p>
    </footer>
  );
}
