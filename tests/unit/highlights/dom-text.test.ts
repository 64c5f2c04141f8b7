import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../utils/highlights/anchor';
import { rangeAt, textOffset } from '../../../utils/highlights/dom-text';
import { describeRange } from '../../../utils/highlights/selectors';

function body(html: string): HTMLElement {
  const window = new Window();
  const element = window.document.createElement('div');
  element.innerHTML = html;
  window.document.body.append(element);
  return element as unknown as HTMLElement;
}

describe('highlight offsets in the rendered article', () => {
  it('a range across paragraphs and inline markup maps to text offsets and back', () => {
    const root = body('<p>The <em>river</em> rose.</p><p>The town <strong>waited</strong>.</p>');
    const text = root.textContent!;
    const start = text.indexOf('rose');
    const end = text.indexOf('waited') + 'waited'.length;
    const range = rangeAt(root, start, end)!;
    expect(range.toString()).toBe('rose.The town waited');
    expect(textOffset(root, range.startContainer, range.startOffset)).toBe(start);
    expect(textOffset(root, range.endContainer, range.endOffset)).toBe(end);
  });

  it('offsets past the text give no range', () => {
    expect(rangeAt(body('<p>Short.</p>'), 2, 40)).toBeNull();
  });

  it('a highlight made on one copy is found in a copy with a paragraph added before it', () => {
    const first = body('<p>One.</p><p>The lens was ground in Paris.</p>');
    const text = first.textContent!;
    const selectors = describeRange(text, text.indexOf('ground'), text.indexOf(' in Paris'));
    const second = body('<p>New opening.</p><p>One.</p><p>The lens was <b>ground</b> in Paris.</p>');
    const anchored = anchorSelectors(second.textContent!, selectors)!;
    expect(rangeAt(second, anchored.start, anchored.end)!.toString()).toBe('ground');
  });
});
