export const SHORTCUTS: Array<[string, string]> = [
  ['Esc', 'Close the reader'],
  ['s', 'Save to your library'],
  ['+ / -', 'Larger / smaller text'],
  ['t', 'Next theme (light, sepia, dark, system)'],
  ['?', 'Show or hide these shortcuts'],
];

export function ShortcutsPanel() {
  return (
    <section class="lectern-panel" aria-label="Keyboard shortcuts">
      <h2>Keyboard shortcuts</h2>
      <dl class="lectern-shortcuts">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
