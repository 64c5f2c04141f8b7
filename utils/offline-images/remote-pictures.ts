/**
 * "Load pictures from the web in saved copies": on by default. Off, a saved copy shows only the
 * pictures kept offline and asks the network for nothing, so opening it tells no site that it was
 * read. Kept in storage.local beside the offline-images setting (setting.ts): it is about what
 * this browser fetches.
 */
import { storage } from 'wxt/utils/storage';

export const remotePicturesItem = storage.defineItem<boolean>('local:remotePictures', {
  fallback: true,
  version: 1,
});

export async function remotePicturesAllowed(): Promise<boolean> {
  return remotePicturesItem.getValue().catch(() => true);
}

export async function setRemotePictures(allowed: boolean): Promise<void> {
  await remotePicturesItem.setValue(allowed);
}
