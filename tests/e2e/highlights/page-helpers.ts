/**
 * Selecting and reading highlights in a reader, run in the page (the same code for Playwright and
 * Puppeteer: each passes these functions to its own evaluate, so each stands alone). The overlay's shadow root is open
 * in the test build (overlay-host.tsx).
 */

/** Selects the first occurrence of `text` in the reader's article, as a mouse drag would. */
export function selectInReader(text: string): void {
  const host = document.querySelector('lectern-reader');
  const root: ParentNode = host?.shadowRoot ?? document;
  const body = root.querySelector<HTMLElement>('.lectern-body')!;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at === -1) continue;
    document.getSelection()!.setBaseAndExtent(node, at, node, at + text.length);
    return;
  }
  throw new Error(`"${text}" is not in the article`);
}

/** What is drawn in each colour: the text under each registered highlight range. */
export function paintedText(): Record<string, string[]> {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  const painted: Record<string, string[]> = {};
  for (const color of ['yellow', 'green', 'blue', 'pink', 'noted']) {
    painted[color] = [...(registry?.get(`lectern-hl-${color}`) ?? [])].map((range) => range.toString());
  }
  return painted;
}

/** Where on screen `text` in the article is (its first box's centre), to click it. */
export function pointOf(text: string): { x: number; y: number } {
  const host = document.querySelector('lectern-reader');
  const body = (host?.shadowRoot ?? document).querySelector<HTMLElement>('.lectern-body')!;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const box = range.getClientRects()[0]!;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  throw new Error(`"${text}" is not in the article`);
}
