import type { ComponentChildren, RefObject } from 'preact';
import type { RemovedBlock } from '@/utils/article';
import { ReaderPopover, ReaderTools } from './panels/ReaderPanels';
import { ReadAloud } from './read-aloud/ReadAloud';
import type { ReaderKeyAction } from './reader-keys';
import { ReadingProgress } from './ReadingProgress';
import { ToolbarMenu } from './toolbar/ToolbarMenu';
import { useMediaQuery } from './toolbar/useMediaQuery';
import type { ReaderShell } from './useReaderShell';

/** Below this width the toolbar keeps its first row for the main actions and "More". */
const NARROW = '(max-width: 499.98px)';

interface Props {
  shell: ReaderShell;
  /** The overlay's chrome is a div inside its dialog; the reader page's is the page's header. */
  as: 'div' | 'header';
  progress: number;
  dir: 'ltr' | 'rtl' | 'auto';
  /** Before the shared tools: the name (and, in the overlay, the save status). */
  lead: ComponentChildren;
  /** After the shared tools: each reader's own buttons (in "More" in a narrow window). */
  actions: ComponentChildren;
  /** Last, and always on the first row: the overlay's Save and Close. */
  primary?: ComponentChildren;
  removed: RemovedBlock[];
  /** False while there is nothing to read aloud. */
  canListen: boolean;
  /** What read aloud reads: the rendered article's language, and a key that changes with it. */
  reading: { articleRef: RefObject<HTMLElement>; lang: string | null; contentKey: string } | null;
  omitShortcuts?: ReaderKeyAction[];
}

/**
 * The reader's sticky chrome, the same in the overlay and on the saved copy's page: progress,
 * the toolbar with the shared tools, the read-aloud bar and the panel dropped down from it.
 */
export function ReaderChrome({
  shell,
  as: Tag,
  progress,
  dir,
  lead,
  actions,
  primary,
  removed,
  canListen,
  reading,
  omitShortcuts,
}: Props) {
  const { settings, setSettings } = shell;
  const narrow = useMediaQuery(NARROW);
  const tools = (
    <ReaderTools
      removedCount={removed.length}
      canListen={canListen}
      listening={shell.listening}
      onListen={shell.setListening}
      open={shell.panel}
      onToggle={shell.setPanel}
      inMenu={narrow}
    />
  );
  return (
    <Tag class="lectern-chrome">
      <ReadingProgress value={progress} dir={dir} />
      <div class="lectern-toolbar" role="toolbar" aria-label="Reader controls">
        {lead}
        {narrow ? (
          <ToolbarMenu open={shell.menuOpen} onOpen={shell.setMenuOpen}>
            {tools}
            <hr />
            {actions}
          </ToolbarMenu>
        ) : (
          <>
            {tools}
            {actions}
          </>
        )}
        {primary}
      </div>
      {shell.listening && reading && (
        <ReadAloud
          articleRef={reading.articleRef}
          lang={reading.lang}
          rate={settings.speechRate}
          onRateChange={(speechRate) => setSettings({ ...settings, speechRate })}
          contentKey={reading.contentKey}
          onClose={() => shell.setListening(false)}
        />
      )}
      <ReaderPopover
        open={shell.panel}
        settings={settings}
        onSettings={setSettings}
        removed={removed}
        restoredIds={shell.restoredIds}
        onRestore={(id) => void shell.toggleRestored(id)}
        omitShortcuts={omitShortcuts}
      />
    </Tag>
  );
}
