import { linkDensity, textOf } from '../dom';
import type { RemovalLog } from './removal-log';
import { TEXTUAL_RULES } from './textual-rules';

const railHeading = TEXTUAL_RULES.find((rule) => rule.id === 'rail-heading')!;

function isSubstantialParagraph(element: Element): boolean {
  const text = textOf(element);
  return text.length >= 100 && linkDensity(element, text) < 0.3;
}

/** Link-dense lists and cards: the recommendation rails that trail an article. */
function isRail(element: Element): boolean {
  const text = textOf(element);
  if (element.matches('figure') || element.querySelector('figcaption, table, pre, blockquote')) return false;
  if (!text) return !!element.querySelector('a');
  if (/^H[1-6]$/.test(element.tagName)) return railHeading.pattern.test(text);
  const links = element.querySelectorAll('a').length;
  return links >= 2 && linkDensity(element, text) >= 0.5;
}

/**
 * Layer 3: after the article's last real paragraph, remove trailing rails (link lists, rail
 * headings, image-only link cards). Footnotes, credits and short closing lines stay.
 */
export function removeTrailingRails(root: Element, log: RemovalLog): void {
  const paragraphs = Array.from(root.querySelectorAll('p, blockquote, pre'));
  const last = paragraphs.reverse().find(isSubstantialParagraph);
  if (!last) return;
  // The siblings after the last paragraph, then after each of its ancestors, outward.
  for (let node: Element | null = last; node && node !== root; node = node.parentElement) {
    for (let sibling = node.nextElementSibling; sibling; ) {
      const next = sibling.nextElementSibling;
      if (!sibling.hasAttribute('data-lectern-removed') && isRail(sibling)) {
        log.remove(sibling, 'related', 'positional:trailing-rail');
      }
      sibling = next;
    }
  }
}
