import type { RemovedBlock } from '@/utils/article';

interface Props {
  removed: RemovedBlock[];
  restoredIds: number[];
  onToggle: (id: number) => void;
}

/** "Removed N blocks": what the cleanup took out, each one restorable into the article. */
export function RemovedBlocksPanel({ removed, restoredIds, onToggle }: Props) {
  return (
    <section class="lectern-panel lectern-removed" aria-label="Removed blocks">
      <h2>
        Lectern removed {removed.length} {removed.length === 1 ? 'block' : 'blocks'} of page clutter
      </h2>
      <ul class="lectern-removed-list">
        {removed.map((block) => {
          const restored = restoredIds.includes(block.id);
          return (
            <li key={block.id}>
              <span class="kind">{block.kind}</span>
              <span class="preview">{block.preview || '(image or empty block)'}</span>
              <button
                type="button"
                class="lectern-button"
                aria-pressed={restored}
                onClick={() => onToggle(block.id)}
              >
                {restored ? 'Remove again' : 'Restore'}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
