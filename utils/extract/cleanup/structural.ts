import { describingText, holdsProse, linkDensity, textOf, tokens } from '../dom';
import type { RemovalLog } from './removal-log';
import { CHROME_ROLES, CHROME_TAGS, STRUCTURAL_RULES, type StructuralRule } from './structural-rules';

/** Which rule (if any) an element's class/id/aria/data attributes match. */
export function matchStructuralRule(element: Element): StructuralRule | null {
  const description = describingText(element);
  if (!description) return null;
  const words = new Set(tokens(description));
  const lower = description.toLowerCase();
  for (const rule of STRUCTURAL_RULES) {
    if (rule.tokens.some((token) => words.has(token))) return rule;
    if (rule.contains?.some((fragment) => lower.includes(fragment))) return rule;
  }
  return null;
}

/**
 * Chrome is small next to the article: an element that holds real prose, or a large share of the
 * article's text, is never removed on its name alone (some sites call the article body "premium").
 */
function looksLikeChrome(element: Element, articleTextLength: number): boolean {
  const text = textOf(element);
  if (text.length > articleTextLength * 0.4) return false;
  if (holdsProse(element, 2)) return false;
  if (element.matches('figure, img, picture, table, pre') || element.querySelector('h1')) {
    // Figures, tables and code are article content unless their name clearly says ad/promo.
    return false;
  }
  return text.length < 600 || linkDensity(element, text) >= 0.35;
}

/** Layer 1: remove elements whose tag, role, class, id or ARIA label says they are chrome. */
export function removeStructuralChrome(root: Element, log: RemovalLog): void {
  const articleTextLength = Math.max(1, textOf(root).length);
  const removed = new Set<Element>();
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (hasRemovedAncestor(element, removed, root)) continue;
    const tagKind = CHROME_TAGS[element.tagName];
    if (tagKind) {
      if (!holdsProse(element, 1)) {
        removed.add(element);
        log.remove(element, tagKind, `structural:tag-${element.tagName.toLowerCase()}`);
      }
      continue;
    }
    const roleKind = CHROME_ROLES[element.getAttribute('role') ?? ''];
    if (roleKind && looksLikeChrome(element, articleTextLength)) {
      removed.add(element);
      log.remove(element, roleKind, `structural:role-${element.getAttribute('role')}`);
      continue;
    }
    if (element.getAttribute('aria-hidden') === 'true' && !element.querySelector('img') && textOf(element).length < 80) {
      removed.add(element);
      log.remove(element, 'hidden', 'structural:aria-hidden');
      continue;
    }
    const rule = matchStructuralRule(element);
    if (rule && looksLikeChrome(element, articleTextLength)) {
      removed.add(element);
      log.remove(element, rule.kind, `structural:${rule.kind}`);
    }
  }
}

function hasRemovedAncestor(element: Element, removed: Set<Element>, root: Element): boolean {
  for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
    if (removed.has(node)) return true;
  }
  return !root.contains(element);
}
