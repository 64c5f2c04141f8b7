/**
 * Promo is a part of an article, never the whole of it: when the promo layers would take nearly
 * all of a long article's text (a live blog whose every entry a page names "comment"), nothing is
 * taken; a real promo block beside a story still goes.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { afterReadability, beforeReadability } from '../../../../utils/extract/pipeline';
import { collapse, prose } from '../../helpers';

const URL = 'https://sport.example.com/live/match';

function cleaned(body: string) {
  const doc = parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;
  const ready = beforeReadability(doc, URL)!;
  const root = ready.clone.getElementById('article')!;
  const { log } = afterReadability(root, ready.prepared, URL);
  return { text: collapse(root.textContent), removed: log.entries.length };
}

const entry = (minute: number) =>
  `<div class="comment"><p>${minute}' Lorient keeps the ball in midfield and the visitors press high, looking for the second goal that would settle a match they have led for most of the evening.</p></div>`;

describe('a cleanup that would take the whole article', () => {
  it('keeps every entry of a live blog whose entries are named "comment"', () => {
    const { text, removed } = cleaned(
      `<div id="article"><div class="live-comments">${[90, 85, 80, 75, 70, 65, 60].map(entry).join('')}</div></div>`,
    );
    expect(text).toContain("90' Lorient keeps the ball");
    expect(text).toContain("60' Lorient keeps the ball");
    expect(removed).toBe(0);
  });

  it('still removes a comments block beside a story', () => {
    const { text, removed } = cleaned(
      `<div id="article">${prose(6)}<div class="comments">${entry(90)}</div></div>`,
    );
    expect(text).toContain('Paragraph 6 of the report');
    expect(text).not.toContain('Lorient keeps the ball');
    expect(removed).toBeGreaterThan(0);
  });
});
