/**
 * The blocks extract() removed are offered back to the reader sanitised, but sanitised only when
 * first read (restoring one, saving the article): all of them in one pass, then never again.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { nodeSanitizer } from '../../../../scripts/node-dom';
import { extract } from '../../../../utils/extract';
import type { Sanitizer } from '../../../../utils/sanitize';
import { prose } from '../../helpers';

function countingSanitizer() {
  const inner = nodeSanitizer();
  const calls = { cleanTree: 0, html: 0 };
  const sanitizer: Sanitizer = {
    ...inner,
    cleanTree: (...args) => (calls.cleanTree++, inner.cleanTree(...args)),
    html: (...args) => (calls.html++, inner.html(...args)),
  };
  return { sanitizer, calls };
}

const page = `<html><body><article><h1>Harbour fares rise</h1>${prose(3)}
  <div class="newsletter-signup"><h3>Get the Harbour Briefing</h3><p>Sign up for our free newsletter. <a href="javascript:alert(1)" onclick="steal()">Subscribe</a></p></div>
  ${prose(2)}
  <table><thead><tr><th>Route</th><th>Fare</th></tr></thead><tbody><tr><td>Inchholm</td><td>£4.40</td></tr><tr class="advertisement"><td colspan="2">Advertisement</td></tr></tbody></table>
  <p>Read more: <a href="/night-boats">Night boats cut after the winter storms</a></p>
  ${prose(2)}
</article></body></html>`;

describe('removed blocks', () => {
  const extractCounting = () => {
    const { sanitizer, calls } = countingSanitizer();
    const result = extract(
      parseHTML(page).document as unknown as Document,
      'https://news.example.com/fares',
      {
        sanitizer,
      },
    );
    return { result, calls };
  };

  it('are previewed with nothing but the article sanitised', () => {
    const { result, calls } = extractCounting();
    const previews = result.removed.map((block) => block.preview);
    // A heading and the line under it, with no space between them in the page, read apart.
    expect(
      previews.some((text) => text.startsWith('Get the Harbour Briefing Sign up for our free newsletter')),
    ).toBe(true);
    expect(previews.some((text) => text.includes('Read more: Night boats'))).toBe(true);
    expect(previews).toContain('Advertisement');
    expect(calls).toEqual({ cleanTree: 1, html: 0 });
  });

  it('are sanitised on first reading, all in one pass', () => {
    const { result, calls } = extractCounting();
    void result.removed[0]!.html;
    // The blocks built in memory in one pass; a removed table row through its markup.
    const afterFirst = { ...calls };
    expect(afterFirst).toEqual({ cleanTree: 2, html: 1 });
    for (const block of result.removed) expect(block.html.length).toBeGreaterThan(0);
    expect(calls).toEqual(afterFirst);
  });

  it('keep nothing hostile', () => {
    const newsletter = extractCounting().result.removed.find((block) => block.preview.includes('Sign up'))!;
    expect(newsletter.html).toContain('Sign up for our free newsletter');
    expect(newsletter.html).not.toMatch(/javascript:|onclick/);
  });

  it('carry their markup when the result is serialised, as messages and the database do', () => {
    const result = extract(
      parseHTML(page).document as unknown as Document,
      'https://news.example.com/fares',
      {
        sanitizer: nodeSanitizer(),
      },
    );
    const related = result.removed.findIndex((block) => block.preview.includes('Read more'));
    expect(related).not.toBe(-1);
    const viaJson = JSON.parse(JSON.stringify(result.removed)) as typeof result.removed;
    expect(viaJson[related]!.html).toContain('Night boats cut after the winter storms');
    const viaClone = structuredClone(result.removed);
    expect(viaClone[related]!.html).toContain('https://news.example.com/night-boats');
    expect(viaClone[related]).toEqual({ ...result.removed[related] });
  });
});
