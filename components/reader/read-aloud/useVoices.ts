import { useEffect, useState } from 'preact/hooks';

export interface Voices {
  voices: SpeechSynthesisVoice[];
  /** False until the list is known: Chrome fills it in asynchronously (voiceschanged). */
  ready: boolean;
}

/** How long to wait for voices before saying there are none (headless browsers have none). */
const VOICES_WAIT_MS = 1500;

export function useVoices(engine: SpeechSynthesis | null): Voices {
  const [state, setState] = useState<Voices>(() => {
    const voices = engine?.getVoices() ?? [];
    return { voices, ready: !engine || voices.length > 0 };
  });
  useEffect(() => {
    if (!engine) return;
    const update = () => {
      const voices = engine.getVoices();
      if (voices.length) setState({ voices, ready: true });
    };
    const timer = setTimeout(() => setState((current) => ({ ...current, ready: true })), VOICES_WAIT_MS);
    engine.addEventListener?.('voiceschanged', update);
    update();
    return () => {
      clearTimeout(timer);
      engine.removeEventListener?.('voiceschanged', update);
    };
  }, [engine]);
  return state;
}
