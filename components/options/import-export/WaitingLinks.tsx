import { useState } from 'preact/hooks';
import { enqueueWaitingLinks } from '@/utils/import/into-library';
import { openQueueDb } from '@/utils/fetch-queue/store';
import { openLibraryDb } from '@/utils/library/db/open';
import { send } from '@/utils/send';

/**
 * Links in the library whose page was never fetched (failures dismissed earlier, or an import cut
 * off between writing the links and queueing them) can be queued again from here.
 */
export function WaitingLinks() {
  const [message, setMessage] = useState<string | null>(null);
  const queueAll = async () => {
    const count = await enqueueWaitingLinks(await openLibraryDb(), await openQueueDb());
    if (count) await send({ type: 'import/control', action: 'start' });
    setMessage(
      count
        ? `Fetching the pages of ${count.toLocaleString()} more links.`
        : 'Every link is fetched or queued.',
    );
  };
  return (
    <p class="lectern-status">
      <button type="button" class="lectern-button" onClick={() => void queueAll()}>
        Fetch links saved without their page
      </button>{' '}
      {message && <span role="status">{message}</span>}
    </p>
  );
}
