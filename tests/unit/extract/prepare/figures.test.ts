/** Captioned figures Readability leaves behind come back: the lead photo before the body, a figure between kept paragraphs. */
import { describe, expect, it } from 'vitest';
import { collapse, extractHtml, prose } from '../../helpers';

const figure = (caption: string, src = 'https://example.com/photo.jpg') =>
  `<figure class="lead-media"><img src="${src}" alt="" width="800" height="500"><figcaption>${caption} <span class="credit">Photograph: A. Reporter</span></figcaption></figure>`;

describe('figures', () => {
  it('puts back the lead photo that precedes the article body, with its caption and credit', () => {
    const html = `<html><body><article><h1>Pipes</h1>${figure('The valley reservoir at dawn on Tuesday.')}<div class="byline">By A. Reporter</div><div class="article-body">${prose(6)}</div></article></body></html>`;
    const result = extractHtml(html);
    const text = collapse(result.article!.text);
    expect(text).toContain('The valley reservoir at dawn on Tuesday. Photograph: A. Reporter');
    expect(text.indexOf('The valley reservoir')).toBeLessThan(text.indexOf('Paragraph 1 of the report'));
    expect(result.article!.html).toContain('https://example.com/photo.jpg');
  });

  it('recognises a photo block whose caption is a div named caption, not a figcaption', () => {
    const html = `<html><body><div class="asset"><div class="asset-photo"><img src="https://example.com/pier.jpg" alt="Pier"><div class="caption-text"><p>The pier has been closed to the public since an ice storm damaged its pilings in February.</p></div></div><div id="article-body">${prose(6)}</div></div></body></html>`;
    expect(collapse(extractHtml(html).article!.text)).toContain(
      'The pier has been closed to the public since an ice storm',
    );
  });

  it('does not bring back a story card from a rail (its caption is a link)', () => {
    const card = `<figure><a href="/other"><img src="https://example.com/card.jpg" alt=""></a><figcaption><a href="/other">Ten soups to make this weekend</a></figcaption></figure>`;
    const html = `<html><body><aside><ul><li>${card}</li></ul></aside><article><div class="article-body">${prose(6)}</div></article></body></html>`;
    expect(collapse(extractHtml(html).article!.text)).not.toContain('Ten soups');
  });

  it('does not bring back a chart whose axis labels are text outside its caption', () => {
    const labels = [
      'U.S. Dollar index',
      ...['140', 'MONTHLY', 'RECESSIONS', '120', '100', '80', '60'],
      ...['’98', '’00', '’02', '’04', '’06', '’08', '’10', '’12', '’14', '’16', '’18'],
    ]
      .map((label) => `<div class="g-label"><p>${label}</p></div>`)
      .join('');
    const chart = `<div class="ai2html"><div class="g-artboard"><img src="https://example.com/chart.png" alt="">${labels}</div><p class="g-credit">By The Times | Source: Reuters</p></div>`;
    const html = `<html><body><article>${prose(3)}${chart}${prose(3)}</article></body></html>`;
    const text = collapse(extractHtml(html).article!.text);
    expect(text.split('Paragraph 3 of the report').length).toBe(3);
    expect(text).not.toContain('RECESSIONS');
  });

  it('still brings back a photo with a short line beside its caption', () => {
    const photo = `<div class="ai2html-photo"><img src="https://example.com/dam.jpg" alt=""><span>Enlarge this image</span><div class="caption">The dam's spillway was opened on Monday for the first time in a decade.</div></div>`;
    const html = `<html><body><article>${prose(3)}<div class="sidebar">${photo}</div>${prose(3)}</article></body></html>`;
    expect(collapse(extractHtml(html).article!.text)).toContain("The dam's spillway was opened on Monday");
  });

  it('does not duplicate a figure Readability kept', () => {
    const html = `<html><body><article>${prose(2)}${figure('Workers inspect the main pipe.')}${prose(3)}</article></body></html>`;
    const text = collapse(extractHtml(html).article!.text);
    expect(text.split('Workers inspect the main pipe.').length).toBe(2);
  });
});

describe('figures named as chrome', () => {
  it('does not bring back an ad dressed as a captioned figure', () => {
    const html = `<html><body><article>${prose(2)}<div class="ad-slot"><figure><img src="https://ads.example.com/x.jpg" alt=""><figcaption>Sponsored by Acme Pipes Ltd</figcaption></figure></div>${prose(3)}</article></body></html>`;
    const result = extractHtml(html);
    expect(result.article!.html).not.toContain('ads.example.com');
    expect(collapse(result.article!.text)).not.toContain('Acme Pipes');
  });
});
