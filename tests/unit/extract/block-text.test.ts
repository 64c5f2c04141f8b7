/** The article's plain text (search, word count, listening, the CLI) as a reader reads the page. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../utils/extract/text';

const body = (html: string) =>
  (parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document).body;

describe('blockText', () => {
  it('reads ruby text without its furigana, which the reader shows above the words', () => {
    const text = blockText(
      body(
        '<p><ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby>ができて、<ruby>親<rt>おや</rt></ruby>が</p>',
      ),
    );
    expect(text).toBe('法律ができて、親が');
  });

  it('keeps a line between blocks', () => {
    expect(blockText(body('<h2>Heading</h2><p>First line.</p><p>Second line.</p>'))).toBe(
      'Heading\nFirst line.\nSecond line.',
    );
  });
});
