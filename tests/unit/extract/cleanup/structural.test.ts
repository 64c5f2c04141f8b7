/** Structural layer: names say chrome; prose guards real content unless the box also asks the reader for something. */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { matchStructuralRule } from '../../../../utils/extract/cleanup/structural';
import { collapse, extractHtml, prose } from '../../helpers';

const ask = `<div class="contributions-epic"><h2>Support independent journalism</h2><p>Our reporting is funded by readers, not shareholders or a billionaire owner, which means we can report on the stories that matter without fear.</p><p>We keep our journalism open to everyone, regardless of where they live or what they can afford. If you can, please consider supporting us today.</p><a href="/contribute">Donate now</a></div>`;

describe('structural layer', () => {
  it('removes a donation box written in paragraphs when it asks for support', () => {
    const text = collapse(
      extractHtml(`<html><body><article><div class="body">${prose(6)}</div>${ask}</article></body></html>`)
        .article!.text,
    );
    expect(text).not.toContain('funded by readers');
    expect(text).not.toContain('Donate now');
    expect(text).toContain('Paragraph 6 of the report');
  });

  it('keeps an article body that a site names "premium"', () => {
    const html = `<html><body><article><div class="article-body premium-content">${prose(3)}<p>Subscribe now, the council urged residents, before the pipe levy rises again in the spring and bills go up for every household in the valley.</p>${prose(2)}</div></article></body></html>`;
    expect(collapse(extractHtml(html).article!.text)).toContain('Subscribe now, the council urged residents');
  });

  it('removes comment sections named in other languages', () => {
    for (const name of ['comentarios', 'commentaires', 'kommentare', 'commenti']) {
      const html = `<html><body><article>${prose(5)}<section id="${name}"><h3>${name}</h3><p>Lector_42</p><p>Muy buen artículo.</p></section></article></body></html>`;
      expect(collapse(extractHtml(html).article!.text)).not.toContain('Lector_42');
    }
  });

  it('removes short elements hidden by a utility class, but not responsive variants or hidden prose', () => {
    const html = `<html><body><article>${prose(3)}<div class="hidden"><p>Subscribe to keep reading this story.</p></div><p class="sr-only">Opens in a new window</p><div class="hidden md:block">Pump station map, updated weekly by the council.</div><div class="hidden-xs"><p>The valley's pumps date from 1961 and have been repaired more than forty times since then, according to council records seen by the paper.</p></div>${prose(2)}</article></body></html>`;
    const text = collapse(extractHtml(html).article!.text);
    expect(text).not.toContain('Subscribe to keep reading');
    expect(text).not.toContain('Opens in a new window');
    expect(text).toContain("The valley's pumps date from 1961");
    expect(text).toContain('Pump station map, updated weekly');
  });

  // A word a rule's `contains` entry finds is not listed again as a token (the data ships in the
  // content script): each of these must still be named by its own rule.
  it.each([
    ['paywall', 'paywall'],
    ['newsletters-inline', 'newsletter'],
    ['RelatedStories', 'related'],
    ['recommendations', 'related'],
    ['disqus_thread', 'comments'],
    ['cookies-notice', 'cookie'],
    ['sharebar', 'share'],
    ['taboola-below', 'promoted'],
    ['donate', 'promo'],
  ])('names an element of class "%s" %s chrome', (className, kind) => {
    const { document } = parseHTML(`<div class="${className}"></div>`);
    expect(matchStructuralRule(document.querySelector('div')!)?.kind).toBe(kind);
  });

  it('does not read "correlation" as an Italian "related" box', () => {
    const html = `<html><body><article>${prose(4)}<div class="correlation-chart"><p>Rainfall and pipe bursts moved together in every year of the study.</p></div>${prose(1)}</article></body></html>`;
    expect(collapse(extractHtml(html).article!.text)).toContain('Rainfall and pipe bursts moved together');
  });
});
