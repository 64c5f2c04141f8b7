/** Plain text of an article with a newline between blocks, as readers and the scorer expect. */
import { BLOCK_TAGS } from './dom';

const LINE_BREAKING = new Set([...BLOCK_TAGS, 'BR', 'IMG']);

export function blockText(root: Node): string {
  const lines: string[] = [];
  let current = '';
  // A line is all preformatted or all not (a <pre> is a block: lines break at its edges), so its
  // whitespace is collapsed once, when it ends, rather than once per text node.
  let preLine = false;
  const flush = () => {
    const line = (preLine ? current.replace(/[ \t\f\v\u00a0]+/g, ' ') : current.replace(/\s+/g, ' ')).trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node, inPre: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      preLine = inPre;
      if (inPre) {
        const parts = value.split('\n');
        parts.forEach((part, index) => {
          if (index > 0) flush();
          current += part;
        });
      } else current += value;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName ?? '';
    const breaks = LINE_BREAKING.has(tag);
    if (breaks) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, inPre || tag === 'PRE');
    if (breaks) flush();
    else if (tag === 'TD' || tag === 'TH') current += ' ';
  };
  walk(root, false);
  flush();
  return lines.join('\n');
}

export function countWords(text: string): number {
  // CJK scripts have no spaces: count their characters as words, as reading-time estimators do.
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const rest = cjk ? text.replace(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ' ') : text;
  // Counted with exec rather than match(): no array of every word on a long article.
  const word = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  let words = 0;
  while (word.exec(rest)) words++;
  return words + cjk;
}

/** Minutes at 238 words a minute (the average adult silent reading rate), at least 1. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 238));
}
