import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createBackup, syncSettings } from '@/utils/export/backup';
import { exportContext, loadArticles } from '@/utils/export/saved-copy';
import { exportBaseName } from '@/utils/export/file-text';
import { exportEpub } from '@/utils/export/epub';
import { exportHtmlFile } from '@/utils/export/html';
import { exportMarkdownZip } from '@/utils/export/markdown';
import { openLibraryDb } from '@/utils/library/db/open';
import { highlightsByArticle } from '@/utils/highlights/store';
import { HighlightsExport } from './HighlightsExport';
import { downloadBlob } from './download';
import { EpubPicker } from './EpubPicker';
import './import-export.css';

type Kind = 'backup' | 'markdown' | 'html' | 'epub' | 'highlights';

/** Files are built from bytes the library holds; Blob wants ArrayBuffer-backed views. */
const blobOf = (bytes: Uint8Array, type: string) => new Blob([bytes as BlobPart], { type });

/**
 * Taking the library elsewhere: a backup that restores to an identical library, Markdown files,
 * one HTML file, or an EPUB of chosen articles for an e-reader. All built here, nothing uploaded.
 */
export function ExportPanel() {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const [inlineHighlights, setInlineHighlights] = useState(false);
  // Highlights are marked in the text of every export and listed under each article in Markdown.
  const withHighlights = async (now: number) => ({
    ...exportContext(window, now),
    highlights: await highlightsByArticle(await openLibraryDb()),
    inlineHighlights,
  });

  const run = async (kind: Kind, make: (now: number) => Promise<{ blob: Blob; name: string }>) => {
    setBusy(kind);
    setStatus({ text: 'Preparing…' });
    try {
      const { blob, name } = await make(Date.now());
      downloadBlob(blob, name);
      setStatus({ text: `Saved ${name} (${(blob.size / 1024 / 1024).toFixed(1)} MB).` });
    } catch (error) {
      setStatus({ text: `The export failed: ${(error as Error).message}`, error: true });
    } finally {
      setBusy(null);
    }
  };

  const backup = () =>
    run('backup', async (now) => {
      const blob = await createBackup(await openLibraryDb(), syncSettings, {
        now,
        generator: `Lectern ${browser.runtime.getManifest().version}`,
        onProgress: (done, total) => setStatus({ text: `Preparing… ${done} of ${total} articles` }),
      });
      return { blob, name: `${exportBaseName(now)}-backup.json` };
    });
  const markdown = () =>
    run('markdown', async (now) => {
      const articles = await loadArticles(await openLibraryDb());
      const zip = await exportMarkdownZip(await withHighlights(now), articles);
      return { blob: blobOf(zip, 'application/zip'), name: `${exportBaseName(now)}-markdown.zip` };
    });
  const html = () =>
    run('html', async (now) => {
      const articles = await loadArticles(await openLibraryDb());
      const text = await exportHtmlFile(await withHighlights(now), articles);
      return { blob: new Blob([text], { type: 'text/html' }), name: `${exportBaseName(now)}.html` };
    });
  const epub = (ids: string[]) =>
    run('epub', async (now) => {
      const articles = await loadArticles(await openLibraryDb(), ids);
      const book = await exportEpub(await withHighlights(now), articles);
      return { blob: blobOf(book, 'application/epub+zip'), name: `${exportBaseName(now)}.epub` };
    });

  return (
    <section class="lectern-panel lectern-export" aria-labelledby="lectern-export-title">
      <h2 id="lectern-export-title">Export</h2>
      <dl class="lectern-export-list">
        <dt>
          <button
            type="button"
            class="lectern-button primary"
            disabled={!!busy}
            onClick={() => void backup()}
          >
            Back up everything
          </button>
        </dt>
        <dd>
          One file with every article, its images, tags, reading state and position, and your settings. Import
          it here to get the same library back.
        </dd>
        <dt>
          <button type="button" class="lectern-button" disabled={!!busy} onClick={() => void markdown()}>
            Markdown files (.zip)
          </button>
        </dt>
        <dd>
          One Markdown file per article with its details at the top and its highlights under a “Highlights”
          heading, for notes apps and text editors.{' '}
          <label>
            <input
              type="checkbox"
              checked={inlineHighlights}
              onChange={(event) => setInlineHighlights(event.currentTarget.checked)}
            />{' '}
            Also mark them in the text as ==highlight== (Obsidian)
          </label>
        </dd>
        <dt>
          <button type="button" class="lectern-button" disabled={!!busy} onClick={() => void html()}>
            One HTML file
          </button>
        </dt>
        <dd>Every article in a single page that opens in any browser, offline.</dd>
      </dl>
      <EpubPicker disabled={!!busy} onExport={(ids) => void epub(ids)} />
      <HighlightsExport disabled={!!busy} run={run} />
      {status && (
        <p
          class={status.error ? 'lectern-import-error' : 'lectern-status'}
          role={status.error ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
