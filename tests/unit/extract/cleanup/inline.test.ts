/** Inline labels: chrome words inside a short line (a byline row) go; the same words inside a sentence stay. */
import { describe, expect, it } from 'vitest';
import { collapse, extractHtml, prose } from '../../helpers';

const page = (inner: string) =>
  `<html><body><article><h1>Pipes</h1>${inner}${prose(5)}</article></body></html>`;

describe('inline labels', () => {
  it('removes the reading time and Follow from a byline row, keeping the names and date', () => {
    const html = page(
      `<div class="meta"><span>Sofia Carrasco and Daniel Fuentes</span> · <time datetime="2025-08-29">August 29, 2025</time> · <span>2 min read</span> <a href="/follow">Follow</a></div>`,
    );
    const text = collapse(extractHtml(html).article!.text);
    expect(text).not.toContain('2 min read');
    expect(text).not.toMatch(/\bFollow\b/);
    expect(text).toContain('August 29, 2025');
  });

  it('removes an "Advertisement" label even inside a paragraph', () => {
    const html = page(
      `<p>The council met on Tuesday to discuss the plan. <span class="lbl">Advertisement</span> Members then voted six to one in favour of the new pipes, after two hours of debate.</p>`,
    );
    const text = collapse(extractHtml(html).article!.text);
    expect(text).not.toContain('Advertisement');
    expect(text).toContain('Members then voted six to one');
  });

  it('keeps the same words when they are part of a sentence', () => {
    const html = page(
      `<p>Residents can <b>share</b> their views online, and the event was <em>sponsored</em> by the water board; <a href="/x">Follow</a>-up meetings are planned, and the <em>advertisement</em> for them ran twice.</p>`,
    );
    const text = collapse(extractHtml(html).article!.text);
    expect(text).toContain('Residents can share their views online');
    expect(text).toContain('the event was sponsored by the water board');
    expect(text).toContain('Follow-up meetings');
    expect(text).toContain('the advertisement for them ran twice');
  });

  it('removes bare account links in a short line (French and Spanish too)', () => {
    const html = page(
      `<div class="bar"><a href="/login">Se connecter</a> | <a href="/abo">S'abonner</a> | <a href="/registro">Regístrate</a> | <span>Lectura: 4 min</span></div>`,
    );
    const text = collapse(extractHtml(html).article!.text);
    for (const label of ['Se connecter', "S'abonner", 'Regístrate', 'Lectura: 4 min'])
      expect(text).not.toContain(label);
  });
});
