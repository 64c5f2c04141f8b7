/**
 * Property: whatever HTML a page throws at it, the sanitiser's output contains nothing
 * executable — no element outside the allow-list, no event handler, no style, no URL that is
 * not http(s)/mailto/in-page — even after its output is parsed again from the string (the shape
 * of mutation XSS: markup that serialises into something else). Byte-identical idempotence is
 * not required: the HTML parser legitimately restructures e.g. a <p> inside a <p>.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ALLOWED_ATTR, ALLOWED_TAGS, createSanitizer } from '../../utils/sanitize';
import { nodeSanitizer } from '../../scripts/node-dom';

const sanitizer = nodeSanitizer();
const BASE = 'https://news.example.com/a/story.html';
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 400);

const tags = [
  'script',
  'img',
  'a',
  'svg',
  'math',
  'mtext',
  'mglyph',
  'style',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'template',
  'noscript',
  'meta',
  'base',
  'link',
  'video',
  'audio',
  'source',
  'picture',
  'p',
  'div',
  'table',
  'td',
  'tr',
  'select',
  'option',
  'textarea',
  'title',
  'xmp',
  'use',
  'animate',
  'set',
  'foreignObject',
  'details',
  'summary',
  'figure',
  'figcaption',
  'pre',
  'code',
  'blockquote',
  'ul',
  'li',
];
const attributes = [
  'onerror',
  'onload',
  'onclick',
  'onmouseover',
  'onfocus',
  'ontoggle',
  'href',
  'src',
  'srcset',
  'style',
  'formaction',
  'xlink:href',
  'action',
  'data',
  'poster',
  'background',
  'id',
  'name',
  'class',
  'autofocus',
  'open',
  'is',
  'srcdoc',
  'ping',
  'content',
  'http-equiv',
  'values',
  'attributeName',
  'title',
  'alt',
];
const values = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '&#106;avascript:alert(1)',
  ' javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'http://127.0.0.1:9/canary',
  '/relative/path.jpg',
  '#fn1',
  'mailto:a@b.example',
  'x" onerror="alert(1)',
  '</style><img src=x onerror=alert(1)>',
  'background:url(https://evil.example/x)',
  'location',
  'document',
  'alert(1)',
];

const attribute = fc.tuple(
  fc.constantFrom(...attributes),
  fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 12 })),
);
const text = fc.oneof(
  fc.constantFrom('<', '>', '&', '"', "'", '</p>', '<!--', '-->', '<![CDATA[', ']]>', 'hello'),
  fc.string({ maxLength: 8 }),
);

const element: fc.Memo<string> = fc.memo((depth) =>
  fc
    .tuple(
      fc.constantFrom(...tags),
      fc.array(attribute, { maxLength: 3 }),
      fc.array(depth > 1 ? fc.oneof(text, element(depth - 1)) : text, { maxLength: 3 }),
    )
    .map(
      ([tag, attrs, children]) =>
        `<${tag}${attrs.map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`).join('')}>${children.join('')}</${tag}>`,
    ),
);

const URL_ATTRS = new Set(['href', 'src', 'cite']);
const allowedTags = new Set(ALLOWED_TAGS.map((tag) => tag.toUpperCase()));
const allowedAttributes = new Set(ALLOWED_ATTR.concat(['target', 'rel']));

function assertInert(html: string): void {
  const { document } = new JSDOM(`<!doctype html><body>${html}`).window;
  for (const node of Array.from(document.body.querySelectorAll('*'))) {
    expect(allowedTags.has(node.tagName), `element ${node.tagName}`).toBe(true);
    for (const { name, value } of Array.from(node.attributes)) {
      // DOMPurify empties an `is` it cannot remove from a created element: inert.
      if (name === 'is' && value === '') continue;
      expect(allowedAttributes.has(name), `attribute ${name}`).toBe(true);
      if (URL_ATTRS.has(name)) expect(value, `${name}=${value}`).toMatch(/^(?:https?:\/\/|mailto:|#)/);
      if (name === 'srcset') expect(value).not.toMatch(/javascript:|data:|vbscript:/i);
    }
  }
}

// Hundreds of generated cases: minutes on a loaded 2-core machine, not the default 30 s.
describe('sanitiser fuzzing', { timeout: 180_000 }, () => {
  it('never outputs an executable construct, even re-parsed and re-sanitised', () => {
    fc.assert(
      fc.property(fc.array(element(4), { minLength: 1, maxLength: 4 }), (parts) => {
        const out = sanitizer.html(parts.join(''), BASE);
        assertInert(out);
        assertInert(sanitizer.html(out, BASE));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('the tree path (an article built in memory, sanitised without a reparse) is as inert', () => {
    const { window } = new JSDOM('<!doctype html><body></body>');
    const treeSanitizer = createSanitizer(window as unknown as Window);
    fc.assert(
      fc.property(fc.array(element(4), { minLength: 1, maxLength: 4 }), (parts) => {
        const body = new window.DOMParser().parseFromString(parts.join(''), 'text/html').body;
        // Any element as the root (the tree path), and the page's <body> (the string path).
        const root = body.firstElementChild ?? body;
        const { html, nodes } = treeSanitizer.cleanTree(root, BASE);
        assertInert(treeSanitizer.cleanTree(body, BASE).html);
        assertInert(html);
        assertInert(sanitizer.html(html, BASE));
        // The nodes the overlay shows are the sanitiser's own: inert as they stand.
        for (const node of Array.from(nodes.querySelectorAll('*'))) {
          expect(allowedTags.has(node.tagName), `element ${node.tagName}`).toBe(true);
          for (const name of node.getAttributeNames())
            expect(allowedAttributes.has(name) || name === 'is', `attribute ${name}`).toBe(true);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('survives arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (dirty) => {
        const out = sanitizer.html(dirty, BASE);
        assertInert(out);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
