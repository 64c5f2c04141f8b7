/**
 * The naive library bench:library compares against, as a plain web page: one object store with
 * whole articles (metadata and bodies together), listing by reading every record and sorting,
 * search by scanning every record's title, byline, site and text for the query.
 */
import { makeArticle, prepareCorpus, type CorpusPage } from './library-corpus';

const DB = 'naive-library';
interface Row {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  savedAt: number;
  html: string;
  text: string;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('articles', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });

/** Calls `visit` with every record, in key order. */
async function scan(visit: (row: Row) => void): Promise<void> {
  const tx = (await openDb()).transaction('articles');
  const request = tx.objectStore('articles').openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return;
    visit(cursor.value as Row);
    cursor.continue();
  };
  await done(tx);
}

let corpus: ReturnType<typeof prepareCorpus> = [];
/** The metadata every list needs, kept in memory after opening (as a naive popup would). */
let rows: Omit<Row, 'html' | 'text'>[] = [];

function render(list: { title: string }[]): Promise<void> {
  const ul = document.createElement('ul');
  for (const row of list.slice(0, 50)) {
    const li = document.createElement('li');
    li.textContent = row.title;
    ul.append(li);
  }
  document.body.replaceChildren(ul);
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

async function open(): Promise<number> {
  const started = performance.now();
  const all: typeof rows = [];
  await scan(({ html: _html, text: _text, ...meta }) => all.push(meta));
  rows = all.sort((a, b) => b.savedAt - a.savedAt);
  await render(rows);
  return performance.now() - started;
}

async function search(query: string): Promise<{ ms: number; hits: number }> {
  const started = performance.now();
  const needle = query.toLowerCase();
  const hits: Row[] = [];
  await scan((row) => {
    const haystack = `${row.title} ${row.byline ?? ''} ${row.siteName ?? ''} ${row.text}`.toLowerCase();
    if (haystack.includes(needle)) hits.push(row);
  });
  await render(hits.sort((a, b) => b.savedAt - a.savedAt));
  return { ms: performance.now() - started, hits: hits.length };
}

function record(index: number): Row {
  const { article, state } = makeArticle(corpus, index);
  return { ...article, ...state, id: `a${index}`, savedAt: state.savedAt ?? 0 };
}

async function generate(from: number, to: number, batch = 500): Promise<number> {
  const db = await openDb();
  const started = performance.now();
  for (let start = from; start < to; start += batch) {
    const tx = db.transaction('articles', 'readwrite');
    for (let index = start; index < Math.min(to, start + batch); index++)
      tx.objectStore('articles').put(record(index));
    await done(tx);
  }
  return performance.now() - started;
}

async function timed(work: (tx: IDBTransaction) => void): Promise<number> {
  const started = performance.now();
  const tx = (await openDb()).transaction('articles', 'readwrite');
  work(tx);
  await done(tx);
  return performance.now() - started;
}

Object.assign(globalThis, {
  baselineBench: {
    load: (pages: CorpusPage[]) =>
      (corpus = prepareCorpus(pages, (html) => new DOMParser().parseFromString(html, 'text/html'))).length,
    generate,
    open,
    search,
    save: (index: number) => timed((tx) => tx.objectStore('articles').put(record(index))),
    remove: (index: number) => timed((tx) => tx.objectStore('articles').delete(`a${index}`)),
  },
});

// Opened as the naive "popup": list at once, and mark when the first rows are on screen.
if (location.search.includes('open')) void open().then(() => performance.mark('baseline:first-rows'));
