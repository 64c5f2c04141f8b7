/** The library page as the library specs drive it: open it, find its rows and shelf counts. */
import type { Page } from '@playwright/test';
import type { LoadedExtension } from './chromium-extension';
import { corpusArticles, type SeedArticle } from './library-seed';

/** An article of our own making around `text` (the rest from the first corpus article). */
export const special = (title: string, text: string, extra: Partial<SeedArticle> = {}): SeedArticle => ({
  ...corpusArticles(1)[0]!,
  url: `https://special.example/${encodeURIComponent(title)}`,
  title,
  html: `<p>${text}</p>`,
  text,
  excerpt: null,
  wordCount: text.split(' ').length,
  readingMinutes: 1,
  ...extra,
});

/** Opens the library page and waits for its first rows (or its empty state). */
export async function openLibrary(extension: LoadedExtension): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(extension.url('/library.html'));
  await page.locator('.lectern-library-item, .lectern-empty').first().waitFor();
  return page;
}

/** The rows on screen, without the placeholders of rows not read yet. */
export const rows = (page: Page) => page.locator('.lectern-library-item:not(.placeholder)');
const VIEW = {
  All: 'all',
  Unread: 'unread',
  Read: 'read',
  Archived: 'archived',
  Favourites: 'favorites',
} as const;
export const view = (page: Page, label: keyof typeof VIEW) =>
  page.locator(`.lectern-view[data-view="${VIEW[label]}"]`);
export const count = (page: Page, label: keyof typeof VIEW) => view(page, label).locator('.count');
