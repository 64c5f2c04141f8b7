/** "Save link to Lectern" and "Add a link": a link entry at once, and a job for the fetch queue. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openLibraryDb } from '../../../utils/library/db/open';
import { listNewest } from '../../../utils/library/articles';
import { openQueueDb, pendingJobs } from '../../../utils/fetch-queue/store';
import { addLink, webAddress } from '../../../utils/quick-save/save-link';

beforeEach(async () => {
  const db = await openLibraryDb();
  await db.clear('articles');
  const queue = await openQueueDb();
  await queue.clear('jobs');
});

describe('webAddress', () => {
  it('takes http and https addresses as they are', () => {
    expect(webAddress(' https://news.example.com/a?b=1 ')).toBe('https://news.example.com/a?b=1');
    expect(webAddress('http://news.example.com/')).toBe('http://news.example.com/');
  });
  it('reads an address typed without its scheme as https', () => {
    expect(webAddress('news.example.com/story')).toBe('https://news.example.com/story');
  });
  it('refuses what is not a web page Lectern can fetch', () => {
    for (const bad of [
      '',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'localhost',
      'not a url',
    ])
      expect(webAddress(bad), bad).toBeNull();
  });
});

describe('addLink', () => {
  it('adds a link entry titled with its address, and queues its page for fetching', async () => {
    const [library, queue] = await Promise.all([openLibraryDb(), openQueueDb()]);
    const outcome = await addLink(library, queue, { url: 'https://news.example.com/a#top' });
    expect(outcome.kind).toBe('added');
    const [entry] = await listNewest(library);
    expect(entry).toMatchObject({ kind: 'link', url: 'https://news.example.com/a', readAt: null });
    expect(entry!.title).toBe('https://news.example.com/a');
    const jobs = await pendingJobs(queue);
    expect(jobs.map((job) => [job.id, job.url])).toEqual([[entry!.id, 'https://news.example.com/a']]);
  });

  it('keeps the link’s own text as its title when the menu gives one', async () => {
    const [library, queue] = await Promise.all([openLibraryDb(), openQueueDb()]);
    await addLink(library, queue, { url: 'https://news.example.com/b', title: '  River story ' });
    expect((await listNewest(library))[0]!.title).toBe('River story');
  });

  it('leaves a link already in the library as it is, and queues nothing', async () => {
    const [library, queue] = await Promise.all([openLibraryDb(), openQueueDb()]);
    const first = await addLink(library, queue, { url: 'https://news.example.com/c' });
    const again = await addLink(library, queue, { url: 'https://news.example.com/c?utm_source=x' });
    expect(again).toEqual({ kind: 'existing', id: first.kind === 'added' ? first.id : null });
    expect(await listNewest(library)).toHaveLength(1);
    expect(await pendingJobs(queue)).toHaveLength(1);
  });

  it('adds nothing for an address Lectern can’t fetch', async () => {
    const [library, queue] = await Promise.all([openLibraryDb(), openQueueDb()]);
    expect((await addLink(library, queue, { url: 'javascript:alert(1)' })).kind).toBe('invalid');
    expect(await listNewest(library)).toHaveLength(0);
  });
});
