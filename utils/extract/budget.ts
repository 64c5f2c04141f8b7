/**
 * Limits that keep a huge page from freezing the tab. Extraction is synchronous on the page's
 * main thread and cannot be interrupted, so the only honest options are to refuse up front
 * (cheap measurements) or to stop between phases once the budget is spent.
 */
export const DEFAULT_MAX_ELEMENTS = 150_000;
/** No article is this long (about 500,000 words); a page with more prose is a dump, not a story. */
export const MAX_PROSE_CHARS = 3_000_000;
export const DEFAULT_BUDGET_MS = 5_000;

/**
 * True when the page holds more than `limit` characters of text. Run on the copy without code
 * (prepare/copy.ts), so that all of its text is readable text, counted by one native call.
 */
export function hasMoreTextThan(clone: Document, limit: number): boolean {
  return (clone.body?.textContent?.length ?? 0) > limit;
}

export function tooLargeNotice(what: string): string {
  return `This page is too large to read here (${what}). Lectern gave up rather than freeze the tab.`;
}

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Said when the budget ran out inside a pass: the page's shape, not its size, made the work long. */
function tooComplexNotice(ms: number): string {
  return `This page is too complex to read here (Lectern stopped after ${(ms / 1000).toFixed(1)} s). Lectern gave up rather than freeze the tab.`;
}

/**
 * Thrown from inside a long pass (Readability's walks, see watchdog.ts) once the budget is spent;
 * extract() catches it and answers with its message as the notice, which the reader shows as is.
 */
export class PageTooComplex extends Error {
  override readonly name = 'PageTooComplex';
  constructor(readonly elapsedMs: number) {
    super(tooComplexNotice(elapsedMs));
  }
}

/** The wall-clock budget of one extraction, checked inside the passes that walk the page. */
export class Deadline {
  private readonly at: number;
  private calls = 0;

  constructor(
    budgetMs: number,
    readonly started = clock(),
  ) {
    this.at = started + budgetMs;
  }

  get passed(): boolean {
    return clock() > this.at;
  }

  /**
   * Throws PageTooComplex once the budget is spent. Called once per node by the walks it guards,
   * so it reads the clock every 64th call only (a clock read costs as much as a step of the walk).
   */
  check(): void {
    if ((++this.calls & 63) === 0 && this.passed) throw new PageTooComplex(clock() - this.started);
  }
}
