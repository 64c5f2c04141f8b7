/**
 * What saving a page without the reader comes to, in the words the popup and the toolbar badge
 * use. The injected save script (entrypoints/save-page) answers with a PageSaveOutcome; the
 * background checks it (it comes from a script running in a web page) before passing it on.
 */
import * as v from 'valibot';

const PageSaveOutcomeSchema = v.variant('kind', [
  v.object({
    kind: v.picklist(['saved', 'updated']),
    id: v.pipe(v.string(), v.maxLength(200)),
    title: v.pipe(v.string(), v.maxLength(2_000)),
  }),
  v.object({ kind: v.literal('no-article'), message: v.pipe(v.string(), v.maxLength(2_000)) }),
  v.object({ kind: v.literal('forbidden'), message: v.pipe(v.string(), v.maxLength(2_000)) }),
  v.object({ kind: v.literal('failed'), message: v.pipe(v.string(), v.maxLength(2_000)) }),
]);
export type PageSaveOutcome = v.InferOutput<typeof PageSaveOutcomeSchema>;

/** An injected script's answer, or a failure when it is not one. */
export function parseOutcome(result: unknown): PageSaveOutcome {
  const parsed = v.safeParse(PageSaveOutcomeSchema, result);
  return parsed.success
    ? parsed.output
    : { kind: 'failed', message: 'Lectern could not read this page: its reader gave no answer.' };
}

/** One line for the popup and the badge's tooltip. */
export function describeOutcome(outcome: PageSaveOutcome): string {
  switch (outcome.kind) {
    case 'saved':
      return 'Saved to your library';
    case 'updated':
      return 'Updated in your library';
    default:
      return outcome.message;
  }
}

/** The toolbar badge: a tick for a save, a cross for anything else. */
export function badgeFor(ok: boolean): { text: string; color: string } {
  return ok ? { text: '✓', color: '#1a7f37' } : { text: '✕', color: '#b42318' };
}
