/**
 * What the overlay and the saved copy's page share around the article: the reading settings,
 * the open panel, read aloud, the blocks put back, and the keyboard. One place, so the two
 * readers behave alike (they had drifted: Escape with a panel open closed the whole overlay).
 */
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { nextTheme, stepFontSize } from '@/utils/settings';
import { useReadingSettings } from '../shared/useReadingSettings';
import { trapTab } from './focus-trap';
import type { Panel } from './panels/ReaderPanels';
import { readerKeyAction } from './reader-keys';
import { useReaderKeys } from './useReaderKeys';

interface Options {
  /** The reader's root element: panels and their buttons are found in it. */
  rootRef: RefObject<HTMLElement>;
  /**
   * The overlay: a modal over the page. It takes the keyboard (keys never reach the page), keeps
   * Tab inside, saves on "s", and Escape closes it once no panel is open.
   */
  modal?: { onClose: () => void; onSave: () => void };
  /** Keeps the blocks the reader put back; a failure is shown (`restoreError`), not swallowed. */
  onRestored: (ids: number[]) => Promise<void> | void;
}

export type ReaderShell = ReturnType<typeof useReaderShell>;

export function useReaderShell({ rootRef, modal, onRestored }: Options) {
  const [settings, setSettings] = useReadingSettings();
  const [panel, setPanel] = useState<Panel>('none');
  /** The toolbar's "More" list, in a narrow window (toolbar/ToolbarMenu.tsx). */
  const [menuOpen, setMenuOpen] = useState(false);
  const [listening, setListening] = useState(false);
  const [restoredIds, setRestoredIds] = useState<number[]>([]);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  /** Closes the open panel; focus that was in it goes back to the panel's button. */
  const closePanel = (root: HTMLElement) => {
    const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
    const inside = !!active && !!root.querySelector('.lectern-popover')?.contains(active);
    setPanel('none');
    // In a narrow window the panel's button is in the closed "More" list: focus goes to "More".
    if (inside)
      root.querySelector<HTMLElement>(`[data-panel-toggle="${panel}"], [data-reader-menu]`)?.focus();
  };

  /** Closes the "More" list, giving focus back to its button when it was inside. */
  const closeMenu = (root: HTMLElement) => {
    const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
    setMenuOpen(false);
    if (active && root.querySelector('.lectern-toolbar-menu')?.contains(active))
      root.querySelector<HTMLElement>('[data-reader-menu]')?.focus();
  };

  useReaderKeys(
    (event) => {
      const root = rootRef.current;
      if (!root) return;
      if (modal && event.key === 'Tab') return trapTab(root, event);
      const action = readerKeyAction(event);
      if (!action) return;
      if (action === 'save') {
        if (!modal) return;
        modal.onSave();
      } else if (action === 'close') {
        // Escape closes what is open, innermost first: the "More" list, a panel, then the
        // overlay (the saved copy's page, which has nothing to close, stops reading aloud).
        if (menuOpen) closeMenu(root);
        else if (panel !== 'none') closePanel(root);
        else if (modal) modal.onClose();
        else if (listening) setListening(false);
        else return;
      } else if (action === 'bigger' || action === 'smaller')
        setSettings(stepFontSize(settings, action === 'bigger' ? 1 : -1));
      else if (action === 'theme') setSettings({ ...settings, theme: nextTheme(settings.theme) });
      else if (action === 'shortcuts') setPanel(panel === 'shortcuts' ? 'none' : 'shortcuts');
      event.preventDefault();
    },
    { modal: !!modal },
  );

  const toggleRestored = async (id: number) => {
    const next = restoredIds.includes(id)
      ? restoredIds.filter((value) => value !== id)
      : [...restoredIds, id];
    setRestoredIds(next);
    setRestoreError(null);
    try {
      await onRestored(next);
    } catch (error) {
      setRestoreError(`Not saved: ${(error as Error).message}`);
    }
  };

  /** A click on the article closes the open panel, as with any dropdown; outside "More", the list. */
  const onPointerDown = (event: PointerEvent) => {
    const target = event.target as Element;
    if (panel !== 'none' && !target.closest('.lectern-chrome')) setPanel('none');
    if (menuOpen && !target.closest('.lectern-toolbar-menu, [data-reader-menu]')) setMenuOpen(false);
  };

  return {
    settings,
    setSettings,
    panel,
    setPanel,
    menuOpen,
    setMenuOpen,
    listening,
    setListening,
    restoredIds,
    setRestoredIds,
    toggleRestored,
    restoreError,
    onPointerDown,
  };
}
