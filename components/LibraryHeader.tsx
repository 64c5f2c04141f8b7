/** The library's title bar: what it is, what it is busy with, and (popup) the way to the full page. */
interface Props {
  view: 'popup' | 'tab';
  busy: string | null;
}

export function LibraryHeader({ view, busy }: Props) {
  return (
    <header class="lectern-library-header">
      <h1>Lectern library</h1>
      {busy && <span class="lectern-library-busy">{busy}</span>}
      {view === 'popup' && (
        <a class="lectern-button" href="/popup.html?view=tab" target="_blank" rel="noopener">
          Open full page
        </a>
      )}
    </header>
  );
}
