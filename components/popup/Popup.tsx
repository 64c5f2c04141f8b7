/**
 * The toolbar popup: the page it was opened over (Read / Save) and the library one click away.
 * Sized for the browsers' popup limits (at most 800×600): 400 px wide, and usable down to the
 * ~300 px Firefox gives a popup in its overflow menu.
 */
// The themes first: the popup's own CSS builds on them.
import '../shared/theme.css';
import '../library/library.css';
import './popup.css';
import { useLayoutEffect } from 'preact/hooks';
import { useReadingSettings } from '../shared/useReadingSettings';
import { useChangeVersion, useLibraryDb } from '../library/useLibraryData';
import { PopupHeader } from './PopupHeader';
import { PopupLibrary } from './library/PopupLibrary';
import { ThisPage } from './this-page/ThisPage';
import { useQuickSave } from './this-page/useQuickSave';
import { useSavedEntry, useThisPage } from './this-page/useThisPage';

interface Props {
  /** The tab to act on; null: the active tab of the popup's window (see popup-options.ts). */
  tabId: number | null;
}

export function Popup({ tabId }: Props) {
  const [settings] = useReadingSettings();
  const { db, error } = useLibraryDb();
  const [version, bump] = useChangeVersion();
  const page = useThisPage(tabId);
  const entry = useSavedEntry(db, page?.url ?? null, version);
  const [save, runSave] = useQuickSave(page?.tabId ?? null);
  // The page behind the popup takes the theme too: no white frame around a dark popup.
  useLayoutEffect(
    () => document.documentElement.setAttribute('data-theme', settings.theme),
    [settings.theme],
  );
  return (
    <div class="lectern-root lectern-library lectern-popup" data-theme={settings.theme}>
      <PopupHeader />
      <ThisPage page={page} entry={entry} save={save} onSave={() => void runSave().then(bump)} />
      <PopupLibrary db={db} error={error} version={version} onChanged={bump} />
    </div>
  );
}
