import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LIMITS } from '@/utils/settings';
import { createSpeaker, pickVoice, type SpeakerState } from '@/utils/speech';
import { blockText, highlightBlock, readableBlocks } from './read-aloud-blocks';
import { useVoices } from './useVoices';

interface Props {
  /** The rendered article (header and body). */
  articleRef: RefObject<HTMLElement>;
  lang: string | null;
  rate: number;
  onRateChange: (rate: number) => void;
  /** Changes when the article is rendered anew (restored blocks, fallback text): reading stops. */
  contentKey: string;
  onClose: () => void;
}

const RATES: number[] = [];
for (let rate = LIMITS.speechRate.min; rate <= LIMITS.speechRate.max; rate += LIMITS.speechRate.step)
  RATES.push(rate);

/** The first paragraph still on screen below the toolbar: reading starts where the reader is. */
function firstVisible(blocks: HTMLElement[]): number {
  const index = blocks.findIndex((block) => block.getBoundingClientRect().bottom > 90);
  return index < 0 ? 0 : index;
}

/** Read aloud with the browser's speech synthesis: play/pause, speed, voice, paragraph shown. */
export function ReadAloud({ articleRef, lang, rate, onRateChange, contentKey, onClose }: Props) {
  const engine = useMemo(() => (typeof speechSynthesis === 'undefined' ? null : speechSynthesis), []);
  const { voices, ready } = useVoices(engine);
  const [state, setState] = useState<SpeakerState>({ status: 'stopped', index: 0, count: 0, error: null });
  const [voiceUri, setVoiceUri] = useState<string | null>(null);
  const blocks = useRef<HTMLElement[]>([]);
  const playButton = useRef<HTMLButtonElement>(null);
  const focused = useRef(false);
  const speaker = useMemo(
    () =>
      engine &&
      createSpeaker({
        engine,
        makeUtterance: (text) => new SpeechSynthesisUtterance(text),
        onChange: (next) => {
          setState(next);
          highlightBlock(blocks.current, next.status === 'stopped' ? null : next.index);
        },
      }),
    [engine],
  );
  const voice = voices.find((candidate) => candidate.voiceURI === voiceUri) ?? pickVoice(voices, lang);

  useEffect(() => speaker?.configure({ rate, voice, lang }), [speaker, rate, voice?.voiceURI, lang]);
  useEffect(() => () => speaker?.stop(), [speaker, contentKey]);
  // Opening the bar puts the keyboard on Play, once there is something to play.
  useEffect(() => {
    if (focused.current || !playButton.current) return;
    focused.current = true;
    playButton.current.focus();
  }, [voices.length]);

  const close = (event: MouseEvent) => {
    // The bar is about to go: focus returns to the Listen button that opened it.
    const root = (event.currentTarget as Element).getRootNode() as Document | ShadowRoot;
    root.querySelector<HTMLElement>('[data-listen-toggle]')?.focus();
    onClose();
  };

  const toggle = () => {
    if (!speaker) return;
    if (state.status === 'playing') return speaker.pause();
    if (state.status === 'paused') return speaker.resume();
    const root = articleRef.current;
    blocks.current = root ? readableBlocks(root) : [];
    speaker.play(blocks.current.map(blockText), firstVisible(blocks.current));
  };

  let message: string | null = null;
  if (!engine) message = "This browser can't read aloud: it has no speech synthesis.";
  else if (!ready) message = 'Looking for voices…';
  else if (!voices.length)
    message =
      'No speech voices are installed in this browser, so it cannot read aloud. Add a voice in your ' +
      "system's speech settings (on Linux: speech-dispatcher with espeak-ng), then reopen the reader.";
  const base = (lang ?? '').split('-')[0]?.toLowerCase();
  const foreignVoice = !!voice && !!base && !voice.lang.toLowerCase().startsWith(base);

  return (
    <section class="lectern-read-aloud" aria-label="Read aloud" id="lectern-read-aloud">
      {message ? (
        <p class="lectern-read-aloud-message" role="status">
          {message}
        </p>
      ) : (
        <>
          <button ref={playButton} type="button" class="lectern-button primary lectern-play" onClick={toggle}>
            <span aria-hidden="true">{state.status === 'playing' ? '❚❚ ' : '▶ '}</span>
            {state.status === 'playing' ? 'Pause' : state.status === 'paused' ? 'Resume' : 'Play'}
          </button>
          <button
            type="button"
            class="lectern-button lectern-icon-button"
            aria-label="Previous paragraph"
            disabled={state.status === 'stopped'}
            onClick={() => speaker?.skip(-1)}
          >
            «
          </button>
          <button
            type="button"
            class="lectern-button lectern-icon-button"
            aria-label="Next paragraph"
            disabled={state.status === 'stopped'}
            onClick={() => speaker?.skip(1)}
          >
            »
          </button>
          <label class="lectern-inline-field">
            <span>Speed</span>
            <select
              value={String(rate)}
              onChange={(event) => onRateChange(Number(event.currentTarget.value))}
            >
              {RATES.map((value) => (
                <option value={String(value)}>{value}×</option>
              ))}
            </select>
          </label>
          <label class="lectern-inline-field">
            <span>Voice</span>
            <select
              value={voice?.voiceURI ?? ''}
              onChange={(event) => setVoiceUri(event.currentTarget.value)}
            >
              {voices.map((option) => (
                <option value={option.voiceURI}>
                  {option.name} ({option.lang})
                </option>
              ))}
            </select>
          </label>
          <span class="lectern-read-aloud-position">
            {state.error
              ? `Speech stopped (${state.error}).`
              : state.status === 'stopped'
                ? foreignVoice
                  ? `No ${lang} voice installed: ${voice?.name} will read.`
                  : ''
                : `Paragraph ${state.index + 1} of ${state.count}${state.status === 'paused' ? ', paused' : ''}`}
          </span>
        </>
      )}
      <button
        type="button"
        class="lectern-button lectern-icon-button"
        aria-label="Close read aloud"
        onClick={close}
      >
        ×
      </button>
    </section>
  );
}
