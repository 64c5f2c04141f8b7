/** Read aloud's speech logic on a fake engine: order, pause/resume, speed, stale events. */
import { describe, expect, it } from 'vitest';
import { createSpeaker, pickVoice, splitForSpeech, type SpeakerState } from '../../../utils/speech';

interface FakeUtterance {
  text: string;
  rate: number;
  voice: SpeechSynthesisVoice | null;
  lang: string;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
}

function setup() {
  const spoken: FakeUtterance[] = [];
  let current: FakeUtterance | null = null;
  const states: SpeakerState[] = [];
  const engine = {
    speak(utterance: SpeechSynthesisUtterance) {
      current = utterance as unknown as FakeUtterance;
      spoken.push(current);
    },
    cancel() {
      const cancelled = current;
      current = null;
      cancelled?.onerror?.({ error: 'interrupted' });
    },
  };
  const speaker = createSpeaker({
    engine,
    makeUtterance: (text) =>
      ({
        text,
        rate: 1,
        voice: null,
        lang: '',
        onend: null,
        onerror: null,
      }) as unknown as SpeechSynthesisUtterance,
    onChange: (state) => states.push(state),
  });
  const finish = () => {
    const done = current;
    current = null;
    done?.onend?.();
  };
  return { speaker, spoken, states, finish, last: () => states.at(-1)! };
}

const voice = (lang: string, extra: Partial<SpeechSynthesisVoice> = {}) =>
  ({
    name: lang,
    lang,
    voiceURI: lang,
    localService: false,
    default: false,
    ...extra,
  }) as SpeechSynthesisVoice;

describe('createSpeaker', () => {
  it('reads paragraph after paragraph and stops after the last', () => {
    const { speaker, spoken, finish, last } = setup();
    speaker.play(['One.', 'Two.', 'Three.'], 1);
    expect(spoken.map((u) => u.text)).toEqual(['Two.']);
    expect(last()).toMatchObject({ status: 'playing', index: 1, count: 3 });
    finish();
    expect(last()).toMatchObject({ status: 'playing', index: 2 });
    finish();
    expect(last()).toMatchObject({ status: 'stopped', index: 0 });
    expect(spoken.map((u) => u.text)).toEqual(['Two.', 'Three.']);
  });

  it('pauses by cancelling, ignores the cancelled utterance, and resumes the same paragraph', () => {
    const { speaker, spoken, last } = setup();
    speaker.play(['One.', 'Two.']);
    speaker.pause();
    expect(last()).toMatchObject({ status: 'paused', index: 0 });
    spoken[0]!.onend?.(); // a late end from the cancelled utterance changes nothing
    expect(last()).toMatchObject({ status: 'paused', index: 0 });
    speaker.resume();
    expect(spoken.map((u) => u.text)).toEqual(['One.', 'One.']);
    expect(last().status).toBe('playing');
  });

  it('applies a new speed or voice at once by restarting the paragraph', () => {
    const { speaker, spoken } = setup();
    speaker.play(['One.', 'Two.']);
    speaker.configure({ rate: 1.5, voice: voice('fr-FR') });
    expect(spoken.at(-1)).toMatchObject({ text: 'One.', rate: 1.5, lang: 'fr-FR' });
  });

  it('skips forward and back within bounds', () => {
    const { speaker, spoken, last } = setup();
    speaker.play(['One.', 'Two.']);
    speaker.skip(5);
    expect(last().index).toBe(1);
    speaker.skip(-5);
    expect(last().index).toBe(0);
    expect(spoken.map((u) => u.text)).toEqual(['One.', 'Two.', 'One.']);
  });

  it('reports an engine failure instead of hanging', () => {
    const { speaker, spoken, last } = setup();
    speaker.play(['One.']);
    spoken[0]!.onerror?.({ error: 'synthesis-failed' });
    expect(last()).toMatchObject({ status: 'stopped', error: 'synthesis-failed' });
  });
});

it('splits a long paragraph at sentence ends, never inside a sentence', () => {
  const sentence = 'This sentence is about sixty characters long, give or take. ';
  const pieces = splitForSpeech(sentence.repeat(10), 200);
  expect(pieces.length).toBeGreaterThan(2);
  for (const piece of pieces) {
    expect(piece.length).toBeLessThanOrEqual(200);
    expect(piece.endsWith('take.')).toBe(true);
  }
  expect(splitForSpeech('  Short.  ')).toEqual(['Short.']);
  expect(splitForSpeech('   ')).toEqual([]);
});

it("picks a voice in the article's language, preferring exact region and on-device voices", () => {
  const voices = [voice('en-US', { default: true }), voice('fr-CA'), voice('fr-FR', { localService: true })];
  expect(pickVoice(voices, 'fr')?.lang).toBe('fr-FR');
  expect(pickVoice(voices, 'fr-CA')?.lang).toBe('fr-CA');
  expect(pickVoice(voices, 'ar')?.lang).toBe('en-US'); // none in Arabic: the browser's default
  expect(pickVoice([], 'en')).toBeNull();
});
