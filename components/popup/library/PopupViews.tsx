/** Which part of the library the popup lists: Unread (where it opens), Archive, Favourites, All. */
import type { View } from '@/utils/library/listing';

const VIEWS: { view: View; label: string }[] = [
  { view: 'unread', label: 'Unread' },
  { view: 'archived', label: 'Archive' },
  { view: 'favorites', label: 'Favourites' },
  { view: 'all', label: 'All' },
];

interface Props {
  /** null while searching (a search looks through the whole library). */
  view: View | null;
  onChange: (view: View) => void;
}

export function PopupViews({ view, onChange }: Props) {
  return (
    <div class="lectern-popup-views" role="group" aria-label="Show">
      {VIEWS.map((choice) => (
        <button
          type="button"
          key={choice.view}
          class="lectern-popup-view"
          data-view={choice.view}
          aria-pressed={view === choice.view}
          onClick={() => onChange(choice.view)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
