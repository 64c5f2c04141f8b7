/** Hostile metadata comes out as plain, bounded, well-formed text (it is stored and shown). */
import { describe, expect, it } from 'vitest';
import { cleanLang, cleanText } from '../../../../utils/extract/metadata/metadata-clean';
import { extractHtml, prose } from '../../helpers';

describe('metadata cleaning', () => {
  it('keeps real language tags and drops injected ones', () => {
    expect(cleanLang('pt-BR')).toBe('pt-BR');
    expect(cleanLang('zh_Hant_TW')).toBe('zh-Hant-TW');
    expect(cleanLang('en"><img src=x onerror=alert(1)>')).toBeNull();
    expect(cleanLang('')).toBeNull();
  });

  it('strips bidi overrides and control characters, collapsing the spaces left', () => {
    expect(cleanText('Bank\u202Egnp.exe\u202C  news\u0007', 100)).toBe('Bankgnp.exe news');
  });

  it('bounds text to its limit', () => {
    expect(cleanText('x'.repeat(600), 500)).toHaveLength(500);
  });

  it('gives nothing for blank text', () => {
    expect(cleanText('   ', 10)).toBeNull();
  });

  it('an article with hostile metadata still extracts, with clean fields', () => {
    const html = `<html lang='en"><img src=x>'><head><title>\u202EPipes\u202C plan | Gazette</title><meta name="author" content="${'A'.repeat(2000)}"></head><body><article><h1>Pipes plan</h1>${prose(6)}</article></body></html>`;
    const article = extractHtml(html).article!;
    expect(article.lang).toBeNull();
    expect(article.title).not.toMatch(/[\u202A-\u202E]/);
    expect(article.byline!.length).toBeLessThanOrEqual(300);
  });
});
