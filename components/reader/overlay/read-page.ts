/**
 * What the reader reads: the top document or, when that holds next to nothing around a large
 * frame, the frame (a page that shows its article in an iframe, an old frameset). Only frames of
 * the tab's own origin can be looked into: activeTab grants that origin alone, so for a large
 * frame from another site the reader says so and offers to open it in its own tab.
 */
import type { ExtractResult } from '@/utils/article';
import { extract } from '@/utils/extract';

export interface PageReading {
  result: ExtractResult;
  /** Where the article was read: the page's address, or the frame's. */
  url: string;
  /** A large frame from another site that may hold the article, when none was found. */
  foreignFrame: string | null;
}

/** Frames smaller than this share of the window are ads, widgets and players, not the page. */
const MIN_FRAME_SHARE = 0.4;
/**
 * Around a large frame, the top document's own "article" is its header or caption (Lectern's
 * fallback takes any main text): below this many words, the frame is the page's content.
 */
const FRAME_PAGE_MAX_WORDS = 80;

const isWebUrl = (url: string) => /^https?:/i.test(url);

/** Visible frames covering a good part of the window, largest first. */
function largeFrames(win: Window): HTMLIFrameElement[] {
  const area = win.innerWidth * win.innerHeight;
  return [...win.document.querySelectorAll<HTMLIFrameElement>('iframe, frame')]
    .map((frame) => {
      const box = frame.getBoundingClientRect();
      return { frame, area: Math.max(0, box.width) * Math.max(0, box.height) };
    })
    .filter((entry) => entry.area >= area * MIN_FRAME_SHARE)
    .sort((a, b) => b.area - a.area)
    .map((entry) => entry.frame);
}

export function foreignFrameNotice(frameUrl: string): string {
  return (
    `No article found on this page. Its main part is a frame from ${new URL(frameUrl).host}, ` +
    "which Lectern can't read from here: open it in its own tab, then read it there."
  );
}

export function readPage(win: Window, read: typeof extract = extract): PageReading {
  const url = win.location.href;
  const top = read(win.document, url);
  const frames = (top.article?.wordCount ?? 0) < FRAME_PAGE_MAX_WORDS ? largeFrames(win) : [];
  let foreignFrame: string | null = null;
  for (const frame of frames) {
    // null for a frame of another origin (no access), never an exception.
    const doc = frame.contentDocument;
    if (!doc) {
      if (isWebUrl(frame.src)) foreignFrame ??= frame.src;
      continue;
    }
    if (!isWebUrl(doc.URL)) continue;
    const inFrame = read(doc, doc.URL);
    if (inFrame.article) return { result: inFrame, url: doc.URL, foreignFrame: null };
  }
  if (!foreignFrame) return { result: top, url, foreignFrame: null };
  // What the top document had stays one click away ("Show the page's main text anyway").
  const result: ExtractResult = {
    ...top,
    article: null,
    confidence: 'low',
    fallbackHtml: top.article?.html ?? top.fallbackHtml,
    notice: foreignFrameNotice(foreignFrame),
  };
  return { result, url, foreignFrame };
}
