import { useEffect, useState } from 'preact/hooks';
import { remotePicturesAllowed, remotePicturesItem } from '@/utils/offline-images/remote-pictures';

/**
 * Whether a saved copy may load its pictures from the web; null while reading the setting (the
 * article waits for it: a picture's address must not be requested before the answer is known).
 */
export function useRemotePictures(): boolean | null {
  const [allowed, setAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    let cancelled = false;
    void remotePicturesAllowed().then((value) => !cancelled && setAllowed(value));
    const unwatch = remotePicturesItem.watch((value) => setAllowed(value));
    return () => {
      cancelled = true;
      unwatch();
    };
  }, []);
  return allowed;
}
