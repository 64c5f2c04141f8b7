/**
 * "This page": the tab the popup was opened over, whether it is in the library (and since when),
 * Read (the reader over the page; the popup closes) and Save (without the reader: progress and
 * the outcome here, in plain words).
 */
import { browser } from 'wxt/browser';
import type { ArticleMeta } from '@/utils/library/db/schema';
import { describeOutcome } from '@/utils/quick-save/outcome';
import { send } from '@/utils/send';
import { formatDate } from '../../shared/format';
import { readerPageUrl } from '../../library/list/LibraryItem';
import type { ThisPage as Page } from './useThisPage';
import type { QuickSave } from './useQuickSave';
import './ThisPage.css';

interface Props {
  page: Page | null | undefined;
  /** The page's library entry: undefined while looking, null when it is not saved. */
  entry: ArticleMeta | null | undefined;
  save: QuickSave;
  onSave: () => void;
}

function savedLine(entry: ArticleMeta | null | undefined): string {
  if (entry === undefined) return '';
  if (entry === null) return 'Not in your library yet';
  const when = formatDate(entry.savedAt);
  if (entry.kind === 'link')
    return `Saved as a link${when ? ` on ${when}` : ''}: its page is still to be fetched`;
  return `In your library since ${when ?? 'earlier'}`;
}

function saveResult(save: QuickSave): { text: string; ok: boolean } | null {
  if (save.kind === 'idle') return null;
  if (save.kind === 'saving') return { text: 'Saving this page…', ok: true };
  return { text: describeOutcome(save), ok: save.kind === 'saved' || save.kind === 'updated' };
}

export function ThisPage({ page, entry, save, onSave }: Props) {
  if (page === undefined) return <section class="lectern-popup-page" aria-busy="true" />;
  if (page === null)
    return (
      <section class="lectern-popup-page">
        <p class="lectern-popup-page-state">No tab to read here.</p>
      </section>
    );
  const read = async () => {
    await send({ type: 'tab/read', tabId: page.tabId }).catch(() => undefined);
    window.close();
  };
  const openSaved = (id: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(readerPageUrl(id) as '/reader.html') });
    window.close();
  };
  const result = saveResult(save);
  const savedId = save.kind === 'saved' || save.kind === 'updated' ? save.id : entry?.id;
  const saved = !!entry || save.kind === 'saved' || save.kind === 'updated';
  return (
    <section class="lectern-popup-page" aria-labelledby="lectern-popup-page-title">
      <h2 class="visually-hidden">This page</h2>
      <p id="lectern-popup-page-title" class="lectern-popup-page-title" title={page.title}>
        {page.title}
      </p>
      <p class="lectern-popup-page-state">
        {page.site && <span class="site">{page.site}</span>}
        <span class="saved">
          {page.blocked ? `Lectern can't read this page. ${page.blocked}` : savedLine(entry)}
        </span>
      </p>
      <div class="lectern-popup-page-actions">
        <button type="button" class="lectern-button" disabled={!!page.blocked} onClick={() => void read()}>
          Read
        </button>
        <button
          type="button"
          class="lectern-button primary"
          disabled={!!page.blocked || save.kind === 'saving'}
          aria-busy={save.kind === 'saving'}
          onClick={onSave}
        >
          {save.kind === 'saving' ? 'Saving…' : saved ? 'Save again' : 'Save'}
        </button>
        {savedId && entry?.kind !== 'link' && (
          <button type="button" class="lectern-button" onClick={() => openSaved(savedId)}>
            Open saved copy
          </button>
        )}
      </div>
      <p
        class={`lectern-popup-save-result${result && !result.ok ? ' failed' : ''}`}
        role="status"
        aria-live="polite"
      >
        {result?.text ?? ''}
      </p>
    </section>
  );
}
