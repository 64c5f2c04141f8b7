/** Word counts behind "N words · M min read": the fast counter agrees with the plain definition. */
import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../utils/extract/text';

/** The definition, as a regular expression (the counter avoids it for speed). */
function byPattern(text: string): number {
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
  const rest = text.replace(cjk, ' ');
  return (text.match(cjk)?.length ?? 0) + (rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0);
}

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['The council voted 7-2 on Tuesday.', 6],
    ["It's the mayor’s well-known plan — again.", 6],
    ['-- — … 42 !!', 1],
    ['Überraschung: Straße, façade, naïve; São Paulo', 6],
    ['Москва и Санкт-Петербург', 3],
    ['東京都は晴れ', 6],
    ['한국어 문장', 5],
    ['Math 𝐀𝐁 and 😀 emoji', 4],
    ['a--b a-- --a', 3],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
    expect(byPattern(text)).toBe(words);
  });

  it('agrees with the pattern on mixed text', () => {
    const text = "Le président a dit : « c'est fini » — 東京 2024; naïve co-op’s 3.5% rise ";
    expect(countWords(text.repeat(20))).toBe(byPattern(text.repeat(20)));
  });

  it('gives at least one minute, 238 words a minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(238 * 7)).toBe(7);
  });
});
