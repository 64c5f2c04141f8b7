/**
 * "Add a link": the same path as "Save link to Lectern" (utils/quick-save/save-link.ts). The
 * link is in the list at once; the import queue fetches its page once Lectern may reach the site,
 * asked for inside the click as import asks (declining keeps the link, waiting).
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originPattern } from '@/utils/fetch-queue/origin-pattern';
import { openQueueDb } from '@/utils/fetch-queue/store';
import { announceChange } from '@/utils/library/changes';
import type { LibraryDb } from '@/utils/library/db/open';
import { upkeep } from '@/utils/library/upkeep';
import { addLink, webAddress } from '@/utils/quick-save/save-link';
import { send } from '@/utils/send';
import './AddLink.css';

interface Props {
  db: LibraryDb | null;
  onAdded: () => void;
}

export function AddLink({ db, onAdded }: Props) {
  const [typed, setTyped] = useState('');
  const [result, setResult] = useState<{ text: string; ok: boolean } | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const url = webAddress(typed);
    if (!url || !db) {
      setResult({ text: 'That is not a web address Lectern can save (http or https).', ok: false });
      return;
    }
    // Inside the click, before any await: browsers show the prompt only for a user's gesture.
    const permission = browser.permissions.request({ origins: [originPattern(url)] }).catch(() => false);
    void (async () => {
      try {
        const outcome = await addLink(db, await openQueueDb(), { url });
        if (outcome.kind === 'invalid') return setResult({ text: outcome.message, ok: false });
        if (outcome.kind === 'existing')
          return setResult({ text: 'That link is already in your library.', ok: true });
        setTyped('');
        announceChange();
        void upkeep(db);
        onAdded();
        const allowed = await permission;
        setResult({
          text: allowed
            ? 'Added. Lectern is fetching its page.'
            : 'Added. Lectern may not fetch pages from that site yet: allow it from Options → Import.',
          ok: true,
        });
        await send({ type: 'import/control', action: 'start' });
      } catch (error) {
        setResult({ text: `The link was not added: ${(error as Error).message}`, ok: false });
      }
    })();
  };

  return (
    <form class="lectern-add-link" onSubmit={submit}>
      <label class="visually-hidden" for="lectern-add-link-url">
        Add a link
      </label>
      <input
        id="lectern-add-link-url"
        type="url"
        inputMode="url"
        placeholder="Add a link: paste a web address"
        value={typed}
        onInput={(event) => setTyped(event.currentTarget.value)}
      />
      <button type="submit" class="lectern-button">
        Add
      </button>
      <p class={`lectern-add-link-result${result && !result.ok ? ' failed' : ''}`} role="status">
        {result?.text ?? ''}
      </p>
    </form>
  );
}
