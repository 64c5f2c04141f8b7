/** Dates and durations as the reader reads them. */
export function formatDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}

export function formatMinutes(minutes: number): string {
  return `${Math.max(1, minutes)} min read`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const count = new Intl.NumberFormat();

/**
 * The library's size, worded the same on every page: "12 articles · 3.4 MB". The bytes are what
 * Lectern stores for its articles (text and offline pictures, facets.ts), not the browser's
 * estimate for the whole extension, which counts indexes and slack and moves between runs.
 */
export function formatLibrarySize(articles: number, bytes: number): string {
  return `${count.format(articles)} ${articles === 1 ? 'article' : 'articles'} · ${formatBytes(bytes)}`;
}
