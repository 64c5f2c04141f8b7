/**
 * No import cycles among the extension's own modules, type-only imports included: in a cycle
 * neither module can be read, tested or moved without the other, and a runtime cycle can meet
 * a half-initialised module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['utils', 'components', 'entrypoints'];

// Known and owned elsewhere: TextualRule moves to a file of its own with the extraction work of
// issue 18. Remove the entry when that lands.
const KNOWN = new Set([
  'utils/extract/cleanup/textual-label-rules.ts utils/extract/cleanup/textual-rules.ts',
]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function importGraph(): Map<string, string[]> {
  const files = new Set(FOLDERS.flatMap((folder) => sources(join(ROOT, folder))));
  const target = (spec: string, from: string) => {
    if (!spec.startsWith('.') && !spec.startsWith('@/')) return null;
    const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : resolve(dirname(from), spec);
    return (
      [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => files.has(path)) ?? null
    );
  };
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const deps = importedFiles.map((item) => target(item.fileName, file)).filter((path) => path !== null);
    graph.set(file, [...new Set(deps)]);
  }
  return graph;
}

/** Strongly connected groups of more than one module (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const dep of graph.get(node) ?? []) {
      if (!index.has(dep)) {
        visit(dep);
        low.set(node, Math.min(low.get(node)!, low.get(dep)!));
      } else if (onStack.has(dep)) low.set(node, Math.min(low.get(node)!, index.get(dep)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(relative(ROOT, member));
    } while (member !== node);
    if (group.length > 1 || graph.get(node)!.includes(node)) groups.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups;
}

describe('module structure', () => {
  it('has no import cycle, type-only imports included', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(100);
    const found = cycles(graph).filter((group) => !KNOWN.has(group.join(' ')));
    expect(found).toEqual([]);
  });
});
