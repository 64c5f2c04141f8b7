/** Browser bundle for bench:extract: bare Readability and Lectern's extract(), side by side. */
import { Readability } from '@mozilla/readability';
import { extract } from '../../utils/extract';

function readabilityOnly(): number {
  const started = performance.now();
  const clone = document.cloneNode(true) as Document;
  new Readability(clone).parse();
  return performance.now() - started;
}

function lectern(): number {
  const started = performance.now();
  extract(document, location.href);
  return performance.now() - started;
}

Object.assign(window, { lecternBench: { readabilityOnly, lectern } });
