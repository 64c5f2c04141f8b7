/**
 * The choice of the article among candidates (utils/extract/candidates/): Readability's pick is
 * checked against what the page declares and against the densest block of prose, and replaced only
 * on evidence. Each page here is a small synthetic one; Readability's pick is given, as the
 * element it would hand over.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { doubtful, otherArticleRoot } from '../../../../utils/extract/candidates/article-root';
import { chooseCandidate, valueOf } from '../../../../utils/extract/candidates/choose';
import { mainProseOf } from '../../../../utils/extract/confidence';
import { beforeReadability } from '../../../../utils/extract/pipeline';
import { collapse, extractHtml, prose } from '../../helpers';

const URL = 'https://news.example.com/2025/letter';

const parse = (html: string) => parseHTML(html).document as unknown as Document;

/** A paragraph of a letter, distinct from the helper's report so it can be looked for. */
const letter = (count: number) =>
  Array.from(
    { length: count },
    (_, index) =>
      `<p>Letter paragraph ${index + 1}: we the undersigned believe that the free exchange of ideas is the lifeblood of a liberal society, and that it is becoming more constricted every day, in newsrooms and universities alike.</p>`,
  ).join('');

const signatories = Array.from({ length: 60 }, (_, index) => `Signatory Number${index}, writer`).join('<br>');

/** Readability's pick, as a detached element holding `html`. */
function pick(html: string): Element {
  return parse(`<div id="pick">${html}</div>`).getElementById('pick')!;
}

/** The candidate chosen over Readability's pick on `page`, or null when the pick stays. */
function choose(page: string, picked: Element | null, declaredBody: string | null = null) {
  const doc = parse(page);
  const ready = beforeReadability(doc, URL)!;
  const evidence = {
    root: picked,
    proseOnPage: ready.prepared.proseOnPage,
    mainProse: mainProseOf(doc),
    declaredBody,
  };
  return otherArticleRoot(evidence, 'An open letter', () => beforeReadability(doc, URL));
}

describe('the choice of the article', () => {
  it('takes the declared article body over a list of signatories Readability picked', () => {
    const page = `<html><body><h1>An open letter</h1>
      <div itemprop="articleBody">${letter(5)}</div>
      <div class="names"><p>${signatories}</p></div></body></html>`;
    const chosen = choose(page, pick(`<p>${signatories}</p>`));
    expect(chosen?.kind).toBe('declared');
    expect(collapse(chosen?.root.textContent)).toContain('Letter paragraph 5');
    expect(collapse(chosen?.root.textContent)).not.toContain('Signatory Number3');
  });

  it('passes over a candidate that is mostly links for the prose near the title', () => {
    const links = Array.from(
      { length: 40 },
      (_, i) => `<a href="/s/${i}">Another story headline number ${i}</a>`,
    );
    const page = `<html><body>
      <main><ul>${links.map((link) => `<li>${link}</li>`).join('')}</ul></main>
      <div class="story"><h1>An open letter</h1>${letter(4)}</div></body></html>`;
    const chosen = choose(page, pick(`<ul>${links.map((link) => `<li>${link}</li>`).join('')}</ul>`));
    expect(chosen?.kind).toBe('density');
    expect(collapse(chosen?.root.textContent)).toContain('Letter paragraph 4');
    expect(collapse(chosen?.root.textContent)).not.toContain('Another story headline');
  });

  it('takes the whole article when Readability kept a cut-down part of it', () => {
    const page = `<html><body><h1>An open letter</h1>
      <article><div class="intro">${letter(2)}</div><div class="more">${prose(5)}</div></article>
      <footer><a href="/">Home</a></footer></body></html>`;
    const chosen = choose(page, pick(letter(2)));
    const text = collapse(chosen?.root.textContent);
    expect(text).toContain('Letter paragraph 2');
    expect(text).toContain('Paragraph 5 of the report');
  });

  it("keeps Readability's pick when it already holds the page's prose", () => {
    const page = `<html><body><h1>An open letter</h1><article>${letter(6)}</article>
      <aside><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></aside></body></html>`;
    const picked = pick(letter(6));
    const ready = beforeReadability(parse(page), URL)!;
    const evidence = {
      root: picked,
      proseOnPage: ready.prepared.proseOnPage,
      mainProse: mainProseOf(parse(page)),
      declaredBody: null,
    };
    expect(doubtful(evidence)).toBe(false);
    expect(choose(page, picked)).toBeNull();
  });

  it('prefers, of two candidates with the same prose, the one under the title', () => {
    const tally = { text: 1200, links: 0, prose: 1200, score: 1200 };
    const [near, far] = [true, false].map((nearTitle) => ({
      kind: 'density' as const,
      root: pick(letter(6)),
      tally,
      nearTitle,
      agreesWithBody: null,
    }));
    expect(chooseCandidate(null, [far!, near!], () => 0)).toBe(near);
    expect(valueOf(far!)).toBeLessThan(valueOf(near!));
  });

  it('builds the article from the JSON-LD articleBody when no element holds that text', () => {
    const body = Array.from(
      { length: 5 },
      (_, i) =>
        `Declared paragraph ${i + 1} tells the story that the page only sends as data, to be drawn by its scripts.`,
    ).join('\n');
    const page = `<html><body><h1>An open letter</h1><div class="teaser"><p>Subscribe to read the whole story today, it is only one dollar a month for the first year.</p></div></body></html>`;
    const chosen = choose(
      page,
      pick(
        '<p>Subscribe to read the whole story today, it is only one dollar a month for the first year.</p>',
      ),
      body,
    );
    expect(chosen?.kind).toBe('declared-text');
    expect(chosen?.root.querySelectorAll('p')).toHaveLength(5);
  });
});

describe('extract() with the candidates', () => {
  it('reads a short story in the page’s only <article> when Readability finds nothing', () => {
    const page = `<html><body><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav>
      <article><h2>Spring cleaning</h2>
        <p>After two years of neglect the blog has a new look, new software and a promise of more regular posts.</p>
        <p>The beginning is made; now the archive needs sorting, and the old pictures need their captions back.</p>
      </article><footer>Contact</footer></body></html>`;
    const result = extractHtml(page, URL);
    expect(collapse(result.article?.text)).toContain('After two years of neglect');
    expect(collapse(result.article?.text)).toContain('the old pictures need their captions back');
  });

  it('still removes promo chrome from a chosen candidate', () => {
    const page = `<html><body><h1>An open letter</h1>
      <div itemprop="articleBody">${letter(5)}
        <div class="newsletter-signup"><p>Sign up for our newsletter</p></div></div>
      <div class="names"><p>${signatories}</p><p>${signatories}</p></div></body></html>`;
    const text = collapse(extractHtml(page, URL).article?.text);
    expect(text).toContain('Letter paragraph 5');
    expect(text).not.toContain('Sign up for our newsletter');
  });
});

describe('the merge of a lead with the chosen article', () => {
  it('brings along the standfirst of Readability’s pick that stands just before the chosen body', () => {
    const standfirst =
      'A standfirst under the headline sums the letter up: three hundred writers ask for open debate.';
    const page = `<html><body><header><h1>An open letter</h1><p class="lead">${standfirst}</p></header>
      <div class="body">${letter(5)}</div>
      <div class="names"><p>${signatories}</p></div></body></html>`;
    const chosen = choose(page, pick(`<p>${standfirst}</p><p>${signatories}</p>`));
    const text = collapse(chosen?.root.textContent);
    expect(text.startsWith(standfirst)).toBe(true);
    expect(text).toContain('Letter paragraph 5');
  });
});

describe('a story Readability cuts short', () => {
  it('is read whole when its second half sits in a container Readability drops on its name', () => {
    const more = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>Part ${i + 1} of the story goes on: residents along the north shore told the inquiry that the pipes under their streets burst twice last winter, and that the plan sounds far too slow.</p>`,
    ).join('');
    const page = `<html><body><nav><a href="/">Home</a></nav><main><article><h1>Pipes</h1>
      <div class="story-body">${prose(3)}</div><div class="story-extra">${more}</div></article></main></body></html>`;
    const result = extractHtml(page, URL);
    expect(collapse(result.article?.text)).toContain('Paragraph 3 of the report');
    expect(collapse(result.article?.text)).toContain('Part 8 of the story');
    expect(result.confidence).toBe('high');
  });
});
