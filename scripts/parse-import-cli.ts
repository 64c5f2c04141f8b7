/**
 * Parses an export file the way the importer will, for checking real exports by hand:
 *   npm run --silent parse-import -- FILE
 * Prints one JSON line per entry ({url,title,addedAt,tags,state,favorite}, and highlights
 * [{quote,note,labels,createdAt}] and articleNotes where the file has them) and one per problem
 * ({error,where}); nothing else goes to stdout, so the output can be piped into jq. Exits 1 (with
 * a single {error, where:"file"} line) only when the file as a whole cannot be read.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ImportError, parseImport } from '../utils/import';

function main(args: string[]): number {
  const file = args[0];
  if (args.length !== 1 || file === undefined) {
    process.stderr.write('usage: parse-import-cli FILE\n');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return fail(`Couldn't open the file: ${error instanceof Error ? error.message : String(error)}`);
  }
  let result;
  try {
    result = parseImport(bytes, basename(file));
  } catch (error) {
    if (error instanceof ImportError) return fail(error.message);
    throw error;
  }
  // Joined in batches: one write per entry is slow for 400k entries, one giant string wasteful.
  let batch: string[] = [];
  const emit = (value: object): void => {
    batch.push(JSON.stringify(value));
    if (batch.length >= 5000) flush();
  };
  const flush = (): void => {
    if (batch.length > 0) process.stdout.write(`${batch.join('\n')}\n`);
    batch = [];
  };
  for (const { url, title, addedAt, tags, state, favorite, highlights, articleNotes } of result.entries) {
    emit({
      url,
      title,
      addedAt,
      tags,
      state,
      favorite,
      ...(highlights ? { highlights } : {}),
      ...(articleNotes ? { articleNotes } : {}),
    });
  }
  for (const { error, where } of result.problems) emit({ error, where });
  flush();
  return 0;
}

function fail(error: string): number {
  process.stdout.write(`${JSON.stringify({ error, where: 'file' })}\n`);
  return 1;
}

// A closed pipe (`| head`) is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
