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
  const button = (label: string, action: () => void, kind = '') => (
    <button type="button" class={`lectern-button ${kind}`.trim()} onClick={action}>
      {label}
    </button>
  );
  // Archive is what a selection is most often for (read, done with): the one filled button.
  // Delete stands apart at the end, in the destructive style.
  return (
    <div class="lectern-bulk-bar" role="toolbar" aria-label="Selected articles">
      <span class="count" role="status">
        {number.format(count)} selected
      </span>
      {count < total && button(`Select all ${number.format(total)}`, onSelectAll, 'quiet')}
      {button('Clear', onClear, 'quiet')}
      <span class="lectern-bulk-actions">
        {button('Archive', () => onPatch({ archived: true }), 'primary')}
        {button('Mark read', () => onPatch({ read: true }))}
        {button('Mark unread', () => onPatch({ read: false }))}
        {button('Unarchive', () => onPatch({ archived: false }))}
        {button('Favourite', () => onPatch({ favorite: true }))}
        {button('Unfavourite', () => onPatch({ favorite: false }))}
        {button('Tags…', onTags)}
        {button('Delete', onDelete, 'danger')}
      </span>
    </div>
  );
}
