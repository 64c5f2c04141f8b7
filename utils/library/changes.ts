/**
 * Tells every open library page that the library changed (a save from the background, a read
 * mark from the reader page), so lists and counts refresh without polling. One channel per
 * context: a BroadcastChannel never hears its own messages, so a page does not reload itself.
 */
const NAME = 'lectern-library';

/** Every notice on the channel: the library changed, read it again. */
type LibraryNotice = { type: 'changed' };

function isLibraryNotice(data: unknown): data is LibraryNotice {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'changed';
}
let channel: BroadcastChannel | null = null;

function shared(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  if (!channel) {
    channel = new BroadcastChannel(NAME);
    // Node (unit tests) would otherwise keep running for the channel's sake.
    (channel as unknown as { unref?: () => void }).unref?.();
  }
  return channel;
}

export function announceChange(): void {
  const notice: LibraryNotice = { type: 'changed' };
  shared()?.postMessage(notice);
}

export function onLibraryChange(listener: () => void): () => void {
  const target = shared();
  if (!target) return () => undefined;
  const handle = (event: MessageEvent) => {
    if (isLibraryNotice(event.data)) listener();
  };
  target.addEventListener('message', handle);
  return () => target.removeEventListener('message', handle);
}
