/** Formulas survive as readable text: Readability 0.6 drops MathJax containers and the sanitiser drops MathML. */
import { describe, expect, it } from 'vitest';
import { collapse, extractHtml, prose } from '../../helpers';

const mathjax = (inner: string, display = false) =>
  `<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"${display ? ' display="true"' : ''}><mjx-math aria-hidden="true"><mjx-mi></mjx-mi></mjx-math><mjx-assistive-mml><math xmlns="http://www.w3.org/1998/Math/MathML">${inner}</math></mjx-assistive-mml></mjx-container>`;

describe('formulas', () => {
  it('keeps a MathJax 3 formula as its tokens, spaced from the words around it', () => {
    const html = `<html><body><article>${prose(3)}<p>When ${mathjax('<mi>a</mi><mo>≠</mo><mn>0</mn>')}and only then, the equation has two roots, which the next section derives step by step for the reader.</p>${mathjax('<mi>x</mi><mo>=</mo><mn>2</mn>', true)}${prose(2)}</article></body></html>`;
    const text = collapse(extractHtml(html).article!.text);
    expect(text).toContain('When a ≠ 0 and only then');
    expect(text).toContain('x = 2');
  });

  it('keeps plain MathML but not its TeX annotation', () => {
    const html = `<html><body><article>${prose(3)}<p>The identity <math><semantics><mrow><msup><mi>e</mi><mrow><mi>i</mi><mi>π</mi></mrow></msup><mo>+</mo><mn>1</mn><mo>=</mo><mn>0</mn></mrow><annotation encoding="application/x-tex">e^{i\\pi}+1=0</annotation></semantics></math> is famous, and mathematicians have argued about its beauty for centuries now.</p>${prose(2)}</article></body></html>`;
    const text = collapse(extractHtml(html).article!.text);
    expect(text).toContain('The identity e i π + 1 = 0 is famous');
    expect(text).not.toContain('x-tex');
    expect(text).not.toContain('\\pi');
  });

  it('does not double a formula the page hides in favour of an image', () => {
    const html = `<html><body><article>${prose(3)}<p>Consider <span style="display: none"><math><mi>q</mi><mo>=</mo><mn>7</mn></math></span><img src="https://example.com/f.png" alt="q=7"> as the running example in the rest of this long explanatory paragraph of the report.</p>${prose(2)}</article></body></html>`;
    expect(collapse(extractHtml(html).article!.text)).not.toContain('q = 7');
  });
});
