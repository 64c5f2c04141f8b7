/**
 * The messages around the import queue are checked like every other: the offscreen document
 * answers only well-formed requests from this extension's own background, the background takes
 * queue commands only from its own pages, and an answer from the offscreen document is checked
 * before anything of it is saved.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dispatch } from '../../../utils/background/handlers';
import { originPattern } from '../../../utils/fetch-queue/origin-pattern';
import { handleOffscreenMessage } from '../../../utils/fetch-queue/offscreen-handler';
import { OFFSCREEN_TARGET, parseOutcome } from '../../../utils/fetch-queue/offscreen-protocol';
import type { PageDom } from '../../../utils/fetch-queue/parse-page';
import { nodeSanitizer, parseDocument } from '../../../scripts/node-dom';
import { prose } from '../helpers';

const self = { id: 'lectern-id', origin: 'chrome-extension://lectern-id/' };
const worker = { id: 'lectern-id', url: 'chrome-extension://lectern-id/background.js' };
const dom: PageDom = { parse: parseDocument, sanitizer: nodeSanitizer() };
const page = `<html><head><title>Water works</title></head><body><article><h1>Water works</h1>${prose(6)}</article></body></html>`;
const request = { target: OFFSCREEN_TARGET, kind: 'page', html: page, url: 'https://news.example.com/water' };

describe('offscreen document', () => {
  it('reads a page sent by our own background', () => {
    const outcome = handleOffscreenMessage(request, worker, dom, self);
    expect(outcome).toMatchObject({
      ok: true,
      article: { title: 'Water works', url: 'https://news.example.com/water' },
    });
  });

  it('stays silent for messages meant for someone else', () => {
    expect(handleOffscreenMessage({ type: 'article/save' }, worker, dom, self)).toBeUndefined();
    expect(handleOffscreenMessage(null, worker, dom, self)).toBeUndefined();
  });

  it('ignores other extensions, content scripts and web pages', () => {
    expect(handleOffscreenMessage(request, { ...worker, id: 'other-extension' }, dom, self)).toBeUndefined();
    expect(handleOffscreenMessage(request, { ...worker, tab: { id: 1 } }, dom, self)).toBeUndefined();
    expect(
      handleOffscreenMessage(request, { id: 'lectern-id', url: 'https://evil.example/' }, dom, self),
    ).toBeUndefined();
  });

  it('refuses malformed requests: wrong kind, non-web URL, oversized page', () => {
    const malformed = { ok: false, error: 'Malformed request.' };
    expect(handleOffscreenMessage({ ...request, kind: 'eval' }, worker, dom, self)).toEqual(malformed);
    expect(handleOffscreenMessage({ ...request, url: 'javascript:alert(1)' }, worker, dom, self)).toEqual(
      malformed,
    );
    expect(handleOffscreenMessage({ ...request, html: 'x'.repeat(12_000_001) }, worker, dom, self)).toEqual(
      malformed,
    );
  });

  it('an answer that is not a valid outcome is treated as a failure, never saved', () => {
    expect(parseOutcome({ ok: true, article: { title: 'no url' }, removed: [] })).toEqual({
      ok: false,
      error: 'Lectern could not read this page.',
    });
    expect(parseOutcome(undefined)).toMatchObject({ ok: false });
    expect(parseOutcome({ ok: false, error: 'No article found on this page.' })).toEqual({
      ok: false,
      error: 'No article found on this page.',
    });
  });
});

describe('queue commands to the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are refused from a content script in a web page', async () => {
    const contentScript = {
      id: fakeBrowser.runtime.id,
      tab: { id: 3, url: 'https://news.example.com/a' } as never,
      url: 'https://news.example.com/a',
    };
    expect(await dispatch({ type: 'import/control', action: 'start' }, contentScript)).toEqual({
      ok: false,
      error: 'Sender not allowed.',
    });
  });

  it('must name a known action', async () => {
    const optionsPage = { id: fakeBrowser.runtime.id, url: 'chrome-extension://x/options.html' };
    expect(await dispatch({ type: 'import/control', action: 'drop-everything' }, optionsPage)).toEqual({
      ok: false,
      error: 'Unknown or malformed message.',
    });
  });

  it('ask for host permission per host name (match patterns have no ports)', () => {
    expect(originPattern('http://127.0.0.1:8123/a?b')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://www.example.com/x')).toBe('https://www.example.com/*');
  });
});
