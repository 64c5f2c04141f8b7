/** Invariants of the one door for page HTML: nothing executable, no foreign requests, URLs absolute. */
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createDomPurifySanitizer as createSanitizer } from '../../../utils/sanitize/dompurify';
import { nodeSanitizer } from '../../../scripts/node-dom';
import { DANGEROUS_URL_SPELLINGS } from '../../sanitize-fuzz';
import { createNativeSanitizer, hasNativeSanitizer, NO_NATIVE_SANITIZER } from '../../../utils/sanitize';

const sanitizer = nodeSanitizer();
const clean = (html: string) => sanitizer.html(html, 'https://news.example.com/world/story.html');

describe('sanitize', () => {
  it('refuses a DOM on which DOMPurify would pass everything through (linkedom)', () => {
    expect(() => createSanitizer(parseHTML('<p>x</p>').window as unknown as Window)).toThrow(
      /cannot run the sanitiser/,
    );
  });

  it("the extension's engine refuses a browser without the HTML Sanitizer API, saying which it needs", () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    expect(hasNativeSanitizer(window as unknown as Window)).toBe(false);
    expect(() => createNativeSanitizer(window as unknown as Window)).toThrow(NO_NATIVE_SANITIZER);
    expect(NO_NATIVE_SANITIZER).toMatch(/Chrome 146 or Firefox 148/);
  });

  it('strips scripts, handlers, frames, forms, styles and SVG', () => {
    const out = clean(
      '<p onclick="steal()">Hi<script>alert(1)</script><img src="a.jpg" onerror="alert(2)"><iframe src="https://evil.example"></iframe><form action="/x"><input name="q"><button formaction="javascript:alert(3)">Go</button></form><style>p{background:url(https://evil.example/x)}</style><svg><use href="data:image/svg+xml,x"/></svg><span style="background:url(https://evil.example/y)">s</span></p>',
    );
    expect(out).not.toMatch(
      /script|onerror|onclick|iframe|<form|<input|<button|<style|<svg|style=|evil\.example|javascript:/i,
    );
    expect(out).toContain('Hi');
    expect(out).toContain('src="https://news.example.com/world/a.jpg"');
  });

  it('drops javascript:, data: and vbscript: URLs however they are spelled', () => {
    for (const href of DANGEROUS_URL_SPELLINGS) {
      const out = clean(`<a href="${href}">link</a><img src="${href}"><img srcset="${href} 1x">`);
      expect(out, href).not.toMatch(/javascript|data:|vbscript/i);
    }
  });

  it('makes relative URLs absolute against the page', () => {
    const out = clean(
      '<a href="../politics/vote.html">vote</a><img srcset="small.jpg 480w, /big.jpg 1200w" src="small.jpg">',
    );
    expect(out).toContain('href="https://news.example.com/politics/vote.html"');
    expect(out).toContain(
      'srcset="https://news.example.com/world/small.jpg 480w, https://news.example.com/big.jpg 1200w"',
    );
  });

  it('opens links in a new tab that cannot reach back to the reader', () => {
    const out = clean('<a href="https://elsewhere.example/story">story</a>');
    expect(out).toContain('target="_blank"');
    expect(out).toContain('rel="noopener noreferrer"');
  });

  it('keeps article structure: figures, tables, code with its language, quotes, lists', () => {
    const out = clean(
      '<figure><img src="/a.jpg" alt="A"><figcaption>Caption <span>Credit</span></figcaption></figure><table><thead><tr><th>Year</th></tr></thead><tbody><tr><td>2025</td></tr></tbody></table><pre><code class="language-python hljs">print(1)\nprint(2)</code></pre><blockquote>Quote</blockquote><ol><li>One</li></ol>',
    );
    for (const fragment of [
      '<figure>',
      '<figcaption>',
      '<thead>',
      '<th>Year</th>',
      'class="language-python"',
      'print(1)\nprint(2)',
      '<blockquote>',
      '<ol>',
    ])
      expect(out).toContain(fragment);
    expect(out).not.toContain('hljs');
  });

  it('prefixes ids so they cannot clobber, in-page links included', () => {
    const out = clean('<p id="location">x<sup><a href="#fn1">1</a></sup></p><ol><li id="fn1">Note</li></ol>');
    expect(out).toContain('id="user-content-fn1"');
    expect(out).toContain('href="#user-content-fn1"');
    expect(out).not.toMatch(/id="location"/);
    // Rendering sanitises stored HTML again: links and ids must still match.
    expect(clean(out)).toBe(out);
  });

  it('returns nodes for the target document without any HTML string assignment', () => {
    const target = new JSDOM('<!doctype html><body></body>').window.document;
    const fragment = sanitizer.fragment(
      '<p>Safe <b>text</b><img src=x onerror=alert(1)></p>',
      'https://a.example/',
      target as unknown as Document,
    );
    expect(fragment.ownerDocument).toBe(target);
    expect(fragment.textContent).toBe('Safe text');
    expect(fragment.querySelector('img')?.getAttribute('onerror')).toBeNull();
  });
  describe('cleanTree: an article already built in memory', () => {
    const BASE = 'https://news.example.com/world/story.html';
    const ARTICLE =
      '<h2 class="x" data-id="7">Heading</h2><p>Text with <a href="/more" onclick="steal()">a link</a> and <img src="a.jpg" srcset="b.jpg 2x" onerror="alert(1)">.</p><ul><li id="note">One</li><li><a href="#note">back</a></li></ul><pre class="language-js">let x = 1;</pre>';

    it('gives what sanitising its markup gives, without changing the tree', () => {
      const { window } = new JSDOM('<!doctype html><body></body>');
      const sameRealm = createSanitizer(window as unknown as Window);
      const root = window.document.createElement('div');
      root.innerHTML = ARTICLE;
      const before = root.outerHTML;
      const tree = sameRealm.cleanTree(root as unknown as Element, BASE);
      expect(tree.html).toBe(sameRealm.clean(ARTICLE, BASE).html);
      expect(tree.nodes.textContent).toBe('HeadingText with a link and .Oneback' + 'let x = 1;');
      expect(root.outerHTML).toBe(before);
    });

    it('lets nothing through that the DOM could hold but markup could not say (no parse to catch it)', () => {
      const { window } = new JSDOM('<!doctype html><body></body>');
      const sameRealm = createSanitizer(window as unknown as Window);
      const doc = window.document;
      const root = doc.createElement('div');
      const paragraph = root.appendChild(doc.createElement('p'));
      paragraph.setAttribute('onmouseover', 'alert(1)');
      paragraph.append('safe');
      // Raw-text elements serialise their text unescaped: markup inside them must not come back as tags.
      for (const tag of ['noscript', 'style', 'xmp', 'textarea', 'title']) {
        root.appendChild(doc.createElement(tag)).textContent = `</${tag}><img src=x onerror=alert(1)>`;
      }
      root.appendChild(doc.createElement('script')).textContent = 'alert(2)';
      const svg = root.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'svg'));
      svg.appendChild(doc.createElementNS('http://www.w3.org/2000/svg', 'p')).textContent = 'in svg';
      const link = root.appendChild(doc.createElement('a'));
      link.setAttribute('href', ' javascript:alert(3)');
      link.textContent = 'link';
      const { html, nodes } = sameRealm.cleanTree(root as unknown as Element, BASE);
      // Their text may stay, as text: read the markup back and look at the elements it makes.
      const readBack = new JSDOM(`<!doctype html><body>${html}`).window.document.body;
      for (const element of [readBack, nodes]) {
        expect(element.querySelector('img, script, svg, style, noscript, [onmouseover]')).toBeNull();
      }
      expect(readBack.querySelector('a')?.hasAttribute('href')).toBe(false);
      expect(readBack.textContent).toContain('safe');
      // And the markup read back is as inert as the nodes.
      expect(sanitizer.html(html, BASE)).toBe(html);
    });

    it('sanitises removed blocks with the article, each as its own markup would be', () => {
      const { window } = new JSDOM('<!doctype html><body></body>');
      const sameRealm = createSanitizer(window as unknown as Window);
      const doc = window.document;
      const markups = [
        '<aside class="promo">' + ARTICLE + '</aside>',
        '<aside><p onclick="x()">Sign up <a href="javascript:alert(1)">now</a></p></aside>',
        '<div><form><input name="email"><button>Go</button></form></div>',
        '<script>alert(1)</script>',
        '<p id="parentNode">Clobbering <img src="x.png" onerror="alert(1)"></p>',
      ];
      const blocks = markups.map((markup) => {
        const holder = doc.createElement('div');
        holder.innerHTML = markup;
        return holder.firstElementChild as unknown as Element;
      });
      const page = doc.createElement('section');
      const root = page.appendChild(doc.createElement('div'));
      root.innerHTML = ARTICLE;
      const tree = sameRealm.cleanTree(root as unknown as Element, BASE, blocks);
      expect(tree.html).toBe(sameRealm.clean(ARTICLE, BASE).html);
      expect(tree.removedHtml).toEqual(markups.map((markup) => sanitizer.html(markup, BASE)));
      expect(tree.removedHtml[1]).toBe('<aside><p>Sign up <a>now</a></p></aside>');
      expect(tree.removedHtml[3]).toBe('');
      // The article's element is back where it was; the removed blocks were only moved.
      expect(root.parentNode).toBe(page);
      const { document } = parseHTML('<!doctype html><html><body><p id="a">One</p></body></html>');
      const foreign = document.querySelector('p') as unknown as Element;
      expect(sanitizer.cleanTree(foreign, BASE, [foreign]).removedHtml).toEqual([
        sanitizer.html(foreign.outerHTML, BASE),
      ]);
    });

    it('serialises an element of another DOM (linkedom) and sanitises the markup', () => {
      const { document } = parseHTML(`<!doctype html><html><body><div>${ARTICLE}</div></body></html>`);
      const root = document.querySelector('div') as unknown as Element;
      expect(sanitizer.cleanTree(root, BASE).html).toBe(sanitizer.clean(ARTICLE, BASE).html);
    });
  });
});
