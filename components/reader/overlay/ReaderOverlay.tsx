import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExtractResult } from '@/utils/article';
import { send } from '@/utils/send';
import { candidatesInHtml } from '@/utils/offline-images/candidates';
import { nextTheme, settingsStyle, stepFontSize } from '@/utils/settings';
import { ArticleView } from '../article/ArticleView';
import { trapTab } from '../focus-trap';
import { OverlayNotices } from './OverlayNotices';
import { ReadAloud } from '../read-aloud/ReadAloud';
import { readerKeyAction } from '../reader-keys';
import { closePanelFromInside, ReaderPopover, ReaderTools, type Panel } from '../panels/ReaderPanels';
import { ReadingProgress } from '../ReadingProgress';
import { articleDirection } from '../article/text-direction';
import { useReaderKeys } from '../useReaderKeys';
import { useReadingSettings } from '../../shared/useReadingSettings';

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
  const [settings, setSettings] = useReadingSettings();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [panel, setPanel] = useState<Panel>('none');
  const [listening, setListening] = useState(false);
  const [restoredIds, setRestoredIds] = useState<number[]>([]);
  const [showFallback, setShowFallback] = useState(false);
  const [progress, setProgress] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const article = result?.article ?? null;
  const dir = article ? articleDirection(article.lang, article.dir) : 'auto';

  // Focus starts on the reader itself, not a button: Space and Page Down then scroll the
  // article (on the close button, Space would close it).
  useEffect(() => scroller.current?.focus({ preventScroll: true }), []);
  useEffect(() => {
    if (!article) return;
    void send({ type: 'article/lookup', url: article.url })
      .then((response) => response.ok && response.id && setSave({ kind: 'saved', updated: false }))
      .catch(() => undefined);
  }, [article?.url]);

  const doSave = async (ids = restoredIds) => {
    if (!article || !result || save.kind === 'saving') return;
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
    } catch (error) {
      setSave({ kind: 'error', message: `Not saved: ${(error as Error).message}` });
    }
  };

  const toggleRestored = (id: number) => {
    const next = restoredIds.includes(id)
      ? restoredIds.filter((value) => value !== id)
      : [...restoredIds, id];
    setRestoredIds(next);
    // The saved copy keeps the reader's choice.
    if (save.kind === 'saved') void doSave(next);
  };

  useReaderKeys(
    (event) => {
      const root = scroller.current;
      if (!root) return;
      if (event.key === 'Tab') return trapTab(root, event);
      const action = readerKeyAction(event);
      if (!action) return;
      event.preventDefault();
      if (action === 'close') {
        if (!closePanelFromInside(root, panel, () => setPanel('none'))) onClose();
      } else if (action === 'save') void doSave();
      else if (action === 'bigger' || action === 'smaller')
        setSettings(stepFontSize(settings, action === 'bigger' ? 1 : -1));
      else if (action === 'theme') setSettings({ ...settings, theme: nextTheme(settings.theme) });
      else if (action === 'shortcuts') setPanel(panel === 'shortcuts' ? 'none' : 'shortcuts');
    },
    { modal: true },
  );

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
      onPointerDown={(event) => {
        // A click on the article closes the open panel, as with any dropdown.
        if (panel !== 'none' && !(event.target as Element).closest('.lectern-chrome')) setPanel('none');
      }}
    >
      <div class="lectern-chrome">
        <ReadingProgress value={progress} dir={dir} />
        <div class="lectern-toolbar" role="toolbar" aria-label="Reader controls">
          <span class="lectern-brand">Lectern</span>
          <span class="lectern-status" role="status" aria-live="polite">
            {save.kind === 'saved' ? (save.updated ? 'Updated in your library' : 'In your library') : ''}
          </span>
          <ReaderTools
            removedCount={removed.length}
            canListen={!!article}
            listening={listening}
            onListen={setListening}
            open={panel}
            onToggle={setPanel}
          />
          <button type="button" class="lectern-button" onClick={() => void send({ type: 'library/open' })}>
            Library
          </button>
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
        </div>
        {listening && article && (
          <ReadAloud
            articleRef={articleRef}
            lang={article.lang}
            rate={settings.speechRate}
            onRateChange={(speechRate) => setSettings({ ...settings, speechRate })}
            contentKey={`${showFallback}:${restoredIds.join(',')}`}
            onClose={() => setListening(false)}
          />
        )}
        <ReaderPopover
          open={panel}
          settings={settings}
          onSettings={setSettings}
          removed={removed}
          restoredIds={restoredIds}
          onRestore={toggleRestored}
        />
      </div>
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
    </div>
  );
}
