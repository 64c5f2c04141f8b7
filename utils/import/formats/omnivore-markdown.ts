/**
 * Just enough Markdown → HTML for the article bodies in Omnivore exports (headings, paragraphs,
 * lists, quotes, code, links, images, emphasis). Everything is escaped, raw HTML included: the
 * result is sanitised afterwards like any page, but escaping keeps it predictable. No package
 * for this is installed, and exports are machine-written Markdown, not the whole CommonMark zoo.
 */

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Links and images keep http(s), mailto and relative targets; the sanitiser decides the rest. */
function target(raw: string): string {
  const url = raw.trim().replace(/^<|>$/g, '').split(/\s+"/)[0] ?? '';
  return /^(?:javascript|data|vbscript):/i.test(url) ? '' : escape(url);
}

/** Inline spans of one line of (unescaped) text. */
function inline(text: string): string {
  const out: string[] = [];
  // Code spans first, so their content is never read as emphasis or links.
  const parts = text.split(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/);
  for (let i = 0; i < parts.length; i += 3) {
    out.push(spans(parts[i] ?? ''));
    if (parts[i + 2] !== undefined) out.push(`<code>${escape(parts[i + 2]!.trim())}</code>`);
  }
  return out.join('');
}

const LINK_TARGET = String.raw`((?:[^()\s]|\([^()\s]*\))+(?:\s+&quot;[^)]*&quot;)?)`;
const IMAGE = new RegExp(String.raw`!\[([^\]]*)\]\(` + LINK_TARGET + String.raw`\)`, 'g');
const LINK = new RegExp(String.raw`\[([^\]]+)\]\(` + LINK_TARGET + String.raw`\)`, 'g');

function emphasis(html: string): string {
  return html
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '<strong>$2</strong>')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1<em>$2</em>')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '<del>$1</del>');
}

function spans(text: string): string {
  // Links and images are set aside while emphasis is read, so a "_" in a URL stays a "_".
  const held: string[] = [];
  const hold = (html: string) => `\u0000${held.push(html) - 1}\u0000`;
  const unquote = (raw: string) => target(raw.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  const marked = escape(text.replace(/\u0000/g, ''))
    .replace(IMAGE, (_, alt: string, src: string) => {
      const url = unquote(src);
      return url ? hold(`<img src="${url}" alt="${alt}">`) : alt;
    })
    .replace(LINK, (_, label: string, href: string) => {
      const url = unquote(href);
      return url ? hold(`<a href="${url}">${emphasis(label)}</a>`) : label;
    });
  return emphasis(marked).replace(/\u0000(\d+)\u0000/g, (_, index: string) => held[Number(index)] ?? '');
}

type Block =
  | { kind: 'p'; lines: string[] }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'ul' | 'ol'; items: string[] };

export function markdownToHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const html: string[] = [];
  let block = null as Block | null;
  const flush = () => {
    const done = block as Block | null;
    block = null;
    if (!done) return;
    if (done.kind === 'p') html.push(`<p>${done.lines.map(inline).join('<br>')}</p>`);
    else if (done.kind === 'quote')
      html.push(`<blockquote>${markdownToHtml(done.lines.join('\n'))}</blockquote>`);
    else
      html.push(
        `<${done.kind}>${done.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${done.kind}>`,
      );
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^\s*(```+|~~~+)\s*([\w+#-]*)/.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      while (++i < lines.length && !lines[i]!.trim().startsWith(fence[1]!)) code.push(lines[i]!);
      const lang = fence[2] ? ` class="language-${escape(fence[2])}"` : '';
      html.push(`<pre><code${lang}>${escape(code.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const item = /^\s{0,3}(?:([-*+])|(\d{1,9})[.)])\s+(.*)$/.exec(line);
    const quote = /^\s{0,3}>\s?(.*)$/.exec(line);
    if (line.trim() === '') flush();
    else if (heading) {
      flush();
      html.push(`<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`);
    } else if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
      html.push('<hr>');
    } else if (quote) {
      if (block?.kind !== 'quote') flush();
      block ??= { kind: 'quote', lines: [] };
      if (block.kind === 'quote') block.lines.push(quote[1]!);
    } else if (item) {
      const kind = item[1] ? 'ul' : 'ol';
      if (block?.kind !== kind) flush();
      block ??= { kind, items: [] };
      if (block.kind === kind) block.items.push(item[3]!);
    } else if ((block?.kind === 'ul' || block?.kind === 'ol') && /^\s+\S/.test(line)) {
      block.items[block.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (block?.kind !== 'p') flush();
      block ??= { kind: 'p', lines: [] };
      if (block.kind === 'p') block.lines.push(line.trim());
    }
  }
  flush();
  return html.join('\n');
}
