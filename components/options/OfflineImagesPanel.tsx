import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_IMAGE_LIMITS } from '@/utils/offline-images/fetch-images';
import {
  hasImageAccess,
  OFFLINE_IMAGES_ORIGINS,
  offlineImagesEnabled,
  setOfflineImages,
} from '@/utils/offline-images/setting';

const PER_ARTICLE_MB = DEFAULT_IMAGE_LIMITS.perArticleBytes / 1024 / 1024;

type Message = { kind: 'info' | 'problem'; text: string } | null;

/**
 * "Keep images for offline reading": turning it on asks the browser for host access, in the
 * click itself (browsers show the prompt only for a user gesture); refused, it stays off.
 * Turning it off offers to give the access back.
 */
export function OfflineImagesPanel() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [access, setAccess] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [offerRemove, setOfferRemove] = useState(false);

  useEffect(() => {
    const refresh = async () => {
      const [on, granted] = await Promise.all([offlineImagesEnabled(), hasImageAccess()]);
      setEnabled(on);
      setAccess(granted);
    };
    void refresh();
    // The access can be taken back from the browser's extension settings at any time.
    const onChange = () => void refresh();
    browser.permissions.onAdded?.addListener(onChange);
    browser.permissions.onRemoved?.addListener(onChange);
    return () => {
      browser.permissions.onAdded?.removeListener(onChange);
      browser.permissions.onRemoved?.removeListener(onChange);
    };
  }, []);

  const turnOn = async () => {
    // First thing in the handler: an await before it would lose the user gesture in Firefox.
    const asking = browser.permissions.request({ origins: OFFLINE_IMAGES_ORIGINS }).catch(() => false);
    setMessage({ kind: 'info', text: 'Answer the browser’s prompt to let Lectern read images.' });
    const granted = await asking;
    setAccess(granted);
    if (!granted) {
      setMessage({
        kind: 'problem',
        text: 'Lectern was not given access to sites, so images are not kept. Articles are still saved as text.',
      });
      return;
    }
    await setOfflineImages(true);
    setEnabled(true);
    setOfferRemove(false);
    setMessage({ kind: 'info', text: 'Images of the articles you save from now on are kept offline.' });
  };

  const turnOff = async () => {
    await setOfflineImages(false);
    setEnabled(false);
    setOfferRemove(access);
    setMessage({ kind: 'info', text: 'Images are no longer downloaded. Images already saved stay.' });
  };

  const removeAccess = async () => {
    const removed = await browser.permissions.remove({ origins: OFFLINE_IMAGES_ORIGINS }).catch(() => false);
    setOfferRemove(false);
    if (removed) setAccess(false);
    setMessage(
      removed
        ? { kind: 'info', text: 'Lectern no longer has access to sites.' }
        : { kind: 'problem', text: 'The browser kept the access; remove it from its extension settings.' },
    );
  };

  return (
    <section class="lectern-panel lectern-offline-images" aria-labelledby="lectern-offline-images-title">
      <h2 id="lectern-offline-images-title">Offline images</h2>
      <label class="lectern-check">
        <input
          type="checkbox"
          checked={!!enabled && access}
          disabled={enabled === null}
          aria-describedby="lectern-offline-images-why"
          onChange={(event) => void (event.currentTarget.checked ? turnOn() : turnOff())}
        />{' '}
        Keep images for offline reading
      </label>
      <p id="lectern-offline-images-why" class="lectern-status">
        To download the pictures of articles you save, Lectern needs to read images from any site; nothing
        else is read or sent. Each article keeps at most {PER_ARTICLE_MB} MB of pictures, stored in this
        browser only.
      </p>
      {enabled && !access && (
        <p class="lectern-import-warning" role="alert">
          Lectern no longer has access to sites, so new saves keep text only. Turn the setting on again to
          allow it.
        </p>
      )}
      {message && (
        <p class={message.kind === 'problem' ? 'lectern-import-error' : 'lectern-status'} role="status">
          {message.text}
        </p>
      )}
      {offerRemove && (
        <p>
          <button type="button" class="lectern-button" onClick={() => void removeAccess()}>
            Also remove Lectern's access to sites
          </button>{' '}
          <span class="lectern-status">(Fetching imported links needs it too.)</span>
        </p>
      )}
    </section>
  );
}
