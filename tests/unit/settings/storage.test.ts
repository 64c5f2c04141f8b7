/**
 * Where settings live: the same storage keys and areas as every earlier version (an update must
 * not reset anyone's reading settings), on WXT's in-memory fake browser.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { offlineImagesEnabled, setOfflineImages } from '../../../utils/offline-images/setting';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings } from '../../../utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('reading settings in storage', () => {
  it('reads what an earlier version stored under sync "readingSettings"', async () => {
    await fakeBrowser.storage.sync.set({ readingSettings: { font: 'sans', fontSize: 21, theme: 'sepia' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, font: 'sans', fontSize: 21, theme: 'sepia' });
  });

  it('gives the defaults when nothing is stored, and replaces stored garbage with them', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({ readingSettings: { fontSize: 'huge', theme: 'neon' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('writes to sync "readingSettings", where the next version will look', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(await fakeBrowser.storage.sync.get('readingSettings')).toEqual({
      readingSettings: { ...DEFAULT_SETTINGS, theme: 'dark' },
    });
  });

  it('tells a watcher about a change made elsewhere, normalised, until it stops watching', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await fakeBrowser.storage.sync.set({ readingSettings: { theme: 'dark', fontSize: 500 } });
    expect(seen).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark' });
    stop();
    await fakeBrowser.storage.sync.set({ readingSettings: { theme: 'light' } });
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('the offline images switch in storage', () => {
  it('is off until turned on, and kept in local "offlineImages" (never synced)', async () => {
    expect(await offlineImagesEnabled()).toBe(false);
    await setOfflineImages(true);
    expect(await offlineImagesEnabled()).toBe(true);
    expect(await fakeBrowser.storage.local.get('offlineImages')).toEqual({ offlineImages: true });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
