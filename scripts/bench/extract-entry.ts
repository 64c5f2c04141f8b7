/** Browser bundle for bench:extract: bare Readability and Lectern's extract(), side by side. */
import { Readability } from '@mozilla/readability';
import { extract } from '../../utils/extract';
import { Readability as LecternReadability } from '../../utils/extract/readability';
import { slimForSanitiser } from '../../utils/extract/cleanup/slim';
import { browserSanitizer } from '../../utils/sanitize';

function readabilityOnly(): number {
  const started = performance.now();
  const clone = document.cloneNode(true) as Document;
  new Readability(clone).parse();
  return performance.now() - started;
}

/**
 * The floor under extract() with the chosen libraries: Readability as extract() runs it (its
 * options, its restore point for retries, and the helpers Lectern rewrote for speed) and
 * sanitising its article, nothing else. What extract() costs above this is its cleanup's.
 */
function librariesOnly(): number {
  const started = performance.now();
  const clone = document.cloneNode(true) as Document;
  const article = new LecternReadability<Element>(clone, {
    keepClasses: true,
    serializer: (element) => element as Element,
    rebuild: () => document.cloneNode(true) as Document,
  }).parse()?.content;
  if (article) {
    slimForSanitiser(article);
    browserSanitizer().cleanTree(article, location.href);
  }
  return performance.now() - started;
}

function lectern(): number {
  const started = performance.now();
  extract(document, location.href);
  return performance.now() - started;
}

Object.assign(window, { lecternBench: { readabilityOnly, librariesOnly, lectern } });
