/** The reader's keyboard shortcuts: one table for the overlay, the reader page and the "?" list. */

export type ReaderKeyAction = 'close' | 'save' | 'bigger' | 'smaller' | 'theme' | 'shortcuts';

const KEYS: Record<string, ReaderKeyAction> = {
  Escape: 'close',
  s: 'save',
  '+': 'bigger',
  '=': 'bigger',
  '-': 'smaller',
  t: 'theme',
  '?': 'shortcuts',
};

export const SHORTCUTS: Array<{ keys: string[]; what: string; action?: ReaderKeyAction }> = [
  { keys: ['Esc'], what: 'Close the open panel, or the reader', action: 'close' },
  { keys: ['s'], what: 'Save to your library', action: 'save' },
  { keys: ['+', '-'], what: 'Larger or smaller text', action: 'bigger' },
  { keys: ['t'], what: 'Next theme: light, sepia, dark, system', action: 'theme' },
  { keys: ['?'], what: 'Show or hide these shortcuts', action: 'shortcuts' },
  { keys: ['h'], what: 'Highlight the selected text' },
  { keys: ['Space', 'Shift+Space'], what: 'Scroll down or up a screen' },
];

/** Inputs where letters are text, not commands. Sliders, radios and buttons take shortcuts. */
const NOT_TEXT = /^(?:range|radio|checkbox|button|submit|reset|color|file|image)$/;

export function isTextEntry(target: EventTarget | null): boolean {
  if (!target || !(target as Element).tagName) return false;
  const element = target as HTMLElement;
  if (element.isContentEditable || /^(?:TEXTAREA|SELECT)$/.test(element.tagName)) return true;
  return element.tagName === 'INPUT' && !NOT_TEXT.test((element as HTMLInputElement).type);
}

/** What a key press asks of the reader, or null when it is not a reader shortcut here. */
export function readerKeyAction(event: KeyboardEvent): ReaderKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  const action = KEYS[event.key];
  if (!action || action === 'close') return action ?? null;
  // Composed path: inside a shadow root the event's target is retargeted to the host.
  return isTextEntry(event.composedPath()[0] ?? event.target) ? null : action;
}
