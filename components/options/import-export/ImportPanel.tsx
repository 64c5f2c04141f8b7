import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseImport, ImportError, type ImportResult } from '@/utils/import';
import { decodeText } from '@/utils/import/bytes';
import { importIntoLibrary, type ImportSummary } from '@/utils/import/into-library';
import { syncSettings } from '@/utils/export/backup';
import { restoreBackup, type RestoreSummary } from '@/utils/import/restore-backup';
import { openQueueDb } from '@/utils/fetch-queue/store';
import { announceChange } from '@/utils/library/changes';
import { openLibraryDb } from '@/utils/library/db/open';
import { upkeep } from '@/utils/library/upkeep';
import { browserSanitizer } from '@/utils/sanitize';
import { send } from '@/utils/send';
import { ImportProgress } from './ImportProgress';
import { ImportProblems } from './ImportProblems';
import { WaitingLinks } from './WaitingLinks';
import './import-export.css';

const FORMAT_NAMES: Record<ImportResult['format'], string> = {
  'pocket-zip': 'Pocket export (ZIP)',
  'pocket-csv': 'Pocket export (CSV)',
  'pocket-html': 'Pocket export (HTML)',
  'instapaper-csv': 'Instapaper export (CSV)',
  'omnivore-zip': 'Omnivore export (ZIP)',
  'netscape-html': 'Browser bookmarks',
  'url-list': 'List of links',
  'lectern-backup': 'Lectern backup',
  'wallabag-json': 'wallabag export (JSON)',
};

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'failed'; name: string; error: string }
  | { kind: 'ready'; name: string; bytes: Uint8Array; parsed: ImportResult; needsPermission: boolean }
  | { kind: 'writing'; name: string }
  | { kind: 'imported'; name: string; summary: ImportSummary }
  | { kind: 'restored'; name: string; summary: RestoreSummary };

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** Host permission patterns for the links that will be fetched (bodies carried by the export need none). */
function originsOf(parsed: ImportResult): string[] {
  const origins = new Set<string>();
  for (const entry of parsed.entries) {
    if (entry.content) continue;
    const { protocol, hostname } = new URL(entry.url);
    origins.add(`${protocol}//${hostname}/*`);
  }
  return [...origins];
}

/**
 * Import from Pocket, Instapaper, Omnivore, bookmarks, link lists, or restore a Lectern backup:
 * pick or drop a file, see what it holds and what is wrong with it, then add it. Entries appear in
 * the library at once as links; the background then fetches each page (ImportProgress).
 */
export function ImportPanel() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);

  const read = async (file: File) => {
    setStep({ kind: 'reading', name: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const parsed = parseImport(bytes, file.name);
      const origins = originsOf(parsed);
      const needsPermission =
        origins.length > 0 && !(await browser.permissions.contains({ origins }).catch(() => false));
      setStep({ kind: 'ready', name: file.name, bytes, parsed, needsPermission });
    } catch (error) {
      const message =
        error instanceof ImportError
          ? error.message
          : `The file could not be read (${(error as Error).message}).`;
      setStep({ kind: 'failed', name: file.name, error: message });
    }
  };

  const add = async (ready: Extract<Step, { kind: 'ready' }>) => {
    // Asked for first, inside the click: the browser shows its prompt only for a user gesture.
    // Declining still imports the links; fetching waits until permission is given.
    const permission = ready.needsPermission
      ? browser.permissions.request({ origins: ['<all_urls>'] }).catch(() => false)
      : Promise.resolve(true);
    setStep({ kind: 'writing', name: ready.name });
    try {
      const [library, queue] = await Promise.all([openLibraryDb(), openQueueDb()]);
      if (ready.parsed.format === 'lectern-backup') {
        const json = JSON.parse(decodeText(ready.bytes)) as Record<string, unknown>;
        const summary = await restoreBackup(library, queue, json, syncSettings, browserSanitizer());
        setStep({ kind: 'restored', name: ready.name, summary });
      } else {
        const summary = await importIntoLibrary(library, queue, ready.parsed);
        setStep({ kind: 'imported', name: ready.name, summary });
      }
      announceChange();
      void upkeep(library);
      // The links are in; fetching starts once the browser's prompt is answered.
      await permission;
      await send({ type: 'import/control', action: 'start' });
    } catch (error) {
      const message =
        error instanceof ImportError
          ? error.message
          : `Nothing was added: the library could not be written (${(error as Error).message}).`;
      setStep({ kind: 'failed', name: ready.name, error: message });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file) void read(file);
  };

  return (
    <section class="lectern-panel lectern-import" aria-labelledby="lectern-import-title">
      <h2 id="lectern-import-title">Import</h2>
      <p>
        Bring your reading list from Pocket, Instapaper or Omnivore (their export files), browser bookmarks, a
        plain list of links, or restore a Lectern backup.
      </p>
      <div
        class={`lectern-drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label class="lectern-button">
          Choose a file…
          <input
            type="file"
            class="lectern-visually-hidden"
            accept=".zip,.csv,.html,.htm,.txt,.json"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) void read(file);
              input.value = '';
            }}
          />
        </label>{' '}
        <span>or drop it here</span>
      </div>
      <ImportStepView
        step={step}
        onAdd={(ready) => void add(ready)}
        onCancel={() => setStep({ kind: 'idle' })}
      />
      <ImportProgress />
      <WaitingLinks />
    </section>
  );
}

function ImportStepView({
  step,
  onAdd,
  onCancel,
}: {
  step: Step;
  onAdd: (ready: Extract<Step, { kind: 'ready' }>) => void;
  onCancel: () => void;
}) {
  switch (step.kind) {
    case 'idle':
      return null;
    case 'reading':
      return <p role="status">Reading {step.name}…</p>;
    case 'writing':
      return <p role="status">Adding to your library…</p>;
    case 'failed':
      return (
        <p class="lectern-import-error" role="alert">
          {step.name}: {step.error}
        </p>
      );
    case 'ready': {
      const { parsed } = step;
      const backup = parsed.format === 'lectern-backup';
      const count = parsed.entries.length;
      return (
        <div class="lectern-import-summary">
          <p role="status">
            <strong>{FORMAT_NAMES[parsed.format]}</strong>: {plural(count, backup ? 'article' : 'link')} found
            {parsed.problems.length ? `, ${plural(parsed.problems.length, 'problem')}` : ''}.
          </p>
          <ImportProblems problems={parsed.problems} />
          {step.needsPermission && (
            <p class="lectern-status">
              To read the pages behind these links, Lectern will ask for permission to download web pages.
            </p>
          )}
          <p>
            <button
              type="button"
              class="lectern-button primary"
              disabled={count === 0 && !backup}
              onClick={() => onAdd(step)}
            >
              {backup ? 'Restore backup' : `Import ${plural(count, 'link')}`}
            </button>{' '}
            <button type="button" class="lectern-button" onClick={onCancel}>
              Cancel
            </button>
          </p>
        </div>
      );
    }
    case 'imported': {
      const { summary } = step;
      return (
        <div class="lectern-import-summary">
          <p role="status">
            Added {plural(summary.added, 'link')} to your library
            {summary.alreadySaved
              ? `; ${plural(summary.alreadySaved, 'was', 'were')} already there and left as they are`
              : ''}
            .
            {summary.highlights
              ? ` ${plural(summary.highlights, 'highlight')} and notes came with them.`
              : ''}
            {summary.added ? ' Their pages are being fetched below.' : ''}
          </p>
          <ImportProblems problems={summary.problems} />
        </div>
      );
    }
    case 'restored': {
      const { summary } = step;
      return (
        <div class="lectern-import-summary">
          <p role="status">
            Restored {plural(summary.restored, 'article')}
            {summary.links ? ` and ${plural(summary.links, 'link')}` : ''}
            {summary.alreadySaved
              ? `; ${plural(summary.alreadySaved, 'was', 'were')} already in your library`
              : ''}
            {summary.highlights ? `; ${plural(summary.highlights, 'highlight')} and notes back in place` : ''}
            {summary.settingsRestored ? '; settings restored' : ''}.
          </p>
          <ImportProblems problems={summary.problems} />
        </div>
      );
    }
  }
}
