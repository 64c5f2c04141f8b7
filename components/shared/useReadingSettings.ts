import { useEffect, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  watchSettings,
  type ReadingSettings,
} from '@/utils/settings';

/**
 * storage.sync allows about 120 writes a minute; a dragged slider fires an input event per pixel.
 * Changes apply on screen at once and reach storage once the hand stops.
 */
const SAVE_DELAY_MS = 250;

/** The reading settings, live: changes made in any overlay, reader page or options page apply everywhere. */
export function useReadingSettings(): [ReadingSettings, (settings: ReadingSettings) => void] {
  const [settings, setSettings] = useState<ReadingSettings>(DEFAULT_SETTINGS);
  const pending = useRef<{ timer: number; value: ReadingSettings } | null>(null);
  useEffect(() => {
    let active = true;
    void loadSettings().then((loaded) => active && !pending.current && setSettings(loaded));
    // While our own change waits to be written, an older echo from storage must not undo it.
    const stop = watchSettings((next) => !pending.current && setSettings(next));
    return () => {
      active = false;
      stop();
      // Leaving (closing the overlay) must not lose the last change.
      if (pending.current) {
        clearTimeout(pending.current.timer);
        void saveSettings(pending.current.value).catch(() => undefined);
        pending.current = null;
      }
    };
  }, []);
  const update = (next: ReadingSettings) => {
    setSettings(next);
    if (pending.current) clearTimeout(pending.current.timer);
    const timer = setTimeout(() => {
      pending.current = null;
      void saveSettings(next).catch(() => undefined);
    }, SAVE_DELAY_MS) as unknown as number;
    pending.current = { timer, value: next };
  };
  return [settings, update];
}
