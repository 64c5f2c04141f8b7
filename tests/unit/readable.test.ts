/**
 * Tabs Lectern can't read get a reason in words, decided by address before anything is
 * injected, or by the type of document the tab shows (a PDF at an address without ".pdf").
 */
import { describe, expect, it } from 'vitest';
import { refusedWebPageHint, unreadableReason, unreadableType } from '../../utils/background/readable';

describe('unreadableReason', () => {
  it.each([
    ['chrome://settings', 'off-limits to extensions'],
    ['https://chromewebstore.google.com/detail/x', 'Extension stores'],
    ['about:blank', 'off-limits to extensions'],
    ['https://example.com/report.PDF?download=1', "can't read PDFs yet"],
  ])('%s', (url, reason) => expect(unreadableReason(url)).toContain(reason));

  it('lets web pages through, including ones that mention pdf', () => {
    expect(unreadableReason('https://example.com/articles/pdf-tools-compared')).toBeNull();
  });
});

describe('unreadableType', () => {
  it('knows a PDF by its type alone', () =>
    expect(unreadableType('application/pdf')).toBe(unreadableReason('https://x.example/a.pdf')));

  it('names images and media documents', () => {
    expect(unreadableType('image/png')).toBe('This tab shows an image, not a web page.');
    expect(unreadableType('video/mp4')).toBe('This tab shows a video file, not a web page.');
  });

  it.each(['text/html', 'application/xhtml+xml', 'text/plain', 'application/xml', undefined])(
    'tries to read %s',
    (type) => expect(unreadableType(type)).toBeNull(),
  );
});

describe('refusedWebPageHint', () => {
  it('suggests a PDF viewer when a web address refused the reader', () => {
    expect(refusedWebPageHint('https://example.com/download?id=3')).toContain("can't read those yet");
    expect(refusedWebPageHint('chrome://settings')).toBe('');
    expect(refusedWebPageHint(undefined)).toBe('');
  });
});
