/** Positional layer: the short plea that closes a post goes; a real closing paragraph stays whatever it mentions. */
import { describe, expect, it } from 'vitest';
import { collapse, extractHtml, prose } from '../../helpers';

describe('closing asks', () => {
  it('removes a short donation plea at the very end, even in a plain paragraph', () => {
    const plea =
      'If you enjoy these restorations, you can help keep the workshop running with a small contribution.';
    const text = collapse(
      extractHtml(`<html><body><article>${prose(5)}<p>${plea}</p></article></body></html>`).article!.text,
    );
    expect(text).not.toContain(plea);
    expect(text).toContain('Paragraph 5 of the report');
  });

  it('removes a closing subscribe line followed by another ask', () => {
    const html = `<html><body><article>${prose(5)}<p>Thanks for reading Pipes Weekly! Subscribe for free to receive new posts and support my work.</p><p>Download the Pipes app to read offline.</p></article></body></html>`;
    const text = collapse(extractHtml(html).article!.text);
    expect(text).not.toContain('Thanks for reading Pipes Weekly');
    expect(text).not.toContain('Download the Pipes app');
  });

  it('removes a syndication line whose second sentence asks the reader to sign up', () => {
    const tail = 'This story was originally published by the Valley Times. Sign up for their newsletters.';
    const html = `<html><body><article>${prose(5)}<p>${tail}</p></article></body></html>`;
    const text = collapse(extractHtml(html).article!.text);
    expect(text).not.toContain('originally published');
    expect(text).toContain('Paragraph 5 of the report');
  });

  it('removes a newsroom’s closing donation ask that credits "readers like you"', () => {
    const ask =
      'Plains Report is a nonprofit newsroom. Our journalism is free to read because readers like you support it. Donate today.';
    const text = collapse(
      extractHtml(`<html><body><article>${prose(5)}<p>${ask}</p></article></body></html>`).article!.text,
    );
    expect(text).not.toContain('nonprofit newsroom');
    expect(text).toContain('Paragraph 5 of the report');
  });

  it('keeps a closing sentence about newsletters told in the third person', () => {
    const ending =
      'The council said 4,000 residents had signed up for its newsletter since the levy was announced.';
    const html = `<html><body><article>${prose(5)}<p>${ending}</p></article></body></html>`;
    expect(collapse(extractHtml(html).article!.text)).toContain(ending);
  });

  it('keeps a long closing paragraph that talks about subscriptions', () => {
    const ending =
      'Not every experiment has worked. Schemes that ask readers to become a member rather than a customer have struggled, and donation asks spike around elections and fade quickly afterwards; the publishers growing fastest stopped treating every reader as a prospect.';
    expect(
      collapse(
        extractHtml(`<html><body><article>${prose(5)}<p>${ending}</p></article></body></html>`).article!.text,
      ),
    ).toContain(ending);
  });

  it('stops at the first closing block that asks for nothing', () => {
    const ask = 'Please consider supporting our work with a small donation.';
    const html = `<html><body><article>${prose(4)}<p>${ask}</p><p>Additional reporting by Maria Lopez in Seville.</p></article></body></html>`;
    expect(collapse(extractHtml(html).article!.text)).toContain('Additional reporting by Maria Lopez');
  });

  it('keeps a closing quote that happens to ask for donations', () => {
    const quote = '"Please consider donating to the shelter if you can," she said.';
    expect(
      collapse(
        extractHtml(`<html><body><article>${prose(5)}<p>${quote}</p></article></body></html>`).article!.text,
      ),
    ).toContain(quote);
  });
});
