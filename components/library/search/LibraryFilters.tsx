/** Which articles the list shows: a shelf or favourites, one site, one tag, each with its count. */
import type { FacetCounts } from '@/utils/library/facets';
import type { ListFilter, View } from '@/utils/library/listing';
import './LibraryFilters.css';

interface Props {
  filter: ListFilter;
  facets: FacetCounts | null;
  onChange: (filter: ListFilter) => void;
}

const VIEWS: { view: View; label: string }[] = [
  { view: 'all', label: 'All' },
  { view: 'unread', label: 'Unread' },
  { view: 'read', label: 'Read' },
  { view: 'archived', label: 'Archived' },
  { view: 'favorites', label: 'Favourites' },
];

const number = new Intl.NumberFormat();

/** Sites in the menu: the ones with most articles (a library of 100,000 may have thousands). */
const MENU_SITES = 200;

function viewCount(facets: FacetCounts | null, view: View): number | null {
  if (!facets) return null;
  if (view === 'all') return facets.all;
  return view === 'favorites' ? facets.favorites : facets.shelves[view];
}

export function LibraryFilters({ filter, facets, onChange }: Props) {
  const sites = facets?.sites.filter((site, index) => index < MENU_SITES || site.name === filter.site) ?? [];
  return (
    <div class="lectern-filters">
      <div class="lectern-views" role="group" aria-label="Show">
        {VIEWS.map(({ view, label }) => {
          const count = viewCount(facets, view);
          return (
            <button
              type="button"
              key={view}
              class="lectern-view"
              data-view={view}
              aria-pressed={filter.view === view}
              onClick={() => onChange({ ...filter, view })}
            >
              <span>{label}</span>
              {count !== null && <span class="count">{number.format(count)}</span>}
            </button>
          );
        })}
      </div>
      <div class="lectern-facet-selects">
        <label>
          <span class="visually-hidden">Site</span>
          <select
            value={filter.site ?? ''}
            onChange={(event) => onChange({ ...filter, site: event.currentTarget.value || null })}
          >
            <option value="">All sites</option>
            {sites.map((site) => (
              <option key={site.key} value={site.name}>
                {site.label} ({number.format(site.count)})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="visually-hidden">Tag</span>
          <select
            value={filter.tag ?? ''}
            onChange={(event) => onChange({ ...filter, tag: event.currentTarget.value || null })}
          >
            <option value="">All tags</option>
            {facets?.tags.map((tag) => (
              <option key={tag.key} value={tag.name}>
                {tag.label} ({number.format(tag.count)})
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
