// The themes first: the reader's CSS builds on them.
import '../../shared/theme.css';
import '../reader.css';
import '../reader-print.css';
import './reader-page.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getArticle, setRestoredBlocks } from '@/utils/library/articles';
import { onLibraryChange } from '@/utils/library/changes';
import { openLibraryDb, type LibraryDb } from '@/utils/library/db/open';
import type { ArticleBody, ArticleMeta } from '@/utils/library/db/schema';
import { settingsStyle } from '@/utils/settings';
import { ArticleView } from '../article/ArticleView';
import { articleDirection } from '../article/text-direction';
import { ReaderChrome } from '../ReaderChrome';
import { useReaderShell } from '../useReaderShell';
import { useArticleActions } from './useArticleActions';
import { dropRemotePictures, showOfflineImages } from './offline-images';
import { useOfflineImages } from './useOfflineImages';
import { useRemotePictures } from '../../shared/useRemotePictures';
import { useReadingPosition } from './useReadingPosition';
import { HighlightLayer } from '../highlights/HighlightLayer';
import { librarySource } from '../highlights/source';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; meta: ArticleMeta; body: ArticleBody | undefined };

/** The saved copy of an article (reader.html?id=…): works offline, remembers where you were. */
export function SavedReader({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [db, setDb] = useState<LibraryDb | null>(null);
  /** Goes up when the article changes (an action here, or in the library): read it again. */
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((value) => value + 1);
  useEffect(() => onLibraryChange(reload), []);
  const progress = useReadingPosition(id, loaded.kind === 'ready' ? loaded.meta.progress : null);
  const rootRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const shell = useReaderShell({
    rootRef,
    onRestored: async (ids) => setRestoredBlocks(await openLibraryDb(), id, ids),
  });
  const { settings, restoredIds } = shell;
  const images = useOfflineImages(id);
  const highlightSource = useMemo(() => librarySource(id), [id]);
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
        const library = await openLibraryDb();
        setDb(library);
        const found = await getArticle(library, id);
        if (!found) return setLoaded({ kind: 'missing' });
        // Read again after a change: the same body stays (its nodes are not built again).
        setLoaded((old) =>
          old.kind === 'ready' && old.meta.updatedAt === found.meta.updatedAt && old.body
            ? { ...old, meta: found.meta }
            : { kind: 'ready', ...found },
        );
        if (version === 0) shell.setRestoredIds(found.body?.restoredIds ?? []);
        document.title = found.meta.title;
      } catch (error) {
        setLoaded({ kind: 'error', message: (error as Error).message });
      }
    })();
  }, [id, version]);

  document.documentElement.dataset.theme = settings.theme;
  const removed = loaded.kind === 'ready' ? (loaded.body?.removed ?? []) : [];

  const meta = loaded.kind === 'ready' ? loaded.meta : null;
  const dir = meta ? articleDirection(meta.lang, meta.dir) : 'auto';
  const article = useArticleActions(db, meta, reload);

  return (
    <div
      ref={rootRef}
      class="lectern-root lectern-reader-page"
      data-theme={settings.theme}
      style={settingsStyle(settings)}
      onPointerDown={shell.onPointerDown}
    >
      <ReaderChrome
        shell={shell}
        as="header"
        progress={progress}
        dir={dir}
        lead={
          <a class="lectern-brand" href="/library.html" title="Back to the library">
            ← Library
          </a>
        }
        actions={
          <>
            {article.buttons}
            <button type="button" class="lectern-button" onClick={() => window.print()}>
              Print
            </button>
            {meta && (
              <a class="lectern-button" href={meta.url} target="_blank" rel="noopener noreferrer">
                Original
              </a>
            )}
            <a class="lectern-button" href="/options.html" title="Lectern settings, import and export">
              Settings
            </a>
          </>
        }
        removed={removed}
        canListen={!!(loaded.kind === 'ready' && loaded.body)}
        reading={meta && { articleRef, lang: meta.lang, contentKey: restoredIds.join(',') }}
        omitShortcuts={['save']}
      />
      <main>
        {article.below}
        {shell.restoreError && (
          <p class="lectern-notice" role="alert">
            {shell.restoreError}
          </p>
        )}
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
        {loaded.kind === 'ready' && showImages && loaded.body && (
          <HighlightLayer
            articleRef={articleRef}
            source={highlightSource}
            contentKey={restoredIds.join(',')}
            article={loaded.meta}
          />
        )}
      </main>
    </div>
  );
}
