import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExtractResult } from '@/utils/article';
import { send } from '@/utils/send';
import { candidatesInHtml } from '@/utils/offline-images/candidates';
import { settingsStyle } from '@/utils/settings';
import { ArticleView } from '../article/ArticleView';
import { articleDirection } from '../article/text-direction';
import { ReaderChrome } from '../ReaderChrome';
import { useReaderShell } from '../useReaderShell';
import { OverlayNotices } from './OverlayNotices';
import { HighlightLayer } from '../highlights/HighlightLayer';
import { overlaySource } from '../highlights/source';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; updated: boolean }
  | { kind: 'error'; message: string };

interface Props {
  /** null while the page is being read. */
  result: ExtractResult | null;
  pageUrl: string;
  /** A large frame from another site, which the reader could not look into (read-page.ts). */
  foreignFrame?: string | null;
  onClose: () => void;
}

export function ReaderOverlay({ result, pageUrl, foreignFrame = null, onClose }: Props) {
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [showFallback, setShowFallback] = useState(false);
  const [progress, setProgress] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const article = result?.article ?? null;
  const dir = article ? articleDirection(article.lang, article.dir) : 'auto';

  const doSave = async (ids = shell.restoredIds): Promise<boolean> => {
    if (!article || !result || save.kind === 'saving') return false;
    setSave({ kind: 'saving' });
    try {
      // The blocks the reader put back are part of the saved copy, pictures included.
      const shown = [
        article.html,
        ...result.removed.filter((block) => ids.includes(block.id)).map((b) => b.html),
      ];
      const response = await send({
        type: 'article/save',
        article,
        removed: result.removed,
        restoredIds: ids,
        images: candidatesInHtml(shown.join('\n'), new DOMParser()),
      });
      setSave(
        response.ok
          ? { kind: 'saved', updated: response.updated }
          : { kind: 'error', message: response.error },
      );
      return response.ok;
    } catch (error) {
      setSave({ kind: 'error', message: `Not saved: ${(error as Error).message}` });
      return false;
    }
  };
  // A highlight belongs to a saved copy: the first one on a page not yet saved saves it, and says so.
  const latest = useRef({ save, doSave });
  latest.current = { save, doSave };
  const [savedForHighlight, setSavedForHighlight] = useState(false);
  const highlightSource = useMemo(
    () =>
      article &&
      overlaySource(article.url, async () => {
        if (latest.current.save.kind === 'saved') return true;
        const saved = await latest.current.doSave();
        setSavedForHighlight(saved);
        return saved;
      }),
    [article?.url],
  );

  const shell = useReaderShell({
    rootRef: scroller,
    modal: { onClose, onSave: () => void doSave() },
    // The saved copy keeps the reader's choice (doSave shows its own failure).
    onRestored: async (ids) => void (save.kind === 'saved' && (await doSave(ids))),
  });
  const { settings, restoredIds } = shell;

  // Focus starts on the reader itself, not a button: Space and Page Down then scroll the
  // article (on the close button, Space would close it).
  useEffect(() => scroller.current?.focus({ preventScroll: true }), []);
  useEffect(() => {
    if (!article) return;
    void send({ type: 'article/lookup', url: article.url })
      .then((response) => response.ok && response.id && setSave({ kind: 'saved', updated: false }))
      .catch(() => undefined);
  }, [article?.url]);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    const max = element.scrollHeight - element.clientHeight;
    setProgress(max > 0 ? element.scrollTop / max : 1);
  };

  const saveLabel = save.kind === 'saving' ? 'Saving…' : save.kind === 'saved' ? 'Saved ✓' : 'Save';
  const removed = result?.removed ?? [];
  const showBody = showFallback && result?.fallbackHtml ? result.fallbackHtml : (article?.html ?? null);

  return (
    <div
      ref={scroller}
      class="lectern-root lectern-overlay"
      // The reader's own words are English and read left to right, whatever the page's
      // <html lang dir> (which the host would otherwise inherit); the article sets its own.
      lang="en"
      dir="ltr"
      data-theme={settings.theme}
      style={settingsStyle(settings)}
      role="dialog"
      aria-modal="true"
      aria-label={article ? `Reader: ${article.title}` : 'Lectern reader'}
      tabIndex={-1}
      onScroll={onScroll}
      onPointerDown={shell.onPointerDown}
    >
      <ReaderChrome
        shell={shell}
        as="div"
        progress={progress}
        dir={dir}
        lead={
          <>
            <span class="lectern-brand">Lectern</span>
            <span class="lectern-status" role="status" aria-live="polite">
              {save.kind !== 'saved'
                ? ''
                : savedForHighlight
                  ? 'Saved to your library to keep your highlight'
                  : save.updated
                    ? 'Updated in your library'
                    : 'In your library'}
            </span>
          </>
        }
        actions={
          <>
            <button type="button" class="lectern-button" onClick={() => void send({ type: 'library/open' })}>
              Library
            </button>
          </>
        }
        primary={
          <>
            <button
              type="button"
              class="lectern-button primary"
              disabled={!article}
              aria-busy={save.kind === 'saving'}
              onClick={() => void doSave()}
              aria-keyshortcuts="s"
            >
              {saveLabel}
            </button>
            <button
              type="button"
              class="lectern-button lectern-icon-button"
              aria-label="Close reader"
              aria-keyshortcuts="Escape"
              onClick={onClose}
            >
              ×
            </button>
          </>
        }
        removed={removed}
        canListen={!!article}
        reading={
          article && {
            articleRef,
            lang: article.lang,
            contentKey: `${showFallback}:${restoredIds.join(',')}`,
          }
        }
      />
      {save.kind === 'error' && (
        <p class="lectern-notice" role="alert">
          {save.message}
        </p>
      )}
      <OverlayNotices
        result={result}
        foreignFrame={foreignFrame}
        showFallback={showFallback}
        onShowFallback={setShowFallback}
      />
      {showBody !== null && (
        <ArticleView
          articleRef={articleRef}
          header={article}
          html={showBody}
          baseUrl={showFallback ? pageUrl : (article?.url ?? pageUrl)}
          removed={showFallback ? [] : removed}
          restoredIds={showFallback ? [] : restoredIds}
          lang={article?.lang ?? null}
          dir={article?.dir ?? null}
        />
      )}
      {article && !showFallback && (
        <HighlightLayer
          articleRef={articleRef}
          source={highlightSource}
          contentKey={`${save.kind === 'saved'}:${restoredIds.join(',')}`}
          article={article}
        />
      )}
    </div>
  );
}
