import { useEffect, useRef, useState } from 'preact/hooks';
import { getArticle, setRestoredBlocks, updateMeta } from '@/utils/library/articles';
import { openLibraryDb } from '@/utils/library/db';
import type { ArticleBody, ArticleMeta } from '@/utils/library/schema';
import { settingsStyle } from '@/utils/settings';
import { ArticleHeader } from './ArticleHeader';
import { RemovedBlocksPanel } from './RemovedBlocksPanel';
import { SafeHtmlView } from './SafeHtmlView';
import { SettingsPanel } from './SettingsPanel';
import { ShortcutsPanel } from './ShortcutsPanel';
import { nextTheme, useReadingSettings } from './useReadingSettings';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; meta: ArticleMeta; body: ArticleBody | undefined };
type Panel = 'none' | 'settings' | 'removed' | 'shortcuts';

/** Fraction of the page scrolled, 0..1. */
function scrollFraction(): number {
  const max = document.documentElement.scrollHeight - window.innerHeight;
  return max > 0 ? Math.min(1, window.scrollY / max) : 1;
}

/** The saved copy of an article (reader.html?id=…): works offline, remembers where you were. */
export function SavedReader({ id }: { id: string }) {
  const [settings, setSettings] = useReadingSettings();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [panel, setPanel] = useState<Panel>('none');
  const [restoredIds, setRestoredIds] = useState<number[]>([]);
  const [progress, setProgress] = useState(0);
  const saveTimer = useRef(0);

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

  // Restore the reading position once the article is on screen.
  useEffect(() => {
    if (loaded.kind !== 'ready' || !loaded.meta.progress) return;
    const target = loaded.meta.progress;
    requestAnimationFrame(() =>
      window.scrollTo(0, target * (document.documentElement.scrollHeight - window.innerHeight)),
    );
  }, [loaded.kind]);

  useEffect(() => {
    if (loaded.kind !== 'ready') return;
    const onScroll = () => {
      const fraction = scrollFraction();
      setProgress(fraction);
      window.clearTimeout(saveTimer.current);
      saveTimer.current = window.setTimeout(async () => {
        const change: Partial<ArticleMeta> = { progress: fraction };
        if (fraction >= 0.98 && !loaded.meta.readAt) change.readAt = Date.now();
        await updateMeta(await openLibraryDb(), id, change);
      }, 400);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [loaded.kind]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        /^(INPUT|SELECT|TEXTAREA)$/.test((event.target as HTMLElement).tagName)
      )
        return;
      if (event.key === 'Escape') setPanel('none');
      else if (event.key === '+' || event.key === '=')
        setSettings({ ...settings, fontSize: Math.min(32, settings.fontSize + 1) });
      else if (event.key === '-') setSettings({ ...settings, fontSize: Math.max(12, settings.fontSize - 1) });
      else if (event.key === 't') setSettings({ ...settings, theme: nextTheme(settings.theme) });
      else if (event.key === '?') setPanel(panel === 'shortcuts' ? 'none' : 'shortcuts');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [settings, panel]);

  const toggleRestored = async (blockId: number) => {
    const next = restoredIds.includes(blockId)
      ? restoredIds.filter((value) => value !== blockId)
      : [...restoredIds, blockId];
    setRestoredIds(next);
    await setRestoredBlocks(await openLibraryDb(), id, next);
  };

  document.documentElement.dataset.theme = settings.theme;
  const removed = loaded.kind === 'ready' ? (loaded.body?.removed ?? []) : [];

  return (
    <div class="lectern-root lectern-reader-page" data-theme={settings.theme} style={settingsStyle(settings)}>
      <div class="lectern-progress" style={{ transform: `scaleX(${progress})` }} aria-hidden="true" />
      <div class="lectern-toolbar" role="toolbar" aria-label="Reader controls">
        <a class="lectern-brand" href="/popup.html?view=tab">
          Lectern library
        </a>
        {removed.length > 0 && (
          <button
            type="button"
            class="lectern-button"
            aria-expanded={panel === 'removed'}
            onClick={() => setPanel(panel === 'removed' ? 'none' : 'removed')}
          >
            Removed {removed.length} {removed.length === 1 ? 'block' : 'blocks'}
          </button>
        )}
        <button
          type="button"
          class="lectern-button"
          aria-label="Reading settings"
          aria-expanded={panel === 'settings'}
          onClick={() => setPanel(panel === 'settings' ? 'none' : 'settings')}
        >
          Aa
        </button>
        <button type="button" class="lectern-button" onClick={() => window.print()}>
          Print
        </button>
        {loaded.kind === 'ready' && (
          <a class="lectern-button" href={loaded.meta.url} target="_blank" rel="noopener noreferrer">
            Original
          </a>
        )}
      </div>
      {panel === 'settings' && <SettingsPanel settings={settings} onChange={setSettings} />}
      {panel === 'shortcuts' && <ShortcutsPanel />}
      {panel === 'removed' && (
        <RemovedBlocksPanel
          removed={removed}
          restoredIds={restoredIds}
          onToggle={(blockId) => void toggleRestored(blockId)}
        />
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
      {loaded.kind === 'ready' && (
        <main>
          <article class="lectern-article">
            <ArticleHeader {...loaded.meta} />
            {loaded.body ? (
              <SafeHtmlView
                class="lectern-body"
                html={loaded.body.html}
                baseUrl={loaded.meta.url}
                removed={removed}
                restoredIds={restoredIds}
                lang={loaded.meta.lang}
                dir={loaded.meta.dir}
              />
            ) : (
              <p>
                Only the link was saved for this article. <a href={loaded.meta.url}>Open the original page</a>
                .
              </p>
            )}
          </article>
        </main>
      )}
    </div>
  );
}
