/** What Readability would destroy is kept aside: section headings with "unlikely" classes, the trace of a sign-up form. */
import { describe, expect, it } from 'vitest';
import { collapse, extractHtml, prose } from '../../helpers';

describe('section headings', () => {
  it('keeps a heading whose class or id merely contains "header" or "comment" when it sits among the paragraphs', () => {
    const html = `<html><body><article><div class="body markup">${prose(2)}<h2 class="header-anchor-post">Why the pipes failed</h2>${prose(2)}<h3 id="comment-on-costs">What it will cost</h3>${prose(2)}</div></article></body></html>`;
    const text = collapse(extractHtml(html).article!.text);
    expect(text).toContain('Why the pipes failed');
    expect(text).toContain('What it will cost');
  });

  it('still lets a real comments heading go with its section', () => {
    const html = `<html><body><article>${prose(4)}</article><section class="comments"><h3 class="comments-header">3 comments</h3><p>First!</p></section></body></html>`;
    expect(collapse(extractHtml(html).article!.text)).not.toContain('3 comments');
  });
});

describe('sign-up boxes whose form Readability strips', () => {
  const box = (form: string) =>
    `<div class="x9f"><h3>The Morning Pipe</h3><p>Every weekday our reporters pick the three water stories that matter most in the valley, with maps, numbers and the questions nobody at the council wants to answer.</p><p>Sign up for our newsletter.</p>${form}</div>`;
  const page = (form: string) =>
    `<html><body><article>${prose(3)}${box(form)}<p>The valley's last reservoir was built in 1961, and engineers say it has never been fully inspected since the day it opened to the public.</p>${prose(2)}</article></body></html>`;

  it('removes the whole box when it held a form, keeping the paragraphs around it', () => {
    const text = collapse(
      extractHtml(page('<form><input type="email"><button>Count me in</button></form>')).article!.text,
    );
    expect(text).not.toContain('Sign up for our newsletter');
    expect(text).not.toContain('Every weekday our reporters pick');
    expect(text).toContain("The valley's last reservoir was built in 1961");
  });

  it('without a form, removes only the sign-up line', () => {
    const text = collapse(extractHtml(page('')).article!.text);
    expect(text).not.toContain('Sign up for our newsletter');
    expect(text).toContain('Every weekday our reporters pick');
  });
});
