/** What can be done to every selected article at once. */
import type { Patch } from '@/utils/library/edits';
import './LibraryBulkBar.css';

interface Props {
  count: number;
  total: number;
  onPatch: (patch: Patch) => void;
  onTags: () => void;
  onDelete: () => void;
  onSelectAll: () => void;
  onClear: () => void;
}

const number = new Intl.NumberFormat();

export function LibraryBulkBar({ count, total, onPatch, onTags, onDelete, onSelectAll, onClear }: Props) {
  const button = (label: string, action: () => void) => (
    <button type="button" class="lectern-button" onClick={action}>
      {label}
    </button>
  );
  return (
    <div class="lectern-bulk-bar" role="toolbar" aria-label="Selected articles">
      <span class="count" role="status">
        {number.format(count)} selected
      </span>
      {count < total && button(`Select all ${number.format(total)}`, onSelectAll)}
      {button('Mark read', () => onPatch({ read: true }))}
      {button('Mark unread', () => onPatch({ read: false }))}
      {button('Archive', () => onPatch({ archived: true }))}
      {button('Unarchive', () => onPatch({ archived: false }))}
      {button('Favourite', () => onPatch({ favorite: true }))}
      {button('Unfavourite', () => onPatch({ favorite: false }))}
      {button('Tags…', onTags)}
      {button('Delete', onDelete)}
      {button('Clear', onClear)}
    </div>
  );
}
