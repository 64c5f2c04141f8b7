import { render } from 'preact';
import { ReaderOverlay } from './ReaderOverlay';
import type { ExtractResult } from '@/utils/article';
import { readPage, type PageReading } from './read-page';
import themeCss from '../../shared/theme.css?inline';
import readerCss from '../reader.css?inline';
import printCss from '../reader-print.css?inline';

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

/**
 * In print the reader flows down the pages instead of filling one screen. Inside the shadow
 * root, `!important` on :host outranks the page's (and the host's inline) styles.
 */
const SHADOW_CSS = `:host{all:initial}
.lectern-overlay{position:absolute;inset:0;overflow-y:auto;overscroll-behavior:contain}
@media print{:host{position:static!important;width:auto!important;height:auto!important}
.lectern-overlay{position:static;overflow:visible}}
${themeCss}
${readerCss}
${printCss}`;

/** Printing with the reader open prints the article only, not the page under it. */
const PRINT_CSS = 'body{display:none!important}';

interface OpenReader {
  close: () => void;
  /** False once the page itself removed the reader (a script rewriting the document). */
  shown: () => boolean;
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
    // A reader the page took away can't be seen: the click that "closes" it opens it again.
    const shown = current.shown();
    current.close();
    if (shown) return;
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
  // A light-DOM child of the host is not rendered, but its stylesheet applies to the document:
  // it goes when the host goes.
  const printStyle = doc.createElement('style');
  printStyle.media = 'print';
  printStyle.textContent = PRINT_CSS;
  host.append(printStyle);

  // The reader is modal: the page under it can't take focus or be reached by assistive
  // technology (inert), and focus that lands outside anyway is brought back.
  const body = doc.body;
  const bodyWasInert = body?.inert ?? false;
  const keepFocus = (event: FocusEvent) => {
    if (event.target !== host) shadow.querySelector<HTMLElement>('.lectern-overlay')?.focus();
  };

  // A page script that removes the reader (rewriting the document under it) must not leave the
  // page inert and unscrollable: tidy up as a close would.
  const removal = new MutationObserver(() => {
    if (!host.isConnected) close();
  });

  const close = () => {
    removal.disconnect();
    doc.removeEventListener('focusin', keepFocus, true);
    render(null, mountPoint);
    host.remove();
    if (body) body.inert = bodyWasInert;
    if (rootOverflow) doc.documentElement.style.setProperty('overflow', rootOverflow, rootOverflowPriority);
    else doc.documentElement.style.removeProperty('overflow');
    win.scrollTo(scroll.x, scroll.y);
    previousFocus?.focus?.({ preventScroll: true });
    setOpen(win, null);
  };
  setOpen(win, { close, shown: () => host.isConnected });

  const show = (reading: PageReading | null) =>
    render(
      <ReaderOverlay
        result={reading?.result ?? null}
        pageUrl={reading?.url ?? pageUrl}
        foreignFrame={reading?.foreignFrame ?? null}
        onClose={close}
      />,
      mountPoint,
    );
  show(null);
  doc.documentElement.appendChild(host);
  doc.documentElement.style.setProperty('overflow', 'hidden', 'important');
  doc.addEventListener('focusin', keepFocus, true);
  removal.observe(doc.documentElement, { childList: true });

  // Let "Reading this page…" paint before the (synchronous) extraction runs.
  win.setTimeout(() => {
    if (getOpen(win)?.close !== close) return;
    let reading: PageReading;
    try {
      reading = readPage(win);
    } catch (error) {
      const result: ExtractResult = {
        article: null,
        removed: [],
        confidence: 'low',
        fallbackHtml: null,
        notice: `Lectern could not read this page (${(error as Error).message}).`,
        ms: 0,
      };
      reading = { result, url: pageUrl, foreignFrame: null };
    }
    // From here on the reader shows this snapshot: the page changing under it (live updates,
    // another article after an in-page navigation) changes neither what it shows nor what Save
    // stores. The next opening reads the page afresh.
    show(reading);
    // After extraction, which works on a clone of the page: the clone must not carry `inert`.
    if (body) body.inert = true;
  }, 30);
}
