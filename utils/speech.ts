/**
 * Read aloud with the browser's own speech synthesis, one paragraph at a time. No DOM here
 * beyond what is passed in: the component gathers paragraphs and shows which one is read.
 */

/** The part of `window.speechSynthesis` we use (a test can pass a stand-in). */
type SpeechEngine = Pick<SpeechSynthesis, 'speak' | 'cancel'>;

type SpeakerStatus = 'stopped' | 'playing' | 'paused';

export interface SpeakerState {
  status: SpeakerStatus;
  /** The paragraph being read (or where reading will resume). */
  index: number;
  count: number;
  /** Set when the engine gave up ("synthesis-failed", "voice-unavailable"...). */
  error: string | null;
}

export interface SpeakerOptions {
  engine: SpeechEngine;
  makeUtterance: (text: string) => SpeechSynthesisUtterance;
  onChange: (state: SpeakerState) => void;
}

export interface Speaker {
  /** Starts reading `blocks` at `from`. */
  play: (blocks: string[], from?: number) => void;
  pause: () => void;
  resume: () => void;
  stop: () => void;
  /** Moves to another paragraph (−1 back, +1 on); keeps playing if it was. */
  skip: (delta: number) => void;
  configure: (options: { rate?: number; voice?: SpeechSynthesisVoice | null; lang?: string | null }) => void;
}

/**
 * Some voices (Chrome's network voices) stop after about 15 seconds of speech, so a long
 * paragraph is spoken as a few sentences at a time. Pieces never split a sentence.
 */
export function splitForSpeech(text: string, max = 260): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean ? [clean] : [];
  const sentences =
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? Array.from(
          new Intl.Segmenter(undefined, { granularity: 'sentence' }).segment(clean),
          (s) => s.segment,
        )
      : clean.split(/(?<=[.!?。؟])\s+/);
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && (current + sentence).length > max) {
      pieces.push(current.trim());
      current = '';
    }
    current += sentence.endsWith(' ') ? sentence : `${sentence} `;
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces;
}

/**
 * The voice for an article: one in its exact language, else its base language, else the
 * browser's default voice; among equals, voices that run on the device (they work offline and
 * have no length limit).
 */
export function pickVoice(voices: SpeechSynthesisVoice[], lang: string | null): SpeechSynthesisVoice | null {
  const wanted = (lang ?? '').toLowerCase().replace('_', '-');
  const base = wanted.split('-')[0] ?? '';
  const score = (voice: SpeechSynthesisVoice) => {
    const voiceLang = voice.lang.toLowerCase().replace('_', '-');
    return (
      (wanted && voiceLang === wanted ? 8 : 0) +
      (base && voiceLang.split('-')[0] === base ? 4 : 0) +
      (voice.default ? 2 : 0) +
      (voice.localService ? 1 : 0)
    );
  };
  return voices.reduce<SpeechSynthesisVoice | null>(
    (best, voice) => (!best || score(voice) > score(best) ? voice : best),
    null,
  );
}

export function createSpeaker({ engine, makeUtterance, onChange }: SpeakerOptions): Speaker {
  let blocks: string[] = [];
  const state: SpeakerState = { status: 'stopped', index: 0, count: 0, error: null };
  let rate = 1;
  let voice: SpeechSynthesisVoice | null = null;
  let lang: string | null = null;
  // Each start bumps the generation: events from utterances we cancelled are ignored.
  let generation = 0;
  // Chrome garbage-collects an utterance nobody references and then never fires its `end`.
  const alive: { utterance: SpeechSynthesisUtterance | null } = { utterance: null };

  const emit = () => onChange({ ...state });

  const speakPiece = (run: number, pieces: string[], at: number) => {
    const text = pieces[at];
    if (text === undefined) return advance(run);
    const utterance = makeUtterance(text);
    utterance.rate = rate;
    if (voice) utterance.voice = voice;
    const utteranceLang = voice?.lang ?? lang;
    if (utteranceLang) utterance.lang = utteranceLang;
    utterance.onend = () => run === generation && speakPiece(run, pieces, at + 1);
    utterance.onerror = (event) => {
      if (run !== generation || event.error === 'interrupted' || event.error === 'canceled') return;
      generation += 1;
      Object.assign(state, { status: 'stopped', error: event.error });
      emit();
    };
    alive.utterance = utterance;
    engine.speak(utterance);
  };

  const speakCurrent = () => {
    generation += 1;
    engine.cancel();
    state.status = 'playing';
    state.error = null;
    emit();
    speakPiece(generation, splitForSpeech(blocks[state.index] ?? ''), 0);
  };

  const advance = (run: number) => {
    if (run !== generation) return;
    if (state.index + 1 < blocks.length) {
      state.index += 1;
      speakCurrent();
    } else {
      alive.utterance = null;
      Object.assign(state, { status: 'stopped', index: 0 });
      emit();
    }
  };

  const halt = (status: SpeakerStatus) => {
    generation += 1;
    alive.utterance = null;
    engine.cancel();
    state.status = status;
    emit();
  };

  return {
    play(next, from = 0) {
      blocks = next;
      state.count = next.length;
      state.index = Math.min(Math.max(0, from), Math.max(0, next.length - 1));
      if (next.length) speakCurrent();
      else emit();
    },
    // Pause is cancel-and-remember: speechSynthesis.pause() does nothing on some engines
    // (Chrome on Android and Linux) and then blocks the queue. Resume restarts the paragraph.
    pause: () => state.status === 'playing' && halt('paused'),
    resume: () => state.status !== 'playing' && blocks.length > 0 && speakCurrent(),
    stop: () => {
      halt('stopped');
      state.index = 0;
      emit();
    },
    skip(delta) {
      state.index = Math.min(Math.max(0, state.index + delta), Math.max(0, blocks.length - 1));
      if (state.status === 'playing') speakCurrent();
      else emit();
    },
    configure(options) {
      if (options.rate !== undefined) rate = options.rate;
      if (options.voice !== undefined) voice = options.voice;
      if (options.lang !== undefined) lang = options.lang;
      // A new speed or voice is heard at once: the paragraph starts again with it.
      if (state.status === 'playing') speakCurrent();
    },
  };
}
