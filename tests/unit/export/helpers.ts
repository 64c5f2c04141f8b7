/** A small library with everything an export must carry: bodies, removed blocks, images, states. */
import type { Article } from '../../../utils/article';
import { saveArticles, setRestoredBlocks } from '../../../utils/library/articles';
import type { LibraryDb } from '../../../utils/library/db/open';
import { updateArticles } from '../../../utils/library/edits';
import { imageKey } from '../../../utils/library/images';
import { addLinkEntries } from '../../../utils/library/link-entries';
import { storedHtml } from '../../stored-html';

function article(n: number, text: string): Article {
  return {
    url: `https://news.example.com/story-${n}`,
    title: `Story ${n}: ${text.split(' ').slice(0, 3).join(' ')}`,
    byline: n % 2 ? 'Ana Ruiz' : null,
    siteName: n % 2 ? 'The Ledger' : null,
    publishedTime: '2025-11-18T16:20:00.000Z',
    lang: n === 3 ? 'ar' : 'en',
    dir: n === 3 ? 'rtl' : null,
    excerpt: text.slice(0, 40),
    leadImage: `https://news.example.com/img/${n}.jpg`,
    html: storedHtml(
      `<p>${text}</p><div data-lectern-removed="0"></div><p><img src="https://news.example.com/img/${n}.jpg" alt="A photo"></p>`,
    ),
    text,
    wordCount: text.split(' ').length,
    readingMinutes: 1,
  };
}

export const TEXTS = [
  'Glaciers in the northern range retreated further this summer than in any year on record.',
  'The city council approved a plan to plant ten thousand trees along its busiest avenues.',
  'مقال عن تاريخ المكتبات العامة في المدن العربية',
  'Engineers tested a quieter tram brake that could cut street noise by half at night.',
];

export async function seed(db: LibraryDb): Promise<string[]> {
  const saved = await saveArticles(
    db,
    TEXTS.map((text, index) => ({
      article: article(index + 1, text),
      removed:
        index === 0
          ? [
              {
                id: 0,
                kind: 'newsletter',
                rule: 'structural:newsletter',
                preview: 'Sign up',
                html: storedHtml('<p>Sign up</p>'),
              },
            ]
          : [],
      restoredIds: [],
      state: {
        savedAt: Date.UTC(2025, 0, index + 1),
        tags: index % 2 ? ['Climate', 'long reads'] : ['cities'],
        favorite: index === 1,
        archived: index === 2,
      },
    })),
    Date.UTC(2025, 5, 1),
  );
  await setRestoredBlocks(db, saved[0]!.id, [0]);
  await updateArticles(db, [saved[1]!.id], { progress: 0.42 });
  await updateArticles(db, [saved[3]!.id], { read: true, progress: 1 }, Date.UTC(2025, 6, 1));
  // Article 1's photo and article 3's are kept offline (one extra image too); 2 and 4 are not.
  const images = [
    [0, 'https://news.example.com/img/1.jpg', 'image/jpeg', [255, 216, 255, 224, 1, 2, 3]],
    [0, 'https://news.example.com/img/extra.png', 'image/png', [137, 80, 78, 71, 9]],
    [2, 'https://news.example.com/img/3.jpg', 'image/jpeg', [255, 216, 255, 0]],
  ] as const;
  for (const [index, url, type, bytes] of images) {
    const id = saved[index]!.id;
    const blob = new Blob([new Uint8Array(bytes)], { type });
    await db.put('images', { articleId: id, url, blob, bytes: bytes.length, type }, imageKey(id, url));
  }
  await addLinkEntries(db, [
    {
      url: 'https://later.example.org/essay',
      title: 'An essay for later',
      savedAt: Date.UTC(2024, 11, 24),
      readAt: null,
      archived: false,
      favorite: true,
      tags: ['Essays'],
    },
  ]);
  return saved.map((item) => item.id);
}
