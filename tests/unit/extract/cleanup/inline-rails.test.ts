/**
 * A list of the site's other headlines in the middle of the story goes; the article's own lists
 * (sources on other sites, anchors, plain items, links in sentences, a list the story ends on) stay.
 */
import { describe, expect, it } from 'vitest';
import { collapse, extractHtml, prose } from '../../helpers';

const URL = 'https://news.example.com/2025/story';
const page = (inner: string) => `<html><body><article>${prose(3)}${inner}${prose(3)}</article></body></html>`;
const textOf = (inner: string) => collapse(extractHtml(page(inner), URL).article!.text);
const headlines = ['Bridge tolls rise again in September', 'Council votes to keep the night ferry'];

describe('related headlines inside the text', () => {
  it('removes a list of the site’s other headlines between paragraphs', () => {
    const text = textOf(
      `<ul>${headlines.map((h, i) => `<li><a href="/2025/other-${i}">${h}</a></li>`).join('')}</ul>`,
    );
    for (const headline of headlines) expect(text).not.toContain(headline);
    expect(text).toContain('Paragraph 3 of the report');
  });

  it('keeps the same headlines as plain items, as links to other sites, or to anchors', () => {
    const plain = textOf(`<ul>${headlines.map((h) => `<li>${h}</li>`).join('')}</ul>`);
    const sources = textOf(
      `<ul>${headlines.map((h, i) => `<li><a href="https://other${i}.example.org/a">${h}</a></li>`).join('')}</ul>`,
    );
    const anchors = textOf(
      `<ul>${headlines.map((h, i) => `<li><a href="#part-${i}">${h}</a></li>`).join('')}</ul>`,
    );
    for (const text of [plain, sources, anchors])
      for (const headline of headlines) expect(text).toContain(headline);
  });

  it('keeps a list whose items say more than their link', () => {
    const text = textOf(
      `<ul>${headlines.map((h, i) => `<li><a href="/2025/other-${i}">${h}</a>, reported in March by our desk</li>`).join('')}</ul>`,
    );
    for (const headline of headlines) expect(text).toContain(headline);
  });
});
