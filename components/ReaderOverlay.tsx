import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExtractResult } from '@/utils/article';
import { send } from '@/utils/messages';
import { settingsStyle } from '@/utils/settings';
import { ArticleHeader } from './ArticleHeader';
import { RemovedBlocksPanel } from './RemovedBlocksPanel';
import { SafeHtmlView } from './SafeHtmlView';
import { SettingsPanel } from './SettingsPanel';
import { ShortcutsPanel } from './ShortcutsPanel';
import { nextTheme, useReadingSettings } from './useReadingSettings';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; updated: boolean }
  | { kind: 'error'; message: string };
type Panel = 'none' | 'settings' | 'removed' | 'shortcuts';

interface Props {
  /** null while the page is being read. */
  result: ExtractResult | null;
  pageUrl: string;
  onClose: () => void;
}

export function ReaderOverlay({ result, pageUrl, onClose }: Props) {
  const [settings, setSettings] = useReadingSettings();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [panel, setPanel] = useState<Panel>('none');
  const [restoredIds, setRestoredIds] = useState<number[]>([]);
  const [showFallback, setShowFallback] = useState(false);
  const [progress, setProgress] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const article = result?.article ?? null;

  useEffect(() => closeButton.current?.focus(), []);
  useEffect(() => {
    if (!article) return;
    void send({ type: 'article/lookup', url: article.url })
      .then((response) => response.ok && response.id && setSave({ kind: 'saved', updated: false }))
      .catch(() => undefined);
  }, [article?.url]);

  const doSave = async (ids = restoredIds) => {
    if (!article || !result) return;
    setSave({ kind: 'saving' });
    try {
      const response = await send({
        type: 'article/save',
        article,
        removed: result.removed,
        restoredIds: ids,
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

  const onKeyDown = (event: KeyboardEvent) => {
    // Composed path: inside the shadow root the event's target is retargeted to the host.
    const target = (event.composedPath()[0] ?? event.target) as HTMLElement | null;
    const typing = !!target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key === 'Tab') return trapFocus(event);
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 's') void doSave();
    else if (event.key === '+' || event.key === '=')
      setSettings({ ...settings, fontSize: Math.min(32, settings.fontSize + 1) });
    else if (event.key === '-') setSettings({ ...settings, fontSize: Math.max(12, settings.fontSize - 1) });
    else if (event.key === 't') setSettings({ ...settings, theme: nextTheme(settings.theme) });
    else if (event.key === '?') setPanel(panel === 'shortcuts' ? 'none' : 'shortcuts');
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const trapFocus = (event: KeyboardEvent) => {
    const root = scroller.current;
    if (!root) return;
    const focusable = Array.from(
      root.querySelectorAll<HTMLElement>('button, a[href], select, input, [tabindex="0"]'),
    ).filter((element) => !element.hasAttribute('disabled'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = (root.getRootNode() as ShadowRoot).activeElement;
    if (!first || !last) return;
    if (!active) {
      // Focus had left the reader (e.g. to the page's body): bring it back.
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    } else if (event.shiftKey && active === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  // The reader is modal: it takes the keyboard wherever focus is, for as long as it is open.
  const keyHandler = useRef(onKeyDown);
  keyHandler.current = onKeyDown;
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keyHandler.current(event);
    window.addEventListener('keydown', listener, true);
    return () => window.removeEventListener('keydown', listener, true);
  }, []);

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    const max = element.scrollHeight - element.clientHeight;
    setProgress(max > 0 ? element.scrollTop / max : 1);
  };

  const saveLabel = save.kind === 'saving' ? 'Saving…' : save.kind === 'saved' ? 'Saved ✓' : 'Save';
  const removedCount = result?.removed.length ?? 0;

  return (
    <div
      ref={scroller}
      class="lectern-root lectern-overlay"
      data-theme={settings.theme}
      style={settingsStyle(settings)}
      role="dialog"
      aria-modal="true"
      aria-label={article ? `Reader: ${article.title}` : 'Lectern reader'}
      onScroll={onScroll}
    >
      <div class="lectern-progress" style={{ transform: `scaleX(${progress})` }} aria-hidden="true" />
      <div class="lectern-toolbar" role="toolbar" aria-label="Reader controls">
        <span class="lectern-brand">Lectern</span>
        <span class="lectern-status" role="status" aria-live="polite">
          {save.kind === 'saved'
            ? save.updated
              ? 'Updated in your library'
              : 'In your library'
            : save.kind === 'error'
              ? save.message
              : ''}
        </span>
        {removedCount > 0 && (
          <button
            type="button"
            class="lectern-button"
            aria-expanded={panel === 'removed'}
            onClick={() => setPanel(panel === 'removed' ? 'none' : 'removed')}
          >
            Removed {removedCount} {removedCount === 1 ? 'block' : 'blocks'}
          </button>
        )}
        <button
          type="button"
          class="lectern-button"
          aria-expanded={panel === 'settings'}
          aria-label="Reading settings"
          onClick={() => setPanel(panel === 'settings' ? 'none' : 'settings')}
        >
          Aa
        </button>
        <button type="button" class="lectern-button" onClick={() => void send({ type: 'library/open' })}>
          Library
        </button>
        <button
          type="button"
          class="lectern-button primary"
          disabled={!article}
          aria-busy={save.kind === 'saving'}
          onClick={() => save.kind !== 'saving' && void doSave()}
          aria-keyshortcuts="s"
        >
          {saveLabel}
        </button>
        <button
          ref={closeButton}
          type="button"
          class="lectern-button lectern-icon-button"
          aria-label="Close reader"
          aria-keyshortcuts="Escape"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {panel === 'settings' && <SettingsPanel settings={settings} onChange={setSettings} />}
      {panel === 'shortcuts' && <ShortcutsPanel />}
      {panel === 'removed' && result && (
        <RemovedBlocksPanel removed={result.removed} restoredIds={restoredIds} onToggle={toggleRestored} />
      )}
      {save.kind === 'error' && (
        <p class="lectern-notice" role="alert">
          {save.message}
        </p>
      )}
      {!result && <p class="lectern-notice">Reading this page…</p>}
      {result && !article && (
        <div class="lectern-notice lectern-no-article" role="alert">
          <strong>{result.notice ?? 'No article found on this page.'}</strong>
          {result.fallbackHtml && !showFallback && (
            <p>
              <button type="button" class="lectern-button" onClick={() => setShowFallback(true)}>
                Show the page's main text anyway
              </button>
            </p>
          )}
        </div>
      )}
      {result && article && result.confidence === 'low' && (
        <div class="lectern-notice" role="note">
          {result.notice}{' '}
          {result.fallbackHtml && (
            <button type="button" class="lectern-button" onClick={() => setShowFallback(!showFallback)}>
              {showFallback ? 'Show the cleaned article' : "Show the page's whole main section"}
            </button>
          )}
        </div>
      )}
      {(article || showFallback) && (
        <article class="lectern-article">
          {article && <ArticleHeader {...article} />}
          {showFallback && result?.fallbackHtml ? (
            <SafeHtmlView class="lectern-body" html={result.fallbackHtml} baseUrl={pageUrl} />
          ) : (
            article && (
              <SafeHtmlView
                class="lectern-body"
                html={article.html}
                baseUrl={article.url}
                removed={result?.removed}
                restoredIds={restoredIds}
                lang={article.lang}
                dir={article.dir}
              />
            )
          )}
        </article>
      )}
    </div>
  );
}
