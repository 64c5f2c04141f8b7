import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  watchSettings,
  type ReadingSettings,
} from '@/utils/settings';

/** The reading settings, live: changes made in any overlay, reader page or options page apply everywhere. */
export function useReadingSettings(): [ReadingSettings, (settings: ReadingSettings) => void] {
  const [settings, setSettings] = useState<ReadingSettings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let active = true;
    void loadSettings().then((loaded) => active && setSettings(loaded));
    const stop = watchSettings(setSettings);
    return () => {
      active = false;
      stop();
    };
  }, []);
  const update = (next: ReadingSettings) => {
    setSettings(next);
    void saveSettings(next).catch(() => undefined);
  };
  return [settings, update];
}

const THEME_ORDER: ReadingSettings['theme'][] = ['light', 'sepia', 'dark', 'system'];

export function nextTheme(theme: ReadingSettings['theme']): ReadingSettings['theme'] {
  return THEME_ORDER[(THEME_ORDER.indexOf(theme) + 1) % THEME_ORDER.length] ?? 'light';
}
