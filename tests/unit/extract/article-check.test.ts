/** A short article is still an article; a sign-in form or a link list is not. */
import { describe, expect, it } from 'vitest';
import { collapse, extractHtml } from '../helpers';

describe('is it an article?', () => {
  it('keeps a two-sentence note', () => {
    const html = `<html><body><article><h1>Note</h1><p>Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore.</p><p>Ut enim ad minim veniam, quis nostrud exercitation.</p></article></body></html>`;
    const result = extractHtml(html);
    expect(collapse(result.article?.text)).toContain('Ut enim ad minim veniam');
  });

  it('keeps a photo post with a line of text', () => {
    const html = `<html><body><article><h2>Test Case 1</h2><img src="https://example.com/a.jpg" alt="a"><h2>Test Case 2</h2><img src="https://example.com/b.jpg" alt="b"></article></body></html>`;
    expect(extractHtml(html).article?.html).toContain('https://example.com/a.jpg');
  });

  it('refuses a sign-in page', () => {
    const html = `<html><body><main><form action="/login"><h1>Sign in</h1><label>Email <input type="email" name="email"></label><label>Password <input type="password" name="password"></label><button type="submit">Sign in</button></form></main></body></html>`;
    expect(extractHtml(html).article).toBeNull();
  });

  it('refuses a short list of links', () => {
    const html = `<html><body><div><ul><li><a href="/a">Home</a></li><li><a href="/b">World news today</a></li><li><a href="/c">Sport and culture</a></li></ul></div></body></html>`;
    expect(extractHtml(html).article).toBeNull();
  });
});
