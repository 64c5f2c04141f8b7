/**
 * "Keep images for offline reading": off unless the user turns it on and grants host access.
 * Kept in storage.local, not sync: the host permission it needs is granted per browser, so a
 * synced "on" would mean nothing on a browser that never asked.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/** On or off, under the key every version has used; nothing stored means off. */
const offlineImagesItem = storage.defineItem<boolean>('local:offlineImages', {
  fallback: false,
  version: 1,
});

/** What the permission request asks for: reading pictures from whichever site an article is on. */
export const OFFLINE_IMAGES_ORIGINS = ['<all_urls>'];

export async function offlineImagesEnabled(): Promise<boolean> {
  try {
    return (await offlineImagesItem.getValue()) === true;
  } catch {
    return false;
  }
}

export async function setOfflineImages(enabled: boolean): Promise<void> {
  await offlineImagesItem.setValue(enabled);
}

/** Whether the host permission is (still) granted: the user can take it back at any time. */
export async function hasImageAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: OFFLINE_IMAGES_ORIGINS }).catch(() => false);
}
