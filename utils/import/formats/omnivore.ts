/**
 * Omnivore's export ZIP: metadata_<from>_to_<to>.json arrays plus content/<slug>.md|html bodies
 * and highlights/<slug>.md (omnivore-highlights.ts).
 */
import { isoToIso } from '../entry-fields';
import { EntrySink, type RawEntry } from '../sink';
import { baseName, decodeText, readZip } from '../bytes';
import { IMPORT_MESSAGES, ImportError, type ImportEntry, type ImportResult } from '../types';
import { parseOmnivoreHighlights, plainText } from './omnivore-highlights';

const METADATA = /^metadata_(\d+)_to_(\d+)\.json$/i;
const CONTENT = /(?:^|\/)content\/([^/]+)\.(md|markdown|html?)$/i;
const HIGHLIGHTS = /(?:^|\/)highlights\/([^/]+)\.md$/i;

export function isOmnivoreMetadata(path: string): boolean {
  return METADATA.test(baseName(path) ?? '');
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Labels are plain strings in current exports and {name, color} objects in some older ones. */
function labels(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((label: unknown) =>
      typeof label === 'object' && label !== null ? text((label as { name?: unknown }).name) : text(label),
    )
    .filter((label): label is string => label !== undefined);
}

export function parseOmnivoreZip(bytes: Uint8Array): ImportResult {
  const files = readZip(
    bytes,
    (path) => isOmnivoreMetadata(path) || CONTENT.test(path) || HIGHLIGHTS.test(path),
  );
  const bodies = new Map<string, ImportEntry['content']>();
  const highlights = new Map<string, string>();
  const metadata: [string, Uint8Array][] = [];
  for (const [path, data] of files) {
    const content = CONTENT.exec(path);
    const marks = HIGHLIGHTS.exec(path);
    const name = baseName(path);
    if (marks?.[1]) highlights.set(marks[1], decodeText(data));
    else if (content?.[1] && content[2] && name) {
      const type = content[2].toLowerCase().startsWith('htm') ? 'html' : 'markdown';
      // Both kinds for one article: keep the HTML, the richer of the two for the reader.
      if (type === 'html' || !bodies.has(content[1]))
        bodies.set(content[1], { type, text: decodeText(data) });
    } else if (name && isOmnivoreMetadata(name)) {
      metadata.push([name, data]);
    }
  }
  if (metadata.length === 0) throw new ImportError(IMPORT_MESSAGES.unknownZip);
  metadata.sort(([a], [b]) => first(a) - first(b));

  const sink = new EntrySink();
  for (const [name, data] of metadata) {
    let items: unknown;
    try {
      items = JSON.parse(decodeText(data));
    } catch {
      sink.problem(
        'This part of the export is damaged (not valid JSON), so its articles were skipped.',
        name,
      );
      continue;
    }
    if (!Array.isArray(items)) {
      sink.problem('This part of the export has an unexpected layout, so its articles were skipped.', name);
      continue;
    }
    items.forEach((item: unknown, at) =>
      readItem(item, sink, { bodies, highlights }, `${name} item ${at + 1}`),
    );
  }
  return { format: 'omnivore-zip', entries: sink.entries, problems: sink.problems };
}

function readItem(
  item: unknown,
  sink: EntrySink,
  { bodies, highlights }: { bodies: Map<string, ImportEntry['content']>; highlights: Map<string, string> },
  where: string,
): void {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    sink.problem('Skipped an entry that is not an article record.', where);
    return;
  }
  const record = item as Record<string, unknown>;
  const state = text(record.state);
  if (state === 'Deleted') return; // deleted in Omnivore: the user already threw it away
  const slug = text(record.slug);
  const id = text(record.id);
  const progress = record.readingProgress;
  const content =
    (slug === undefined ? undefined : bodies.get(slug)) ?? (id === undefined ? undefined : bodies.get(id));
  const marks =
    (slug === undefined ? undefined : highlights.get(slug)) ??
    (id === undefined ? undefined : highlights.get(id));
  const entry: RawEntry = {
    url: text(record.url) ?? '',
    title: text(record.title),
    addedAt: sink.date(text(record.savedAt), isoToIso, where),
    tags: labels(record.labels),
    state: state === 'Archived' ? 'archived' : 'unread',
    read: typeof progress === 'number' && progress >= 100,
    content,
    ...(marks === undefined ? {} : parseOmnivoreHighlights(marks, plainText(content))),
  };
  sink.add(entry, where);
}

function first(name: string): number {
  return Number(METADATA.exec(name)?.[1] ?? 0);
}
