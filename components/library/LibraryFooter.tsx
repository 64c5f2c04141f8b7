/** How big the library is (articles, space used) and the keyboard keys. */
import type { FacetCounts } from '@/utils/library/facets';
import { formatBytes } from '../shared/format';
import './LibraryFooter.css';

interface Props {
  facets: FacetCounts | null;
  storage: number | null;
}

const number = new Intl.NumberFormat();

export function LibraryFooter({ facets, storage }: Props) {
  return (
    <footer class="lectern-library-footer">
      <p>
        {facets && `${number.format(facets.all)} ${facets.all === 1 ? 'article' : 'articles'}`}
        {storage !== null && ` · ${formatBytes(storage)} used`}
      </p>
      <p class="keys">
        <kbd>/</kbd> search · <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Space</kbd> select
        · <kbd>Del</kbd> delete
      </p>
    </footer>
  );
}
