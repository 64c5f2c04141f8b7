/**
 * Generated hostile HTML for the sanitiser's property tests, shared by the DOMPurify engine's
 * unit tests (Node) and the browser engine's (tests/e2e/sanitize-native.spec.ts): the same
 * generator and the same judgement of what counts as inert.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { ALLOWED_ATTR, ALLOWED_TAGS } from '../utils/sanitize/policy';

export const FUZZ_BASE = 'https://news.example.com/a/story.html';

/** Script and data URLs as pages disguise them: none may survive in a link or an image. */
export const DANGEROUS_URL_SPELLINGS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '&#106;avascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  ' javascript:alert(1)',
];

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

export const hostileElement: fc.Memo<string> = fc.memo((depth) =>
  fc
    .tuple(
      fc.constantFrom(...tags),
      fc.array(attribute, { maxLength: 3 }),
      fc.array(depth > 1 ? fc.oneof(text, hostileElement(depth - 1)) : text, { maxLength: 3 }),
    )
    .map(
      ([tag, attrs, children]) =>
        `<${tag}${attrs.map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`).join('')}>${children.join('')}</${tag}>`,
    ),
);

const URL_ATTRS = new Set(['href', 'src', 'cite']);
export const allowedTags = new Set(ALLOWED_TAGS.map((tag) => tag.toUpperCase()));
export const allowedAttributes = new Set(ALLOWED_ATTR.concat(['target', 'rel']));

/**
 * What in `html`, parsed as a page would parse it, could run or reach out: elements outside the
 * allow-list, attributes outside it, URLs that are not http(s), mailto or in-page. Empty when inert.
 */
export function inertnessProblems(html: string): string[] {
  const problems: string[] = [];
  const { document } = new JSDOM(`<!doctype html><body>${html}`).window;
  for (const node of Array.from(document.body.querySelectorAll('*'))) {
    if (!allowedTags.has(node.tagName)) problems.push(`element ${node.tagName}`);
    for (const { name, value } of Array.from(node.attributes)) {
      // DOMPurify empties an `is` it cannot remove from a created element: inert.
      if (name === 'is' && value === '') continue;
      if (!allowedAttributes.has(name)) problems.push(`attribute ${name}`);
      if (URL_ATTRS.has(name) && !/^(?:https?:\/\/|mailto:|#)/.test(value)) problems.push(`${name}=${value}`);
      if (name === 'srcset' && /javascript:|data:|vbscript:/i.test(value)) problems.push(`srcset=${value}`);
    }
  }
  return problems;
}
