/**
 * The original publisher of a syndicated article, from its attribution line: "Originally
 * published by Reuters.", "This article originally appeared on The Conversation", "The post X
 * appeared first on Y.", and the same in Spanish, French, German, Portuguese and Italian.
 * Only a short line that OPENS with the attribution counts, so a sentence in the story ("The
 * study was originally published in Nature") is never read as one.
 */
import { collapse, elementsByTag, tagSet, textOf } from '../dom';

const i = (source: string) => new RegExp(source, 'iu');

/** Each pattern captures the outlet's name (and whatever trails it, trimmed below). */
const ATTRIBUTIONS = [
  i(
    String.raw`^(?:this (?:article|story|piece|post|report|column|essay|interview) (?:was |is )?)?(?:originally |first )?(?:published|appeared|posted|ran)(?: originally| first)? (?:by|on|in|at|with) (.+)$`,
  ),
  i(
    String.raw`^(?:this (?:article|story|piece|post) (?:is|was) )?(?:republished|reprinted|syndicated) (?:with permission )?(?:from|by) (.+)$`,
  ),
  i(String.raw`^the post .+ appeared first on (.+)$`),
  i(
    String.raw`^(?:(?:este|esta) (?:artículo|texto|nota|reportaje) (?:fue |se )?)?(?:publicad[oa] originalmente|originalmente publicad[oa]) (?:en|por) (.+)$`,
  ),
  i(
    String.raw`^(?:cet article a été |article )?(?:initialement|originellement|d'abord) publié (?:sur|dans|par) (.+)$`,
  ),
  i(
    String.raw`^(?:(?:dieser|der) (?:artikel|beitrag|text) )?(?:erschien|ist) (?:zuerst|ursprünglich) (?:erschienen )?(?:bei|in|auf|im) (.+)$`,
  ),
  i(
    String.raw`^(?:(?:este|esta) (?:artigo|texto|reportagem) foi )?publicad[oa] originalmente (?:em|por|no|na|pel[oa]) (.+)$`,
  ),
  i(
    String.raw`^(?:questo articolo è stato )?(?:pubblicato (?:originariamente|originalmente|in origine)|originariamente pubblicato) (?:su|da|in|sul|sulla) (.+)$`,
  ),
];
/** Where an outlet's name stops: a date, a licence clause, a second sentence, a parenthesis. */
const NAME_END =
  /\s+(?:on|el|le|am|em|il|under|bajo|sous|unter|sob|sotto|and|y|et|und|e)\s+(?:\d|[a-z]+\s+\d|(?:a|the|una?|une?|ein)\s)|[,;(]|\.\s|\.$|\s[-–—|]\s/iu;
const MAX_LINE_CHARS = 250;
const LINES = tagSet('p', 'em', 'i', 'small', 'div', 'span', 'footer');
/** Words every attribution pattern contains; a page without any of them has no attribution. */
const HINT =
  /originally|(?:appeared|published|posted) first|first (?:published|appeared|posted)|republished|reprinted|syndicated|originalmente|initialement|originellement|d'abord publié|zuerst|ursprünglich|originariamente|in origine/i;
const MAX_NAME_CHARS = 60;

function outletIn(line: Element, text: string): string | null {
  for (const pattern of ATTRIBUTIONS) {
    const match = pattern.exec(text);
    if (!match?.[1]) continue;
    const rest = match[1];
    // A linked outlet name is exactly the name: prefer the link that starts the remainder.
    const link = Array.from(line.querySelectorAll('a'))
      .map(textOf)
      .find((linkText) => linkText && rest.startsWith(linkText));
    const end = NAME_END.exec(rest);
    const name = collapse(link ?? (end ? rest.slice(0, end.index) : rest)).replace(/[.:]+$/, '');
    return name && name.length <= MAX_NAME_CHARS && /\p{L}/u.test(name) ? name : null;
  }
  return null;
}

/** The outlet named by an attribution line inside the article, or null. */
export function attributedOutlet(root: Element): string | null {
  // One pass over the text first: nearly every article has no attribution line at all.
  if (!HINT.test(root.textContent ?? '')) return null;
  for (const line of elementsByTag(root, LINES)) {
    if (line.tagName === 'DIV' && line.querySelector('p, div')) continue;
    const text = textOf(line);
    if (!text || text.length > MAX_LINE_CHARS || !HINT.test(text)) continue;
    const outlet = outletIn(line, text.replace(/^[*—–-]\s*/, ''));
    if (outlet) return outlet;
  }
  return null;
}
