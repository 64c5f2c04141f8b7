// The themes first: the reader's CSS (settings, shortcuts, the preview) builds on them; the
// page's own CSS comes last (after the import and export panels' own).
import '../shared/theme.css';
import '../reader/reader.css';
import { settingsStyle } from '@/utils/settings';
import { ExportPanel } from './import-export/ExportPanel';
import { ImportPanel } from './import-export/ImportPanel';
import { LecternMark } from '../shared/LecternMark';
import { LibrarySizePanel } from './LibrarySizePanel';
import { OfflineImagesPanel } from './OfflineImagesPanel';
import { RemotePicturesPanel } from './RemotePicturesPanel';
import { SettingsPanel } from '../reader/panels/SettingsPanel';
import { SettingsPreview } from './SettingsPreview';
import { ShortcutsPanel } from '../reader/panels/ShortcutsPanel';
import { useReadingSettings } from '../shared/useReadingSettings';
import './options.css';

/** Options: reading settings (shared with every reader) and how much space the library takes. */
export function OptionsPage() {
  const [settings, setSettings] = useReadingSettings();
  document.documentElement.dataset.theme = settings.theme;
  return (
    <div class="lectern-root lectern-options" data-theme={settings.theme} style={settingsStyle(settings)}>
      <header class="lectern-options-header">
        <LecternMark />
        <h1>Lectern settings</h1>
        <a class="lectern-button lectern-header-link" href="/library.html">
          Library
        </a>
      </header>
      <main class="lectern-options-main">
        <div class="lectern-options-columns">
          <SettingsPanel settings={settings} onChange={setSettings} />
          <SettingsPreview />
        </div>
        <ShortcutsPanel />
        <OfflineImagesPanel />
        <RemotePicturesPanel />
        <ImportPanel />
        <ExportPanel />
        <LibrarySizePanel />
      </main>
    </div>
  );
}
