/**
 * The reader's header: byline, date and site as separate fields. The bug: Readability keeps its
 * byline element's textContent, so a name and the date set beside it in elements of their own
 * came out glued ("Carrie ArnoldNovember 15, 2019 · 12 min read", "Jeff FoustMonday").
 */
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../../utils/extract/metadata/byline';
import { dateShown } from '../../../../utils/extract/metadata/shown-date';
import { extractHtml, prose } from '../../helpers';

const page = (head: string, body: string) =>
  `<html><head>${head}</head><body><article><h1>Pipes to be replaced</h1>${body}${prose(5)}</article></body></html>`;
const header = (body: string, head = '') => extractHtml(page(head, body)).article!;

describe('byline apart from the date beside it', () => {
  it('keeps a linked name apart from a date and a reading time in elements of their own', () => {
    const article = header(
      '<div class="byline"><a href="/carrie">Carrie Arnold</a><span>November 15, 2019</span><span> · 12 min read</span></div>',
    );
    expect(article.byline).toBe('Carrie Arnold');
    expect(article.publishedTime).toBe('2019-11-15T12:00:00Z');
  });

  it('keeps a name apart from the weekday that opens its date', () => {
    expect(header('<p class="byline"><span>Jeff Foust</span><span>Monday</span></p>').byline).toBe(
      'Jeff Foust',
    );
  });

  it('cleans a byline already glued to its date', () => {
    expect(cleanByline('Carrie ArnoldNovember 15, 2019 · 12 min read')).toBe('Carrie Arnold');
    expect(cleanByline('Jeff FoustMonday')).toBe('Jeff Foust');
    expect(cleanByline('By Ana Ruiz Domingo, 12 de mayo de 2024')).toBe('Ana Ruiz');
  });

  it('keeps surnames that are also names of days or months', () => {
    expect(cleanByline('By Plácido Domingo')).toBe('Plácido Domingo');
    expect(cleanByline('Larry Sabato')).toBe('Larry Sabato');
    expect(cleanByline('Theresa May')).toBe('Theresa May');
  });
});

describe('the date the page shows', () => {
  it('is the metadata date when the page declares one', () => {
    const article = header(
      '<div class="byline"><a href="/c">Carrie Arnold</a><span>November 15, 2019</span></div>',
      '<meta property="article:published_time" content="2019-11-14T08:30:00Z">',
    );
    expect(article.publishedTime).toBe('2019-11-14T08:30:00Z');
  });

  it('reads whole dates in several languages and orders', () => {
    expect(dateShown('Nov. 15th, 2019')).toBe('2019-11-15T12:00:00Z');
    expect(dateShown('Par Ana Ruiz, 3 mars 2024')).toBe('2024-03-03T12:00:00Z');
    expect(dateShown('15 de noviembre de 2019')).toBe('2019-11-15T12:00:00Z');
    expect(dateShown('Von Jan Berg, 15. März 2019')).toBe('2019-03-15T12:00:00Z');
    expect(dateShown('Posted 2021-06-30')).toBe('2021-06-30T12:00:00Z');
  });

  it('is no date when the text names no whole one', () => {
    expect(dateShown('Jeff Foust · Monday')).toBeNull();
    expect(dateShown('November 15')).toBeNull();
    expect(dateShown('31 February 2020')).toBeNull();
    expect(dateShown('Room 15 Marks 2019 entrance')).toBeNull();
  });
});
