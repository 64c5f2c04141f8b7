/**
 * The merge of two candidates that each hold a part: when another candidate replaces
 * Readability's pick, the paragraphs of the pick that stand just before it on the page (a lead,
 * a standfirst under the headline, outside the block of the body) come along, in their order.
 */
import { collapse } from '../dom';

/** How far up from the chosen root its preceding paragraphs are looked for. */
const LEVELS = 3;
/** A paragraph's opening this long stands for it. */
const PROBE = 60;

const probeOf = (text: string | null) => collapse(text).slice(0, PROBE);

/** The paragraphs before `root` (within LEVELS ancestors) whose text `wanted` holds, in page order. */
function leadsBefore(root: Element, wanted: Set<string>): Element[] {
  const found: Element[] = [];
  let scope: Element | null = root;
  for (let level = 0; scope?.parentElement && level < LEVELS; level++, scope = scope.parentElement) {
    for (let sibling = scope.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const paragraphs = sibling.tagName === 'P' ? [sibling] : Array.from(sibling.getElementsByTagName('p'));
      for (const paragraph of paragraphs.reverse()) {
        const probe = probeOf(paragraph.textContent);
        if (probe.length >= 40 && wanted.has(probe)) {
          wanted.delete(probe);
          found.unshift(paragraph);
        }
      }
    }
  }
  return found;
}

/**
 * Moves into `root`, at its start, the paragraphs just before it on the page that are among
 * `pickedTexts` (the prose of the candidate it replaces) and not already in it.
 */
export function mergeLeads(root: Element, pickedTexts: string[]): void {
  const inRoot = collapse(root.textContent);
  const wanted = new Set(
    pickedTexts.map(probeOf).filter((probe) => probe.length >= 40 && !inRoot.includes(probe)),
  );
  if (!wanted.size) return;
  const leads = leadsBefore(root, wanted);
  root.prepend(...leads);
}
