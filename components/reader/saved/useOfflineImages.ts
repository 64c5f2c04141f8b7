import { useEffect, useState } from 'preact/hooks';
import { openLibraryDb } from '@/utils/library/db/open';
import { readImages } from '@/utils/library/images';

/**
 * Object URLs for an article's stored pictures, by the src they replace; null while reading.
 * The URLs are revoked when the article changes or the page goes (each holds its blob in memory).
 */
export function useOfflineImages(id: string): ReadonlyMap<string, string> | null {
  const [urls, setUrls] = useState<ReadonlyMap<string, string> | null>(null);
  useEffect(() => {
    let created: string[] = [];
    let cancelled = false;
    const revoke = () => {
      for (const url of created) URL.revokeObjectURL(url);
      created = [];
    };
    void (async () => {
      const images = await readImages(await openLibraryDb(), id).catch(() => []);
      if (cancelled) return;
      const map = new Map(images.map((image) => [image.url, URL.createObjectURL(image.blob)]));
      created = [...map.values()];
      setUrls(map);
    })();
    window.addEventListener('pagehide', revoke);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', revoke);
      revoke();
    };
  }, [id]);
  return urls;
}
