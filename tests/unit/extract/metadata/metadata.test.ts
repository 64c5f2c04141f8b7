/** Title, byline and site name as a reader expects them, from every source the page offers. */
import { describe, expect, it } from 'vitest';
import { extractHtml, prose } from '../../helpers';

const page = (head: string, body = '') =>
  `<html><head>${head}</head><body><article>${body}${prose(5)}</article></body></html>`;
const meta = (head: string, body = '', url?: string) => extractHtml(page(head, body), url).article!;

describe('byline', () => {
  it('prefers Dublin Core creators, naming every one', () => {
    expect(
      meta(
        '<meta name="author" content="Web Desk"><meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">',
      ).byline,
    ).toBe('Kooman, F. and Jong, Michiel de');
  });

  it('reads space-separated meta properties', () => {
    expect(
      meta(
        '<meta property="dc:creator twitter:site_name" content="Creator Name"><meta name="author" content="Other">',
      ).byline,
    ).toBe('Creator Name');
  });

  it('names every linked author of the visible byline when the metadata names none', () => {
    expect(
      meta(
        '',
        '<p class="byline">By <a rel="author" href="/a">Ana Ruiz</a> and <a rel="author" href="/t">Tom Lee</a></p>',
      ).byline,
    ).toBe('Ana Ruiz and Tom Lee');
  });

  it('cleans "By", dates and "Updated" out of a visible byline', () => {
    expect(meta('', '<div class="byline">By Nathan Willis March 25, 2015</div>').byline).toBe(
      'Nathan Willis',
    );
    expect(meta('', '<div class="byline">Por María Gómez | Actualizado 12/03/2024</div>').byline).toBe(
      'María Gómez',
    );
  });
});

describe('title', () => {
  it('drops an en-dash site suffix from a plain <title>', () => {
    expect(meta('<title>Lorem ipsum dolor sit amet – My website</title>').title).toBe(
      'Lorem ipsum dolor sit amet',
    );
  });

  it('keeps a dash that is part of a headline written as metadata', () => {
    expect(
      meta('<meta property="og:title" content="Review – a gripping thriller about water rights">').title,
    ).toBe('Review – a gripping thriller about water rights');
  });

  it('drops a suffix that names the site in its address', () => {
    expect(
      meta('<title>Getting lean with digital ad UX | IAB</title>', '', 'https://www.iab.com/news/lean').title,
    ).toBe('Getting lean with digital ad UX');
    expect(
      meta(
        '<title>Pipes to be replaced across the valley - Valley Herald</title>',
        '',
        'https://valleyherald.co.uk/a',
      ).title,
    ).toBe('Pipes to be replaced across the valley');
  });
});

describe('site name', () => {
  const ld = (publisher: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pipes","publisher":{"@type":"Organization","name":"${publisher}"}}</script>`;

  it('takes the outlet of an attribution line when the page names only itself', () => {
    const body =
      '<p><em>This article originally appeared on The Conversation. Read the original article.</em></p>';
    expect(meta(`<meta property="og:site_name" content="NewsHub">`, body).siteName).toBe('The Conversation');
    expect(meta(`<meta property="og:site_name" content="NewsHub">${ld('NewsHub')}`, body).siteName).toBe(
      'The Conversation',
    );
  });

  it('reads attribution lines in other languages', () => {
    expect(meta('', '<p>Publicado originalmente en El Diario Atlántico.</p>').siteName).toBe(
      'El Diario Atlántico',
    );
    expect(meta('', '<p>Dieser Artikel erschien zuerst bei Zeit Online.</p>').siteName).toBe('Zeit Online');
    expect(
      meta('', '<p>Cet article a été initialement publié sur Le Journal du Matin le 3 mai 2024.</p>')
        .siteName,
    ).toBe('Le Journal du Matin');
  });

  it('keeps the JSON-LD publisher when it names another outlet than the host', () => {
    expect(
      meta(
        `<meta property="og:site_name" content="NewsHub">${ld('Meridian Wire')}`,
        '<p>Originally published by Wire Partner.</p>',
      ).siteName,
    ).toBe('Meridian Wire');
  });

  it('never reads a sentence of the story as an attribution', () => {
    expect(
      meta(
        '<meta property="og:site_name" content="Valley Herald">',
        '<p>The study was originally published in Nature last spring.</p>',
      ).siteName,
    ).toBe('Valley Herald');
  });
});

describe('title bylines', () => {
  it('drops a "| by Author" segment left after the site name', () => {
    expect(
      meta(
        '<title>I quit my job to build boats | by Sam Lee | Medium</title><meta property="og:site_name" content="Medium">',
      ).title,
    ).toBe('I quit my job to build boats');
  });
});
