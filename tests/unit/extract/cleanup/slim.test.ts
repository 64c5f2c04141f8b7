/** Slimming before the sanitiser changes nothing a reader sees: spaces, code layout, code language. */
import { describe, expect, it } from 'vitest';
import { collapse, extractHtml, prose } from '../../helpers';

describe('slimming for the sanitiser', () => {
  it('keeps the space carried by an otherwise empty inline element', () => {
    const html = `<html><body><article>${prose(3)}<p>The Commission nationale informatique et libertés<span> </span>(CNIL) objected to the plan in a long opinion published last week in Paris.</p>${prose(2)}</article></body></html>`;
    expect(collapse(extractHtml(html).article!.text)).toContain('libertés (CNIL) objected');
  });

  const withAttributes = `<html><body><article>${prose(3)}<pre><code class="language-python hljs" data-line="1">def f():\n    return 1</code></pre><p class="css-x1" data-track="p" aria-describedby="n">The function above returns one, which is all the test suite needed from it for now.</p>${prose(2)}</article></body></html>`;

  it('keeps code indentation and its language class', () => {
    const article = extractHtml(withAttributes).article!;
    expect(article.html).toContain('def f():\n    return 1');
    expect(article.html).toContain('class="language-python"');
  });

  it('drops the other attributes', () => {
    const article = extractHtml(withAttributes).article!;
    expect(article.html).not.toContain('data-track');
    expect(article.html).not.toContain('css-x1');
  });

  it('unwraps spans left with no attribute, keeping their text, spaces, styling inside and code layout', () => {
    const html = `<html><body><article>${prose(3)}<p>The <span class="x">mayor</span><span> </span><span data-a="1"><em>said</em> no</span> to the <span lang="fr">bureau</span> plan, which the council had backed for years.</p><pre><code><span class="kw">def</span> f():\n    <span>return</span> 1</code></pre>${prose(2)}</article></body></html>`;
    const article = extractHtml(html).article!;
    expect(article.html).toContain('The mayor <em>said</em> no to the <span lang="fr">bureau</span> plan');
    expect(article.html).toContain('def f():\n    return 1');
    expect(article.html).not.toMatch(/<span>/);
  });

  it('keeps every token of highlighted code, whatever its spans are named, and what is not a bare span', () => {
    const listing = [
      '<span class="hljs-keyword">import</span> share <span class="hljs-keyword">from</span> <span class="hljs-string">"./share"</span>;',
      '<span class="token comment ad-slot">// Advertisement</span>',
      '<span class="hljs-title promo-box">subscribe</span>(<span class="hljs-params">newsletter</span>);',
    ].join('\n');
    const html = `<html><body><article>${prose(3)}<pre><code class="language-js">${listing}</code></pre><pre>first line<br>second line</pre><pre><code><span id="L1">one</span> <span class="k">two</span></code></pre>${prose(2)}</article></body></html>`;
    const article = extractHtml(html).article!;
    expect(article.html).toContain(
      '<code class="language-js">import share from "./share";\n// Advertisement\nsubscribe(newsletter);</code>',
    );
    expect(article.html).toMatch(/first line<br>second line/);
    expect(article.html).toMatch(/<span id="[\w-]*L1">one<\/span> two/);
  });
});
