import { useEffect, useState } from 'preact/hooks';
import { countArticles } from '@/utils/library/articles';
import { openLibraryDb } from '@/utils/library/db';
import { settingsStyle } from '@/utils/settings';
import { formatBytes } from './format';
import { SettingsPanel } from './SettingsPanel';
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
  return (
    <main
      class="lectern-root lectern-library"
      data-view="tab"
      data-theme={settings.theme}
      style={settingsStyle(settings)}
    >
      <header class="lectern-library-header">
        <h1>Lectern settings</h1>
      </header>
      <SettingsPanel settings={settings} onChange={setSettings} />
      <section class="lectern-panel" aria-label="Storage">
        <h2>Library</h2>
        <p>{usage ?? 'Measuring…'}</p>
      </section>
    </main>
  );
}
