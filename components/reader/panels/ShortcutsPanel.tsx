import { SHORTCUTS, type ReaderKeyAction } from '../reader-keys';

interface Props {
  /** Shortcuts that do nothing here (the reader page has nothing to save). */
  omit?: ReaderKeyAction[];
}

export function ShortcutsPanel({ omit = [] }: Props) {
  return (
    <section class="lectern-panel" id="lectern-panel-shortcuts" aria-labelledby="lectern-shortcuts-title">
      <h2 id="lectern-shortcuts-title">Keyboard shortcuts</h2>
      <dl class="lectern-shortcuts">
        {SHORTCUTS.filter((shortcut) => !shortcut.action || !omit.includes(shortcut.action)).map(
          ({ keys, what }) => (
            <div key={what}>
              <dt>
                {keys.map((key, index) => (
                  <>
                    {index > 0 && ' '}
                    <kbd>{key}</kbd>
                  </>
                ))}
              </dt>
              <dd>{what}</dd>
            </div>
          ),
        )}
      </dl>
    </section>
  );
}
