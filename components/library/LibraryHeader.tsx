/** The library's title bar: what it is and what it is busy with. */
import './LibraryHeader.css';

interface Props {
  busy: string | null;
}

export function LibraryHeader({ busy }: Props) {
  return (
    <header class="lectern-library-header">
      <h1>Lectern library</h1>
      <a class="lectern-library-view" href="/library.html?view=highlights">
        Highlights
      </a>
      {busy && <span class="lectern-library-busy">{busy}</span>}
    </header>
  );
}
