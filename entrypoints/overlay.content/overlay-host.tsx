import { render } from 'preact';
import { ReaderOverlay } from '@/components/ReaderOverlay';
import type { ExtractResult } from '@/utils/article';
import { extract } from '@/utils/extract';
import readerCss from '@/components/reader.css?inline';

const HOST_TAG = 'lectern-reader';

/** Host styles set with !important so no page rule (even `* { … !important }`) can reach them. */
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  inset: '0',
  width: '100vw',
  height: '100vh',
  'z-index': '2147483647',
  display: 'block',
  'pointer-events': 'auto',
  opacity: '1',
  visibility: 'visible',
  transform: 'none',
  filter: 'none',
};

const SHADOW_CSS = `:host{all:initial}
.lectern-overlay{position:absolute;inset:0;overflow-y:auto;overscroll-behavior:contain}
${readerCss}`;

interface OpenReader {
  close: () => void;
}

/**
 * Each injection evaluates this bundle afresh, so the open reader is remembered on the content
 * script's own window (the extension's isolated world, invisible to the page).
 */
const STATE_KEY = '__lecternOpenReader';
const getOpen = (win: Window): OpenReader | null =>
  (Reflect.get(win, STATE_KEY) as OpenReader | undefined) ?? null;
const setOpen = (win: Window, value: OpenReader | null) => Reflect.set(win, STATE_KEY, value);

/**
 * Opens the reader over the page, or closes it when it is already open (the toolbar button
 * toggles). Closing leaves the page as it was: scroll position, focus, and root overflow.
 */
export function toggleReader(win: Window): void {
  const current = getOpen(win);
  if (current) {
    current.close();
    return;
  }
  const doc = win.document;
  const pageUrl = win.location.href;
  const previousFocus = doc.activeElement as HTMLElement | null;
  const scroll = { x: win.scrollX, y: win.scrollY };
  const rootOverflow = doc.documentElement.style.getPropertyValue('overflow');
  const rootOverflowPriority = doc.documentElement.style.getPropertyPriority('overflow');

  const host = doc.createElement(HOST_TAG);
  for (const [name, value] of Object.entries(HOST_STYLE)) host.style.setProperty(name, value, 'important');
  // Closed in production: page scripts can't reach into the reader. The e2e build opens it so
  // tests can read what the user sees.
  const shadow = host.attachShadow({ mode: import.meta.env.LECTERN_E2E === '1' ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const mountPoint = doc.createElement('div');
  shadow.append(style, mountPoint);

  const close = () => {
    render(null, mountPoint);
    host.remove();
    if (rootOverflow) doc.documentElement.style.setProperty('overflow', rootOverflow, rootOverflowPriority);
    else doc.documentElement.style.removeProperty('overflow');
    win.scrollTo(scroll.x, scroll.y);
    previousFocus?.focus?.({ preventScroll: true });
    setOpen(win, null);
  };
  setOpen(win, { close });

  const show = (result: ExtractResult | null) =>
    render(<ReaderOverlay result={result} pageUrl={pageUrl} onClose={close} />, mountPoint);
  show(null);
  doc.documentElement.appendChild(host);
  doc.documentElement.style.setProperty('overflow', 'hidden', 'important');

  // Let "Reading this page…" paint before the (synchronous) extraction runs.
  win.setTimeout(() => {
    if (getOpen(win)?.close !== close) return;
    let result: ExtractResult;
    try {
      result = extract(doc, pageUrl);
    } catch (error) {
      result = {
        article: null,
        removed: [],
        confidence: 'low',
        fallbackHtml: null,
        notice: `Lectern could not read this page (${(error as Error).message}).`,
        ms: 0,
      };
    }
    show(result);
  }, 30);
}
