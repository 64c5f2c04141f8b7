import { useRemotePictures } from '../shared/useRemotePictures';
import { setRemotePictures } from '@/utils/offline-images/remote-pictures';

/** "Load pictures from the web in saved copies": beside the offline-images panel it completes. */
export function RemotePicturesPanel() {
  const allowed = useRemotePictures();
  return (
    <section class="lectern-panel lectern-remote-pictures" aria-labelledby="lectern-remote-pictures-title">
      <h2 id="lectern-remote-pictures-title">Pictures in saved copies</h2>
      <label class="lectern-check">
        <input
          type="checkbox"
          checked={allowed !== false}
          disabled={allowed === null}
          aria-describedby="lectern-remote-pictures-why"
          onChange={(event) => void setRemotePictures(event.currentTarget.checked)}
        />{' '}
        Load pictures from the web in saved copies
      </label>
      <p id="lectern-remote-pictures-why" class="lectern-status">
        When on, a saved copy asks the publisher's site for its pictures each time you open it (without
        telling it which page you came from). When off, saved copies show only the pictures kept offline and
        make no request at all.
      </p>
    </section>
  );
}
