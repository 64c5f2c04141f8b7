/** The library's title bar: Lectern's mark and name, what it is busy with, and the settings. */
import { LecternMark } from '../shared/LecternMark';
import { Icon } from './list/LibraryIcons';
import './LibraryHeader.css';

interface Props {
  busy: string | null;
}

export function LibraryHeader({ busy }: Props) {
  return (
    <header class="lectern-library-header">
      <LecternMark />
      <h1>Lectern library</h1>
      <a class="lectern-library-view" href="/library.html?view=highlights">
        Highlights
      </a>
      {busy && <span class="lectern-library-busy">{busy}</span>}
      <a class="lectern-button lectern-header-link" href="/options.html" title="Settings, import and export">
        <Icon name="gear" />
        <span class="label">Settings</span>
      </a>
    </header>
  );
}
