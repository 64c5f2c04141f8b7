/** Browser bundle for bench:library, run inside an extension page: builds and probes the library. */
import { deleteArticles, saveArticles } from '../../utils/library/articles';
import { openLibraryDb } from '../../utils/library/db/open';
import { maintainSearchIndex } from '../../utils/library/search/maintain';
import { LibrarySearch } from '../../utils/library/search/query';
import { makeArticle, prepareCorpus, type CorpusPage } from './library-corpus';
import { HIGHLIGHT_COLORS, type Highlight } from '../../utils/highlights/highlight';
import { describeRange } from '../../utils/highlights/selectors';

type Prepared = ReturnType<typeof prepareCorpus>;
let corpus: Prepared = [];
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

async function generate(from: number, to: number, batch = 1000): Promise<number> {
  const db = await openLibraryDb();
  const started = performance.now();
  for (let start = from; start < to; start += batch) {
    const items = [];
    for (let index = start; index < Math.min(to, start + batch); index++) {
      const { article, state } = makeArticle(corpus, index);
      items.push({ article, removed: [], restoredIds: [], state });
    }
    await saveArticles(db, items);
    await maintainSearchIndex(db);
  }
  return performance.now() - started;
}

/** One save the way the reader overlay saves: a message to the background, answered when stored. */
async function saveViaBackground(index: number): Promise<number> {
  const { article } = makeArticle(corpus, index);
  const runtime = (
    globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
  ).chrome.runtime;
  const started = performance.now();
  const answer = (await runtime.sendMessage({
    type: 'article/save',
    article,
    removed: [],
    restoredIds: [],
  })) as {
    ok: boolean;
    error?: string;
  };
  if (!answer.ok) throw new Error(answer.error);
  return performance.now() - started;
}

async function remove(id: string): Promise<number> {
  const db = await openLibraryDb();
  const started = performance.now();
  await deleteArticles(db, [id]);
  return performance.now() - started;
}

async function someIds(count: number): Promise<string[]> {
  const keys = await (await openLibraryDb()).getAllKeys('articles');
  return Array.from(
    { length: count },
    (_, index) => keys[Math.floor(((index + 0.5) * keys.length) / count)]!,
  );
}

let searcher: LibrarySearch | null = null;
async function search(query: string): Promise<{ ms: number; hits: number }> {
  searcher ??= new LibrarySearch(await openLibraryDb());
  const started = performance.now();
  const result = await searcher.search(query);
  return { ms: performance.now() - started, hits: result.ids.length };
}

Object.assign(globalThis, {
  lecternBench: {
    load: (pages: CorpusPage[]) => (corpus = prepareCorpus(pages, parse)).length,
    generate,
    saveViaBackground,
    remove,
    someIds,
    search,
  },
});

/**
 * `total` highlights spread over the first `articles` articles (five or so each), quotes taken
 * from their text, as the reader would store them; returns the time to store them.
 */
async function addHighlights(articles: number, total: number): Promise<number> {
  const db = await openLibraryDb();
  const ids = (await db.getAllKeys('articles', undefined, articles)).slice(0, articles);
  const started = performance.now();
  const records: Highlight[] = [];
  for (const [index, id] of ids.entries()) {
    const text = (await db.get('bodies', id))?.text ?? '';
    const each = Math.ceil((total - records.length) / (ids.length - index));
    for (let n = 0; n < each && text.length > 200; n++) {
      const start = Math.floor(((n + 0.5) * (text.length - 120)) / each);
      records.push({
        id: `bench-${index}-${n}`,
        articleId: id,
        target: describeRange(text, start, start + 80),
        color: HIGHLIGHT_COLORS[n % 4]!,
        note: n % 3 ? '' : `Note ${index} ${n}: worth reading again`,
        labels: [],
        createdAt: Date.now() - records.length,
        updatedAt: Date.now(),
      });
    }
  }
  const tx = db.transaction('highlights', 'readwrite');
  await Promise.all([...records.map((record) => tx.store.put(record)), tx.done]);
  return performance.now() - started;
}

Object.assign((globalThis as unknown as { lecternBench: object }).lecternBench, { addHighlights });
