/** What an empty library (or an empty filter) says. */
import './LibraryEmpty.css';

export function LibraryEmpty({ filtered }: { filtered: boolean }) {
  if (filtered)
    return (
      <div class="lectern-empty">
        <h2>Nothing here</h2>
        <p>No saved article matches. Try another filter, or clear the search.</p>
      </div>
    );
  return (
    <div class="lectern-empty">
      <h2>Your library is empty</h2>
      <p>
        Open a news article and press the Lectern button in the toolbar (or <kbd>Alt</kbd>+<kbd>Shift</kbd>+
        <kbd>R</kbd>, or right-click → “Read in Lectern”). Press <strong>Save</strong> in the reader and the
        article appears here, kept whole to read later, even offline.
      </p>
    </div>
  );
}
