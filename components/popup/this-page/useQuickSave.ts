/** The popup's Save: the background reads and saves the tab; the popup shows how it went. */
import { useState } from 'preact/hooks';
import type { PageSaveOutcome } from '@/utils/quick-save/outcome';
import { send } from '@/utils/send';

export type QuickSave = { kind: 'idle' } | { kind: 'saving' } | PageSaveOutcome;

export function useQuickSave(tabId: number | null): [QuickSave, () => Promise<void>] {
  const [state, setState] = useState<QuickSave>({ kind: 'idle' });
  const save = async () => {
    if (tabId === null || state.kind === 'saving') return;
    setState({ kind: 'saving' });
    try {
      const response = await send({ type: 'tab/save', tabId });
      setState(response.outcome);
    } catch (error) {
      setState({ kind: 'failed', message: `Not saved: ${(error as Error).message}` });
    }
  };
  return [state, save];
}
