import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getArticle, setRestoredBlocks } from '@/utils/library/articles';
import { openLibraryDb } from '@/utils/library/db';
import type { ArticleBody, ArticleMeta } from '@/utils/library/schema';
import { nextTheme, settingsStyle, stepFontSize } from '@/utils/settings';
import { ArticleView } from './ArticleView';
import { dropRemotePictures, showOfflineImages } from './offline-images';
import { ReadAloud } from './ReadAloud';
import { readerKeyAction } from './reader-keys';
import { closePanelFromInside, ReaderPopover, ReaderTools, type Panel } from './ReaderPanels';
import { ReadingProgress } from './ReadingProgress';
import { articleDirection } from './text-direction';
import { useOfflineImages } from './useOfflineImages';
import { useRemotePictures } from './useRemotePictures';
import { useReaderKeys } from './useReaderKeys';
import { useReadingPosition } from './useReadingPosition';
import { useReadingSettings } from './useReadingSettings';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; meta: ArticleMeta; body: ArticleBody | undefined };

/** The saved copy of an article (reader.html?id=…): works offline, remembers where you were. */
export function SavedReader({ id }: { id: string }) {
  const [settings, setSettings] = useReadingSettings();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [panel, setPanel] = useState<Panel>('none');
  const [restoredIds, setRestoredIds] = useState<number[]>([]);
  const [listening, setListening] = useState(false);
  const progress = useReadingPosition(id, loaded.kind === 'ready' ? loaded.meta.progress : null);
  const rootRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const images = useOfflineImages(id);
  const remotePictures = useRemotePictures();
  // Stored pictures go in before the nodes reach this page, so their network addresses are never
  // requested (reading a saved copy tells the site nothing). The sanitiser would drop these blob:
  // URLs: they are our own, made from stored blobs. Done here, not in SafeHtmlView, so the
  // overlay (which has no stored pictures) does not carry it.
  // With "Load pictures from the web" off, the other pictures go too (offline-images.ts).
  const showImages = useMemo(
    () =>
      images &&
      remotePictures !== null &&
      ((nodes: DocumentFragment) => {
        showOfflineImages(nodes, images);
        if (!remotePictures) dropRemotePictures(nodes);
      }),
    [images, remotePictures],
  );

  useEffect(() => {
    void (async () => {
      try {
        const found = await getArticle(await openLibraryDb(), id);
        if (!found) return setLoaded({ kind: 'missing' });
        setLoaded({ kind: 'ready', ...found });
        setRestoredIds(found.body?.restoredIds ?? []);
        document.title = found.meta.title;
      } catch (error) {
        setLoaded({ kind: 'error', message: (error as Error).message });
      }
    })();
  }, [id]);

  useReaderKeys(
    (event) => {
      const action = readerKeyAction(event);
      const root = rootRef.current;
      if (!action || action === 'save' || !root) return;
      if (action === 'close') {
        // Escape closes what is open: a panel (focus back on its button), then read aloud.
        if (closePanelFromInside(root, panel, () => setPanel('none'))) return;
        if (panel !== 'none') setPanel('none');
        else if (listening) setListening(false);
        else return;
      } else if (action === 'bigger' || action === 'smaller')
        setSettings(stepFontSize(settings, action === 'bigger' ? 1 : -1));
      else if (action === 'theme') setSettings({ ...settings, theme: nextTheme(settings.theme) });
      else if (action === 'shortcuts') setPanel(panel === 'shortcuts' ? 'none' : 'shortcuts');
      event.preventDefault();
    },
    { modal: false },
  );

  const toggleRestored = async (blockId: number) => {
    const next = restoredIds.includes(blockId)
      ? restoredIds.filter((value) => value !== blockId)
      : [...restoredIds, blockId];
    setRestoredIds(next);
    await setRestoredBlocks(await openLibraryDb(), id, next);
  };

  document.documentElement.dataset.theme = settings.theme;
  const removed = loaded.kind === 'ready' ? (loaded.body?.removed ?? []) : [];

  const meta = loaded.kind === 'ready' ? loaded.meta : null;
  const dir = meta ? articleDirection(meta.lang, meta.dir) : 'auto';

  return (
    <div
      ref={rootRef}
      class="lectern-root lectern-reader-page"
      data-theme={settings.theme}
      style={settingsStyle(settings)}
      onPointerDown={(event) => {
        // A click on the article closes the open panel, as with any dropdown.
        if (panel !== 'none' && !(event.target as Element).closest('.lectern-chrome')) setPanel('none');
      }}
    >
      <header class="lectern-chrome">
        <ReadingProgress value={progress} dir={dir} />
        <div class="lectern-toolbar" role="toolbar" aria-label="Reader controls">
          <a class="lectern-brand" href="/popup.html?view=tab">
            Lectern library
          </a>
          <ReaderTools
            removedCount={removed.length}
            canListen={!!(loaded.kind === 'ready' && loaded.body)}
            listening={listening}
            onListen={setListening}
            open={panel}
            onToggle={setPanel}
          />
          <button type="button" class="lectern-button" onClick={() => window.print()}>
            Print
          </button>
          {meta && (
            <a class="lectern-button" href={meta.url} target="_blank" rel="noopener noreferrer">
              Original
            </a>
          )}
        </div>
        {listening && meta && (
          <ReadAloud
            articleRef={articleRef}
            lang={meta.lang}
            rate={settings.speechRate}
            onRateChange={(speechRate) => setSettings({ ...settings, speechRate })}
            contentKey={restoredIds.join(',')}
            onClose={() => setListening(false)}
          />
        )}
        <ReaderPopover
          open={panel}
          settings={settings}
          onSettings={setSettings}
          removed={removed}
          restoredIds={restoredIds}
          onRestore={(blockId) => void toggleRestored(blockId)}
          omitShortcuts={['save']}
        />
      </header>
      <main>
        {loaded.kind === 'loading' && <p class="lectern-notice">Opening the saved copy…</p>}
        {loaded.kind === 'missing' && (
          <p class="lectern-notice" role="alert">
            This article is not in your library any more (it may have been deleted).
          </p>
        )}
        {loaded.kind === 'error' && (
          <p class="lectern-notice" role="alert">
            The library could not be opened: {loaded.message}
          </p>
        )}
        {loaded.kind === 'ready' && showImages && (
          <ArticleView
            articleRef={articleRef}
            header={loaded.meta}
            html={loaded.body?.html ?? null}
            baseUrl={loaded.meta.url}
            removed={removed}
            restoredIds={restoredIds}
            lang={loaded.meta.lang}
            dir={loaded.meta.dir}
            adjust={showImages}
          >
            <p>
              Only the link was saved for this article. <a href={loaded.meta.url}>Open the original page</a>.
            </p>
          </ArticleView>
        )}
      </main>
    </div>
  );
}
