/**
 * Generated hostile HTML for the sanitiser's property tests, shared by the DOMPurify engine's
 * unit tests (Node) and the browser engine's (tests/e2e/sanitize-native.spec.ts): the same
 * generator and the same judgement of what counts as inert.
 */
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { ALLOWED_ATTR, ALLOWED_TAGS } from '../utils/sanitize/policy';
import { isLocalNetworkUrl } from '../utils/sanitize/private-hosts';
import { parseSrcset } from '../utils/sanitize/srcset';

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

/** Picture addresses on the reader's machine, as pages spell them (all loopback). */
export const LOCAL_PICTURES = [
  'http://0x7f.1/p.jpg',
  'http://2130706433/p.jpg',
  'http://0177.0.0.1/p.jpg',
  'http://[::ffff:127.0.0.1]/p.jpg',
  'http://localhost/p.jpg',
  'http://app.localhost/p.jpg',
  'http://0.0.0.0/p.jpg',
];
/** Tracking pixels by address. */
export const BEACON_PICTURES = [
  'https://www.facebook.com/tr?id=1&ev=PageView',
  'https://www.google-analytics.com/collect?v=1',
  'https://news.example.com/t/pixel.gif',
];
const BEACON = /facebook\.com\/tr|google-analytics\.com\/collect|\/pixel\.gif/;

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
  'width',
  'height',
  'sizes',
  'attributionsrc',
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
  // Local-network pictures (loopback spellings only: the browser test builds these in a live page).
  ...LOCAL_PICTURES,
  // Beacons and trackers' sizes.
  ...BEACON_PICTURES,
  '1',
  '0',
  '2px',
  'display:none',
  'opacity:0',
  // srcset tricks: a candidate glued on with a bare comma, or hidden in parentheses.
  'https://cdn.example/a.jpg 1x,javascript:alert(1) 2x',
  'https://cdn.example/a.jpg (1x,javascript:alert(1)) 2x',
  'https://cdn.example/a.jpg 1x,http://0x7f.1/b.jpg 2x',
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

/** Every address a picture element would request: its src and each srcset candidate's. */
function pictureAddresses(element: Element): string[] {
  const src = element.getAttribute('src');
  return [
    ...(src === null ? [] : [src]),
    ...parseSrcset(element.getAttribute('srcset') ?? '').map((candidate) => candidate.url),
  ];
}

const URL_ATTRS = new Set(['href', 'src', 'cite']);
export const allowedTags = new Set(ALLOWED_TAGS.map((tag) => tag.toUpperCase()));
export const allowedAttributes = new Set(ALLOWED_ATTR.concat(['target', 'rel']));

/**
 * What in `html`, parsed as a page would parse it, could run or reach out: elements outside the
 * allow-list, attributes outside it, URLs that are not http(s), mailto or in-page, pictures on
 * the local network (the fuzz page is public), beacons and 1×1 trackers. Empty when inert.
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
      if (
        (name === 'width' || name === 'height') &&
        /^(?:IMG|SOURCE)$/.test(node.tagName) &&
        parseFloat(value) <= 2
      )
        problems.push(`tracker size ${name}=${value}`);
    }
    if (/^(?:IMG|SOURCE)$/.test(node.tagName))
      for (const url of pictureAddresses(node)) {
        if (!/^https?:\/\//i.test(url)) problems.push(`picture ${url}`);
        else if (isLocalNetworkUrl(url)) problems.push(`local picture ${url}`);
        else if (BEACON.test(url)) problems.push(`beacon ${url}`);
      }
  }
  return problems;
}
