import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../utils/highlights/anchor';
import { describeRange } from '../../../utils/highlights/selectors';
import { foldQuote } from '../../../utils/highlights/whitespace';

// Words of random letters: a passage's words appear nowhere else, as in real prose (a generator
// of three words would repeat quotes everywhere and make "the" a test of luck).
const word = fc.stringMatching(/^[a-z]{3,9}$/);
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max });
const sentence = words(1, 12).map((list) => list.join(' '));
const prose = fc.array(sentence, { minLength: 0, maxLength: 8 }).map((list) => list.join('. '));
const space = fc.constantFrom(' ', '  ', '\n', '\n\n', '\t', ' \n ');

/** before + quote + after, with the quote's offsets. */
const highlighted = fc.record({ before: prose, quote: words(2, 10), after: prose }).map((parts) => {
  const quote = parts.quote.join(' ');
  const before = parts.before ? `${parts.before} ` : '';
  return { before, quote, after: parts.after ? ` ${parts.after}` : '' };
});

// More runs than the default 100: the deleted-passage property guards against rare false anchors.
fc.configureGlobal({ numRuns: 500 });
describe('anchoring highlights (properties)', () => {
  it('an edit anywhere outside the quote leaves the highlight on the same words', () => {
    fc.assert(
      fc.property(
        highlighted,
        prose,
        prose,
        fc.boolean(),
        ({ before, quote, after }, insertA, insertB, replace) => {
          const selectors = describeRange(
            before + quote + after,
            before.length,
            before.length + quote.length,
          );
          const newBefore = replace ? `${insertA} ` : insertA + before;
          const newAfter = after + insertB;
          const text = newBefore + quote + newAfter;
          const anchored = anchorSelectors(text, selectors);
          expect(anchored).not.toBeNull();
          expect(anchored!.start).toBe(newBefore.length);
          expect(anchored!.end).toBe(newBefore.length + quote.length);
        },
      ),
    );
  });

  it('changed white space (re-wrapped lines, doubled spaces) keeps the exact quote', () => {
    fc.assert(
      fc.property(
        words(0, 20),
        words(2, 8),
        words(0, 20),
        fc.array(space, { minLength: 40, maxLength: 40 }),
        (a, q, b, gaps) => {
          const all = [...a, ...q, ...b];
          const original = all.join(' ');
          const start = a.length ? a.join(' ').length + 1 : 0;
          const selectors = describeRange(original, start, start + q.join(' ').length);
          const changed = all.map((item, index) => (index ? gaps[index % gaps.length]! : '') + item).join('');
          const anchored = anchorSelectors(changed, selectors);
          expect(anchored).not.toBeNull();
          expect(foldQuote(changed.slice(anchored!.start, anchored!.end))).toBe(q.join(' '));
        },
      ),
    );
  });

  it('a deleted passage makes an orphan, never an anchor somewhere else', () => {
    fc.assert(
      fc.property(highlighted, words(0, 6), words(0, 6), ({ before, quote, after }, lead, tail) => {
        // The passage around the quote goes; what was either side of it stays.
        const passage = [...lead, quote, ...tail].join(' ');
        const selectors = describeRange(
          before + passage + after,
          before.length + (lead.length ? lead.join(' ').length + 1 : 0),
          before.length + (lead.length ? lead.join(' ').length + 1 : 0) + quote.length,
        );
        expect(anchorSelectors(before + after, selectors)).toBeNull();
      }),
    );
  });

  it('a quote with a few letters changed is found again by the fuzzy match', () => {
    fc.assert(
      fc.property(highlighted, fc.nat(), ({ before, quote, after }, seed) => {
        fc.pre(quote.length >= 20);
        const selectors = describeRange(before + quote + after, before.length, before.length + quote.length);
        const at = 1 + (seed % (quote.length - 2));
        const typo = quote.slice(0, at) + (quote[at] === 'x' ? 'y' : 'x') + quote.slice(at + 1);
        const anchored = anchorSelectors(before + typo + after, selectors);
        expect(anchored?.method).toBe('fuzzy');
        expect(anchored!.start).toBe(before.length);
        expect(anchored!.end).toBe(before.length + quote.length);
      }),
    );
  });
});

describe('anchoring highlights (cases)', () => {
  const text = 'The river rose. The town waited. The river fell. The town slept.';

  it('takes the stored position when the quote is still there', () => {
    const selectors = describeRange(text, 16, 31);
    expect(anchorSelectors(text, selectors)).toEqual({ start: 16, end: 31, method: 'position' });
  });

  it('tells a repeated quote apart by its context', () => {
    const second = text.lastIndexOf('The town');
    const selectors = describeRange(text, second, second + 8);
    const moved = `Preface. ${text}`;
    expect(anchorSelectors(moved, selectors)).toMatchObject({ start: second + 9, method: 'quote' });
  });

  it('does not fuzzily place a short quote that is gone', () => {
    const selectors = describeRange(text, 4, 9);
    expect(anchorSelectors(text.replaceAll('river', 'rivet'), selectors)).toBeNull();
  });

  it('an empty or blank quote anchors nowhere', () => {
    expect(anchorSelectors(text, describeRange(text, 3, 4))).toBeNull();
  });
});
