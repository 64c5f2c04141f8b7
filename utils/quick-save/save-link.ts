/**
 * "Save link to Lectern" (context menu) and the library's "Add a link" box: the link goes into
 * the library at once as a link entry, and into the import fetch queue, which reads its page
 * (with the optional host permission, as for an import). Runs in the background or an extension
 * page: both reach the library and the queue's databases.
 */
import type { LibraryDb } from '../library/db/open';
import { addLinkEntries } from '../library/link-entries';
import { findByUrl } from '../library/articles';
import { enqueueJobs, type QueueDb } from '../fetch-queue/store';
import { normaliseUrl } from '../library/url';

export type LinkOutcome =
  | { kind: 'added'; id: string }
  | { kind: 'existing'; id: string | null }
  | { kind: 'invalid'; message: string };

/** The web address typed or clicked, or null when it is not one Lectern can fetch. */
export function webAddress(raw: string): string | null {
  const typed = raw.trim();
  if (!typed) return null;
  // A typed "example.com/story" means https.
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(typed) ? typed : `https://${typed}`;
  try {
    const url = new URL(withScheme);
    return /^https?:$/.test(url.protocol) && url.hostname.includes('.') ? url.href : null;
  } catch {
    return null;
  }
}

export async function addLink(
  library: LibraryDb,
  queue: QueueDb,
  link: { url: string; title?: string | null },
  now = Date.now(),
): Promise<LinkOutcome> {
  const url = webAddress(link.url);
  if (!url)
    return { kind: 'invalid', message: 'That is not a web address Lectern can save (http or https).' };
  // Until its page is read, a link is named by its text, or by its (tidied) address.
  const title = link.title?.trim() || normaliseUrl(url);
  const { added } = await addLinkEntries(
    library,
    [{ url, title, savedAt: now, readAt: null, archived: false, favorite: false, tags: [] }],
    now,
  );
  const entry = added[0];
  if (!entry) return { kind: 'existing', id: (await findByUrl(library, url))?.id ?? null };
  await enqueueJobs(queue, [{ id: entry.id, url: entry.url, title: entry.title }]);
  return { kind: 'added', id: entry.id };
}
