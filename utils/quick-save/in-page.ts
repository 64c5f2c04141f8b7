/**
 * Save without the reader: runs in the tab (injected by the background, allowed by activeTab),
 * reads the page as the reader would (the same readPage and extract()), and sends the article to
 * the background with the overlay's own 'article/save' message. Nothing is shown in the page.
 */
import type { PageSaveOutcome } from './outcome';
import { readPage } from '@/components/reader/overlay/read-page';
import { candidatesInHtml } from '../offline-images/candidates';
import { send } from '../send';

export async function saveThisPage(win: Window): Promise<PageSaveOutcome> {
  let reading;
  try {
    reading = readPage(win);
  } catch (error) {
    return { kind: 'failed', message: `Lectern could not read this page (${(error as Error).message}).` };
  }
  const { article, removed, notice } = reading.result;
  if (!article) return { kind: 'no-article', message: notice ?? 'No article found on this page.' };
  const response = await send({
    type: 'article/save',
    article,
    removed,
    restoredIds: [],
    images: candidatesInHtml(article.html, new DOMParser()),
  });
  if (!response.ok) return { kind: 'failed', message: response.error };
  return { kind: response.updated ? 'updated' : 'saved', id: response.id, title: article.title };
}
