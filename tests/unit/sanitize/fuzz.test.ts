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
import { createDomPurifySanitizer as createSanitizer } from '../../../utils/sanitize/dompurify';
import { nodeSanitizer } from '../../../scripts/node-dom';
import {
  allowedAttributes,
  allowedTags,
  FUZZ_BASE as BASE,
  hostileElement as element,
  inertnessProblems,
} from '../../sanitize-fuzz';

const sanitizer = nodeSanitizer();
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 400);

const assertInert = (html: string) => expect(inertnessProblems(html)).toEqual([]);

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

  it('leaves arbitrary strings inert', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (dirty) => {
        const out = sanitizer.html(dirty, BASE);
        assertInert(out);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
