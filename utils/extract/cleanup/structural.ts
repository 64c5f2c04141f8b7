import { describingText, holdsProse, linkDensity, textOf, tokens } from '../dom';
import { FLOW_MARK } from '../prepare/pre-marks';
import type { RemovalLog } from './removal-log';
import { CHROME_ROLES, CHROME_TAGS, STRUCTURAL_RULES, type StructuralRule } from './structural-rules';
import { TEXTUAL_RULES } from './textual-rules';

/**
 * Verdicts by attribute text: pages repeat the same few class strings on hundreds of elements,
 * so each distinct string is tokenised and matched once. Bounded, so no page can grow it forever.
 */
const verdictCache = new Map<string, StructuralRule | null>();
const MAX_CACHED = 5_000;

/** "hidden md:block" (Tailwind), "d-none d-lg-block" (Bootstrap): hidden on phones only, shown on desktops. */
const RESPONSIVE_SHOW =
  /^(?:(?:sm|md|lg|xl|2xl):(?:block|flex|inline|inline-block|grid|table|contents)|d-(?:sm|md|lg|xl|xxl)-(?:block|flex|inline|inline-block|grid|table)|visible-(?:xs|sm|md|lg))$/;

function shownOnSomeScreen(classes: Set<string>): boolean {
  for (const name of classes) if (RESPONSIVE_SHOW.test(name)) return true;
  return false;
}

function matchDescription(className: string, description: string): StructuralRule | null {
  const words = new Set(tokens(description));
  const lower = description.toLowerCase();
  const classes = new Set(className.toLowerCase().split(/\s+/));
  for (const rule of STRUCTURAL_RULES) {
    if (rule.tokens.some((token) => words.has(token))) return rule;
    if (rule.contains?.some((fragment) => lower.includes(fragment))) return rule;
    if (rule.classes?.some((name) => classes.has(name)) && !shownOnSomeScreen(classes)) return rule;
  }
  return null;
}

/** Which rule (if any) an element's class/id/aria/data attributes match. */
export function matchStructuralRule(element: Element): StructuralRule | null {
  if (!element.attributes.length) return null;
  const description = describingText(element);
  if (!description) return null;
  const className = element.getAttribute('class') ?? '';
  const key = `${className}\u0000${description}`;
  let verdict = verdictCache.get(key);
  if (verdict === undefined) {
    if (verdictCache.size >= MAX_CACHED) verdictCache.clear();
    verdictCache.set(key, (verdict = matchDescription(className, description)));
  }
  return verdict;
}

/** The asks of a promo box: sign up, subscribe, donate, install. */
const ASKS = TEXTUAL_RULES.filter(
  (rule) => !rule.anchored && ['paywall', 'newsletter', 'donation', 'app-banner'].includes(rule.kind),
);

/** True when a short line inside the element asks the reader for something (its heading, its button). */
function asksReader(element: Element): boolean {
  for (const line of Array.from(element.querySelectorAll('h2, h3, h4, h5, h6, p, a, li, strong'))) {
    const text = textOf(line);
    if (text.length <= 200 && ASKS.some((rule) => rule.pattern.test(text))) return true;
  }
  return false;
}

/**
 * Chrome is small next to the article: an element that holds real prose, or a large share of the
 * article's text, is never removed on its name alone (some sites call the article body "premium").
 * A promo box written in paragraphs (the Guardian's reader-funding "epic") is removed when its
 * name says promo AND one of its lines asks the reader to sign up, subscribe or donate.
 */
function looksLikeChrome(element: Element, articleTextLength: number, rule?: StructuralRule): boolean {
  const text = textOf(element);
  if (text.length > articleTextLength * 0.4) return false;
  if (element.matches('figure, img, picture, table, pre') || element.querySelector('h1')) {
    // Figures, tables and code are article content unless their name clearly says ad/promo.
    return false;
  }
  // Text a page hides until a click ("show full story") is still the article.
  if (rule?.kind === 'hidden') return text.length < 600 && !holdsProse(element, 1);
  if (holdsProse(element, 2)) return !holdsProse(element, 5) && text.length < 2000 && asksReader(element);
  return (
    text.length < 600 || linkDensity(element, text) >= 0.35 || (text.length < 2000 && asksReader(element))
  );
}

/** The element after `element` in document order below `root`, skipping `element`'s subtree. */
function nextOutside(element: Element, root: Element): Element | null {
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/** Which rule (if any) says the element is chrome, and under what rule name; null keeps it. */
function chromeVerdict(element: Element, articleTextLength: number): [kind: string, rule: string] | null {
  const tagKind = CHROME_TAGS[element.tagName];
  if (tagKind) {
    return holdsProse(element, 1) ? null : [tagKind, `structural:tag-${element.tagName.toLowerCase()}`];
  }
  // Most elements of an article (p, a, em, li...) carry no attribute at all: nothing below can match.
  if (!element.hasAttributes()) return null;
  const role = element.getAttribute('role');
  const roleKind = role ? CHROME_ROLES[role] : undefined;
  if (roleKind && looksLikeChrome(element, articleTextLength)) return [roleKind, `structural:role-${role}`];
  if (
    element.getAttribute('aria-hidden') === 'true' &&
    !element.querySelector('img') &&
    textOf(element).length < 80
  ) {
    return ['hidden', 'structural:aria-hidden'];
  }
  const rule = matchStructuralRule(element);
  return rule && looksLikeChrome(element, articleTextLength, rule)
    ? [rule.kind, `structural:${rule.kind}`]
    : null;
}

/**
 * Layer 1: remove elements whose tag, role, class, id or ARIA label says they are chrome. One walk
 * in document order that does not enter what it removes (a removed element's descendants are gone
 * with it).
 */
export function removeStructuralChrome(root: Element, log: RemovalLog): void {
  const articleTextLength = Math.max(1, textOf(root).length);
  for (let element = root.firstElementChild; element;) {
    const verdict = element.hasAttribute(FLOW_MARK) ? null : chromeVerdict(element, articleTextLength);
    if (verdict) {
      const next = nextOutside(element, root);
      log.remove(element, verdict[0], verdict[1]);
      element = next;
    } else {
      element = element.firstElementChild ?? nextOutside(element, root);
    }
  }
}
