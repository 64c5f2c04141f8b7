/**
 * What can be done to the saved copy's own article, as the library does it (the same code:
 * components/library/actions/useLibraryActions.ts over utils/library/): favourite, read or
 * unread, archive, tags, delete with Undo, and the way back to the library and to the settings.
 * The buttons go into the reader's toolbar ("More" in a narrow window); the tag editor and the
 * Undo toast go under it, outside the list that closes on a click.
 */
import { useState } from 'preact/hooks';
import type { LibraryDb } from '@/utils/library/db/open';
import type { ArticleMeta, Facet } from '@/utils/library/db/schema';
import { readFacets } from '@/utils/library/facets';
import { useLibraryActions } from '../../library/actions/useLibraryActions';
import { LibraryTagEditor } from '../../library/actions/LibraryTagEditor';
import { LibraryToast } from '../../library/LibraryToast';
import { Icon } from '../../library/list/LibraryIcons';

interface Result {
  /** Toolbar buttons: none until the article is known. */
  buttons: preact.ComponentChildren;
  /** The tag editor and the Undo toast, shown under the toolbar. */
  below: preact.ComponentChildren;
}

export function useArticleActions(
  db: LibraryDb | null,
  meta: ArticleMeta | null,
  reload: () => void,
): Result {
  const actions = useLibraryActions(db, reload);
  const [tagging, setTagging] = useState<Facet[] | null>(null);
  const id = meta?.id;

  const toggle = (
    label: string,
    icon: 'star' | 'check' | 'archive',
    pressed: boolean,
    hint: string,
    onClick: () => void,
  ) => (
    <button
      type="button"
      class="lectern-button lectern-article-action"
      aria-pressed={pressed}
      title={hint}
      onClick={onClick}
    >
      <Icon name={icon} filled={pressed} />
      {label}
    </button>
  );

  const buttons = meta && id && (
    <>
      {toggle(
        'Favourite',
        'star',
        meta.favorite,
        meta.favorite ? 'Remove from favourites' : 'Add to favourites',
        () => void actions.update([id], { favorite: !meta.favorite }),
      )}
      {toggle(
        'Read',
        'check',
        meta.readAt !== null,
        meta.readAt === null ? 'Mark read' : 'Mark unread',
        () => void actions.update([id], { read: meta.readAt === null }),
      )}
      {toggle(
        'Archived',
        'archive',
        meta.archived,
        meta.archived ? 'Move out of the archive' : 'Archive',
        () => void actions.update([id], { archived: !meta.archived }),
      )}
      <button
        type="button"
        class="lectern-button lectern-article-action"
        aria-expanded={tagging !== null}
        onClick={() =>
          tagging ? setTagging(null) : db && void readFacets(db).then((f) => setTagging(f.tags))
        }
      >
        <Icon name="tag" />
        Tags
      </button>
      <button
        type="button"
        class="lectern-button lectern-article-action danger"
        onClick={() => void actions.remove([id])}
      >
        <Icon name="trash" />
        Delete
      </button>
    </>
  );

  const deleted = actions.deleted;
  const below = (
    <>
      {tagging && meta && id && (
        <LibraryTagEditor
          subject={`“${meta.title}”`}
          current={meta.tags}
          known={tagging}
          onAdd={(tag) => void actions.update([id], { addTags: [tag] })}
          onRemove={(tag) => void actions.update([id], { removeTags: [tag] })}
          onClose={() => setTagging(null)}
        />
      )}
      {deleted && deleted.length > 0 && (
        <LibraryToast
          message={`Deleted “${deleted[0]!.meta.title}”`}
          onUndo={() => void actions.undo()}
          onExpire={actions.forget}
        />
      )}
    </>
  );
  return { buttons, below };
}
