import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/utils/send';
import { dismissFailedJobs, openQueueDb } from '@/utils/fetch-queue/store';
import { useImportStatus, type ImportStatus } from './useImportStatus';
import type { QueueAction } from '@/utils/messages';

type Action = Exclude<QueueAction, 'start'>;

/** No page finished for this long while pages wait: the worker was stopped, so wake it. */
const STALLED_MS = 20_000;

/**
 * Chrome can stop the service worker mid-import (memory pressure, an update); the queue resumes
 * whenever it wakes, and an open options page is a reason to wake it. Asking twice is harmless.
 */
function useWakeStalledQueue(status: ImportStatus | null): void {
  const last = useRef({ finished: -1, at: Date.now() });
  useEffect(() => {
    if (!status) return;
    const finished = status.counts.done + status.counts.failed;
    const now = Date.now();
    if (finished !== last.current.finished) last.current = { finished, at: now };
    else if (status.counts.pending > 0 && !status.state.paused && now - last.current.at > STALLED_MS) {
      last.current.at = now;
      void send({ type: 'import/control', action: 'start' }).catch(() => undefined);
    }
  }, [status]);
}

/**
 * The fetch queue of imported links: progress, pause and resume, and the failures with their
 * reasons (retry them, or dismiss them: the links stay in the library either way).
 */
export function ImportProgress() {
  const [status, refresh] = useImportStatus();
  const [error, setError] = useState<string | null>(null);
  useWakeStalledQueue(status);
  if (!status || status.counts.total === 0) return null;
  const { counts, state, failures, perMinute } = status;
  const finished = counts.done + counts.failed;
  const running = counts.pending > 0 && !state.paused;

  const control = async (action: Action) => {
    setError(null);
    const result = await send({ type: 'import/control', action });
    if (!result.ok) setError(result.error);
    refresh();
  };
  const allowAndResume = async () => {
    // Asked for first, inside the click: browsers only show the prompt for a user gesture.
    const granted = await browser.permissions.request({ origins: ['<all_urls>'] });
    if (!granted) return setError('Lectern still may not fetch pages. The links stay in your library.');
    await control('resume');
  };
  const dismiss = async () => {
    await dismissFailedJobs(await openQueueDb());
    refresh();
  };

  return (
    <div class="lectern-import-progress" role="group" aria-labelledby="lectern-import-progress-title">
      <h3 id="lectern-import-progress-title">Fetching imported pages</h3>
      <progress
        max={counts.total}
        value={finished}
        aria-labelledby="lectern-import-progress-title"
        aria-describedby="lectern-import-counts"
      />
      {/* Not a live region itself: it changes every second. The line below speaks on the changes that matter. */}
      <p id="lectern-import-counts" class="lectern-import-counts">
        {finished} of {counts.total} pages done · {counts.done} saved · {counts.failed} failed
        {counts.pending > 0 ? ` · ${counts.pending} to go` : ''}
        {running && perMinute !== null ? ` · ${Math.round(perMinute)} per minute` : ''}
      </p>
      <p class="lectern-visually-hidden" role="status">
        {counts.pending === 0
          ? `Fetching finished: ${counts.done} saved, ${counts.failed} failed.`
          : state.paused
            ? 'Fetching paused.'
            : ''}
      </p>
      {state.paused && state.reason === 'permission' ? (
        <p class="lectern-import-warning" role="alert">
          Paused: Lectern needs your permission to download the pages of imported links.{' '}
          <button type="button" class="lectern-button primary" onClick={() => void allowAndResume()}>
            Allow and continue
          </button>
        </p>
      ) : state.paused && counts.pending > 0 ? (
        <p>
          Paused.{' '}
          <button type="button" class="lectern-button" onClick={() => void control('resume')}>
            Resume
          </button>
        </p>
      ) : running ? (
        <p>
          <button type="button" class="lectern-button" onClick={() => void control('pause')}>
            Pause
          </button>{' '}
          <span class="lectern-status">
            You can close this page: fetching carries on, even after a restart.
          </span>
        </p>
      ) : null}
      {error && (
        <p class="lectern-import-error" role="alert">
          {error}
        </p>
      )}
      {counts.failed > 0 && (
        <details class="lectern-import-failures" open={counts.failed <= 20}>
          <summary>
            {counts.failed} {counts.failed === 1 ? 'page' : 'pages'} could not be fetched (kept as links)
          </summary>
          <ul>
            {failures.map((job) => (
              <li key={job.id}>
                <a href={job.url} target="_blank" rel="noopener noreferrer">
                  {job.title}
                </a>
                <span class="reason">{job.error}</span>
              </li>
            ))}
          </ul>
          {counts.failed > failures.length && <p>…and {counts.failed - failures.length} more.</p>}
          <p>
            <button type="button" class="lectern-button" onClick={() => void control('retry')}>
              Retry failed
            </button>{' '}
            <button type="button" class="lectern-button" onClick={() => void dismiss()}>
              Dismiss
            </button>
          </p>
        </details>
      )}
    </div>
  );
}
