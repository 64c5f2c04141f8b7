import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteArticle, getArticle, listNewest, restoreArticle } from '@/utils/library/articles';
import { openLibraryDb } from '@/utils/library/db';
import type { ArticleBody, ArticleMeta } from '@/utils/library/schema';
import { LibraryItem } from './LibraryItem';
import { useReadingSettings } from './useReadingSettings';

interface Props {
  view: 'popup' | 'tab';
  notice: string | null;
}

interface Deleted {
  meta: ArticleMeta;
  body: ArticleBody | undefined;
}

const UNDO_MS = 8000;

function EmptyLibrary() {
  return (
    <div class="lectern-empty">
      <h2>Your library is empty</h2>
      <p>
        Open a news article and press the Lectern button in the toolbar (or <kbd>Alt</kbd>+<kbd>Shift</kbd>+
        <kbd>R</kbd>, or right-click → “Read in Lectern”). Press <strong>Save</strong> in the reader and the
        article appears here, kept whole to read later, even offline.
      </p>
    </div>
  );
}

/** The library: saved articles newest first; open the saved copy, delete with undo. */
export function Library({ view, notice }: Props) {
  const [settings] = useReadingSettings();
  const [articles, setArticles] = useState<ArticleMeta[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const undoTimer = useRef<number>(0);

  const reload = async () => {
    try {
      setArticles(await listNewest(await openLibraryDb()));
    } catch (reason) {
      setError(`The library could not be opened: ${(reason as Error).message}`);
    }
  };
  useEffect(() => void reload(), []);

  const onDelete = async (article: ArticleMeta) => {
    const db = await openLibraryDb();
    const saved = await getArticle(db, article.id);
    await deleteArticle(db, article.id);
    setDeleted(saved ? { meta: saved.meta, body: saved.body } : null);
    setArticles((list) => list?.filter((item) => item.id !== article.id) ?? null);
    window.clearTimeout(undoTimer.current);
    undoTimer.current = window.setTimeout(() => setDeleted(null), UNDO_MS);
  };

  const onUndo = async () => {
    if (!deleted) return;
    await restoreArticle(await openLibraryDb(), deleted.meta, deleted.body);
    setDeleted(null);
    await reload();
  };

  return (
    <div class="lectern-root lectern-library" data-view={view} data-theme={settings.theme}>
      <header class="lectern-library-header">
        <h1>Lectern library</h1>
        {articles && (
          <span class="lectern-library-count">
            {articles.length === 1 ? '1 article' : `${articles.length} articles`}
          </span>
        )}
        {view === 'popup' && (
          <a class="lectern-button" href="/popup.html?view=tab" target="_blank" rel="noopener">
            Open full page
          </a>
        )}
      </header>
      {notice && (
        <p class="lectern-notice" role="alert">
          {notice}
        </p>
      )}
      {error && (
        <p class="lectern-notice" role="alert">
          {error}
        </p>
      )}
      {articles && articles.length === 0 && <EmptyLibrary />}
      {articles && articles.length > 0 && (
        <ul class="lectern-library-list" aria-label="Saved articles">
          {articles.map((article) => (
            <LibraryItem key={article.id} article={article} onDelete={(item) => void onDelete(item)} />
          ))}
        </ul>
      )}
      {deleted && (
        <div class="lectern-toast" role="status">
          <span>Deleted “{deleted.meta.title}”</span>
          <button type="button" onClick={() => void onUndo()}>
            Undo
          </button>
        </div>
      )}
    </div>
  );
}
