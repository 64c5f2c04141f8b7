/** Shared by the fetch queue's tests: the article a stand-in parser makes of any URL. */
import type { Article } from '../../../utils/article';
import { storedHtml } from '../../stored-html';

export function queuedArticle(url: string): Article {
  return {
    url,
    title: `Article at ${url}`,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    dir: null,
    excerpt: null,
    leadImage: null,
    html: storedHtml('<p>Body</p>'),
    text: 'Body',
    wordCount: 1,
    readingMinutes: 1,
  };
}
