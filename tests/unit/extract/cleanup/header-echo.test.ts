/**
 * What the header shows, repeated at the article's top (or a date at its bottom), goes; every
 * header echo rule (cleanup/echoes/header-echo-rules.ts) has a twin, a story sentence with the same words
 * at the same place, that stays. The bug: an Italian page opened with "3.409 / letture / 23 Nov
 * 2017" as three paragraphs, a review with "Review / By … / Monday, November 18…".
 */
import { describe, expect, it } from 'vitest';
import { HEADER_ECHO_RULES } from '../../../../utils/extract/cleanup/echoes/header-echo-rules';
import { collapse, extractHtml, prose } from '../../helpers';

const page = (top: string, bottom = '', head = '') =>
  `<html><head>${head}</head><body><article><h1>Pipes to be replaced across the valley</h1>${top}${prose(4)}${bottom}</article></body></html>`;
const text = (top: string, bottom = '', head = '') =>
  collapse(extractHtml(page(top, bottom, head)).article!.text);

const TWINS: Record<string, { drop: string[]; keep: string[] }> = {
  'date-alone': {
    drop: [
      'Monday, November 18, 2019 3:15 PM',
      '23 Nov 2017',
      'Published: 05. Februar 2020',
      '23.10.2018',
      '3:59 PM',
    ],
    keep: ['Monday, November 18, 2019 was the day the bridge reopened.'],
  },
  'byline-alone': {
    drop: ['By Jane Doe', 'Von Anna Berg und Tom Klein | dpa', 'By JANE DOE, Staff Writer'],
    keep: ['By the time the ferry docked, the crew had gone home.'],
  },
  'bare-count': { drop: ['3.409', '12,500', '1.2K'], keep: ['3.409 people signed the petition in a week.'] },
  kicker: {
    drop: ['Review', 'Analyse', 'Opinión'],
    keep: ['Review the council’s figures and the gap is plain.'],
  },
};

describe('header echoes', () => {
  it('gives every rule of the table a block it removes and a sentence it keeps', () => {
    for (const rule of HEADER_ECHO_RULES) {
      expect(TWINS[rule.id]?.drop.length, rule.id).toBeGreaterThan(0);
      expect(TWINS[rule.id]?.keep.length, rule.id).toBeGreaterThan(0);
    }
  });

  for (const rule of HEADER_ECHO_RULES) {
    const twins = TWINS[rule.id];
    if (!twins) continue;
    it(`${rule.id}: removes the block above the story and keeps its story twin there`, () => {
      for (const block of twins.drop) expect(text(`<p>${block}</p>`), block).not.toContain(collapse(block));
      for (const sentence of twins.keep) expect(text(`<p>${sentence}</p>`)).toContain(collapse(sentence));
    });
  }

  it('removes a read count, its label and the date set as three paragraphs at the top', () => {
    const result = text('<p>3.409</p><p>letture</p><p>23 Nov 2017</p>');
    expect(result).not.toMatch(/3\.409|letture|23 Nov 2017/);
    expect(result).toContain('Paragraph 1 of the report');
  });

  it('removes a line of the byline’s name, date and reading time, kept apart by separators', () => {
    const head = '<meta name="author" content="Carrie Arnold">';
    const result = text('<p>Carrie Arnold · November 15, 2019 · 12 min read</p>', '', head);
    expect(result).not.toContain('Carrie Arnold');
    expect(result).not.toContain('12 min read');
  });

  it('keeps a name that is not the byline’s, and a date in the middle of the story', () => {
    const head = '<meta name="author" content="Carrie Arnold">';
    expect(text('<p>Teodora Vass</p>', '', head)).toContain('Teodora Vass');
    const middle = `<html><body><article>${prose(2)}<p>March 3, 2020</p>${prose(2)}</article></body></html>`;
    expect(collapse(extractHtml(middle).article!.text)).toContain('March 3, 2020');
  });

  it('removes a date standing alone after the last paragraph', () => {
    expect(text('', '<p>Updated: 24 Nov 2017 10:05</p>')).not.toContain('24 Nov 2017');
  });

  it('removes a line that holds only a <time> wherever it sits, but not a <time> in a sentence', () => {
    const lead =
      '<p>Margaret Ellis completed the 10.5-mile swim in just under 14 hours, raising more than £62,000 for the hospice.</p>';
    const stamp = text(
      `${lead}<div><span>Sevilla</span> - <time datetime="2025-08-19">19 ago 2025 - 07:40 CEST</time></div>`,
    );
    expect(stamp).toContain('Margaret Ellis completed');
    expect(stamp).not.toContain('19 ago 2025');
    const sentence = text(`${lead}<p>On <time datetime="2025-08-18">Monday</time> the council met.</p>`);
    expect(sentence).toContain('On Monday the council met.');
  });

  it('looks past a long standfirst set as a heading for the date under it', () => {
    const dek =
      '<h2>Banks with less than $100 billion in assets cut new office and retail lending by a third this year, filings show</h2>';
    expect(text(`${dek}<p>Oct. 30, 2025 5:30 am ET</p>`)).not.toContain('Oct. 30, 2025');
  });
});
