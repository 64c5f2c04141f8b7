import type { ComponentChildren, Ref } from 'preact';
import type { RemovedBlock } from '@/utils/article';
import { ArticleHeader } from './ArticleHeader';
import { followInPageLink, layoutArticle } from './article-layout';
import { SafeHtmlView } from './SafeHtmlView';
import { articleDirection } from './text-direction';

type HeaderProps = Parameters<typeof ArticleHeader>[0];

interface Props {
  header: HeaderProps | null;
  /** Sanitised again on render; null when there is no body (only the link was saved). */
  html: string | null;
  baseUrl: string;
  removed?: RemovedBlock[];
  restoredIds?: number[];
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  articleRef?: Ref<HTMLElement>;
  /** Changes the sanitised nodes before they reach the page (SafeHtmlView); keep it stable. */
  adjust?: (fragment: DocumentFragment) => void;
  /** Shown instead of the body when there is none. */
  children?: ComponentChildren;
}

/**
 * The article as read, in the overlay and on the reader page. Language and direction go on the
 * whole article, title included, so an Arabic or Hebrew article is laid out right to left.
 */
export function ArticleView({
  header,
  html,
  baseUrl,
  removed,
  restoredIds,
  lang,
  dir,
  articleRef,
  adjust,
  children,
}: Props) {
  return (
    <article
      ref={articleRef}
      class="lectern-article"
      lang={lang ?? undefined}
      dir={articleDirection(lang, dir)}
      onClick={followInPageLink}
    >
      {header && <ArticleHeader {...header} />}
      {html !== null ? (
        <SafeHtmlView
          class="lectern-body"
          html={html}
          baseUrl={baseUrl}
          removed={removed}
          restoredIds={restoredIds}
          adjust={adjust}
          prepare={layoutArticle}
        />
      ) : (
        children
      )}
    </article>
  );
}
