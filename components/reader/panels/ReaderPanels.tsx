import type { ComponentChildren } from 'preact';
import type { RemovedBlock } from '@/utils/article';
import type { ReadingSettings } from '@/utils/settings';
import type { ReaderKeyAction } from '../reader-keys';
import { RemovedBlocksPanel } from './RemovedBlocksPanel';
import { SettingsPanel } from './SettingsPanel';
import { ShortcutsPanel } from './ShortcutsPanel';

export type Panel = 'none' | 'settings' | 'removed' | 'shortcuts';

interface ToggleProps {
  panel: Exclude<Panel, 'none'>;
  open: Panel;
  onToggle: (panel: Panel) => void;
  label?: string;
  children: ComponentChildren;
}

/** A toolbar button that opens one panel and closes it again. */
function PanelToggle({ panel, open, onToggle, label, children }: ToggleProps) {
  return (
    <button
      type="button"
      class="lectern-button"
      data-panel-toggle={panel}
      aria-expanded={open === panel}
      aria-label={label}
      onClick={() => onToggle(open === panel ? 'none' : panel)}
    >
      {children}
    </button>
  );
}

interface PopoverProps {
  open: Panel;
  settings: ReadingSettings;
  onSettings: (settings: ReadingSettings) => void;
  removed: RemovedBlock[];
  restoredIds: number[];
  onRestore: (id: number) => void;
  omitShortcuts?: ReaderKeyAction[];
}

/**
 * The open panel, dropped down under the sticky toolbar: wherever the reader has scrolled to,
 * the settings appear where the button is, over the article they change.
 */
export function ReaderPopover({
  open,
  settings,
  onSettings,
  removed,
  restoredIds,
  onRestore,
  omitShortcuts,
}: PopoverProps) {
  if (open === 'none') return null;
  return (
    <div class="lectern-popover" data-panel={open}>
      {open === 'settings' && <SettingsPanel settings={settings} onChange={onSettings} />}
      {open === 'shortcuts' && <ShortcutsPanel omit={omitShortcuts} />}
      {open === 'removed' && (
        <RemovedBlocksPanel removed={removed} restoredIds={restoredIds} onToggle={onRestore} />
      )}
    </div>
  );
}

interface ToolsProps {
  removedCount: number;
  /** False while there is no article to read aloud. */
  canListen: boolean;
  listening: boolean;
  onListen: (listening: boolean) => void;
  open: Panel;
  onToggle: (panel: Panel) => void;
  /** In the narrow toolbar's "More" list: each button says what it is in words ("Aa" does not). */
  inMenu?: boolean;
}

/** The toolbar buttons both readers share: removed blocks, read aloud, settings, shortcuts. */
export function ReaderTools({
  removedCount,
  canListen,
  listening,
  onListen,
  open,
  onToggle,
  inMenu = false,
}: ToolsProps) {
  return (
    <>
      {removedCount > 0 && (
        <PanelToggle panel="removed" open={open} onToggle={onToggle}>
          Removed {removedCount} {removedCount === 1 ? 'block' : 'blocks'}
        </PanelToggle>
      )}
      {canListen && (
        <button
          type="button"
          class="lectern-button"
          aria-expanded={listening}
          data-listen-toggle
          onClick={() => onListen(!listening)}
        >
          Listen
        </button>
      )}
      <PanelToggle
        panel="settings"
        open={open}
        onToggle={onToggle}
        label={inMenu ? undefined : 'Reading settings'}
      >
        {inMenu ? 'Reading settings (Aa)' : 'Aa'}
      </PanelToggle>
      <PanelToggle
        panel="shortcuts"
        open={open}
        onToggle={onToggle}
        label={inMenu ? undefined : 'Keyboard shortcuts'}
      >
        {inMenu ? 'Keyboard shortcuts (?)' : '?'}
      </PanelToggle>
    </>
  );
}
