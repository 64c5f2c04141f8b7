import { useEffect, useState } from 'preact/hooks';
import { countArticles } from '@/utils/library/articles';
import { openLibraryDb } from '@/utils/library/db';
import { settingsStyle } from '@/utils/settings';
import { ExportPanel } from './ExportPanel';
import { formatBytes } from './format';
import { ImportPanel } from './ImportPanel';
import { OfflineImagesPanel } from './OfflineImagesPanel';
import { RemotePicturesPanel } from './RemotePicturesPanel';
import { SettingsPanel } from './SettingsPanel';
import { SettingsPreview } from './SettingsPreview';
import { ShortcutsPanel } from './ShortcutsPanel';
import { useReadingSettings } from './useReadingSettings';

/** Options: reading settings (shared with every reader) and how much space the library takes. */
export function OptionsPage() {
  const [settings, setSettings] = useReadingSettings();
  const [usage, setUsage] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      const count = await countArticles(await openLibraryDb());
      const estimate = await navigator.storage?.estimate?.();
      setUsage(
        `${count === 1 ? '1 article' : `${count} articles`}${estimate?.usage !== undefined ? `, ${formatBytes(estimate.usage)} used` : ''}`,
      );
    })();
  }, []);
  document.documentElement.dataset.theme = settings.theme;
  return (
    <div class="lectern-root lectern-options" data-theme={settings.theme} style={settingsStyle(settings)}>
      <header class="lectern-options-header">
        <h1>Lectern settings</h1>
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
        <section class="lectern-panel" aria-labelledby="lectern-storage-title">
          <h2 id="lectern-storage-title">Library</h2>
          <p>{usage ?? 'Measuring…'}</p>
        </section>
      </main>
    </div>
  );
}
