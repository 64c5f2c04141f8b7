/**
 * A time limit on reading one imported page. extract() has its own budget, but it runs in another
 * document (Chrome's offscreen document) that a page can still keep busy, and a stuck reader would
 * hold its place in the queue for ever: past the limit, the entry fails with the reason and the
 * queue moves on; `onTimeout` stops the stuck reader (closing the offscreen document stops the
 * script running in it).
 */
import type { QueueDeps } from './runner';

export const PARSE_TIMEOUT_MS = 30_000;
export const PAGE_TOOK_TOO_LONG = 'The page took too long to read; it may be broken or hostile.';

export function withParseTimeout(
  parse: QueueDeps['parse'],
  timeoutMs = PARSE_TIMEOUT_MS,
  onTimeout: () => Promise<void> | void = () => undefined,
): QueueDeps['parse'] {
  return async (job, page) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((done) => (timer = setTimeout(() => done('timeout'), timeoutMs)));
    try {
      const answer = await Promise.race([parse(job, page), timeout]);
      if (answer !== 'timeout') return answer;
      await onTimeout();
      return { ok: false, error: PAGE_TOOK_TOO_LONG };
    } finally {
      clearTimeout(timer);
    }
  };
}
