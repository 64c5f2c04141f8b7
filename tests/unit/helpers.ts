import { parseHTML } from 'linkedom';
import { extract, type ExtractOptions } from '../../utils/extract';
import { nodeSanitizer } from '../../scripts/node-dom';

/** Parses HTML the way the command-line extractor does (linkedom), and extracts with the Node sanitiser. */
export function extractHtml(
  html: string,
  url = 'https://news.example.com/2025/story',
  options: ExtractOptions = {},
) {
  const document = parseHTML(html).document as unknown as Document;
  return extract(document, url, { sanitizer: nodeSanitizer(), ...options });
}

export const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A plausible article body: enough prose for Readability to take it as an article. */
export function prose(paragraphs = 5): string {
  return Array.from(
    { length: paragraphs },
    (_, index) =>
      `<p>Paragraph ${index + 1} of the report explains how the regional water authority plans to replace ageing pipes across the valley, a project that engineers say will take at least a decade and cost several hundred million to finish properly.</p>`,
  ).join('\n');
}
