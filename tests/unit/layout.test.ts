/**
 * The tree's own rules (issue #18), checked so they stay true: no import cycles (type-only
 * imports included: a cycle of types still ties two modules' meanings together), no source file
 * over 300 lines except rule tables, no folder with more than 15 source files at one level.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const SOURCE_ROOTS = ['entrypoints', 'components', 'utils', 'modules', 'scripts', 'tests'];
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'fixtures', '.output', '.wxt']);

function sourceFiles(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return SKIPPED_FOLDERS.has(name) ? [] : sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = SOURCE_ROOTS.flatMap((folder) => sourceFiles(join(root, folder)));
const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowJs: true,
  jsx: ts.JsxEmit.Preserve,
};

/** Every project file a file imports, type-only imports included. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.flatMap(({ fileName }) => {
    if (!fileName.startsWith('.') && !fileName.startsWith('@/') && !fileName.startsWith('~/')) return [];
    const resolved = ts.resolveModuleName(fileName, file, compilerOptions, ts.sys).resolvedModule;
    const target = resolved?.resolvedFileName;
    return target && !target.includes('node_modules') && files.includes(target) ? [target] : [];
  });
}

/** The cycles among project files, each as the list of files around it. */
function importCycles(): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open')
        cycles.push(stack.slice(stack.indexOf(next)).map((f) => relative(root, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

describe('the tree', () => {
  it('has no import cycles, type-only imports included', () => {
    expect(importCycles()).toEqual([]);
  });

  it('has no source file over 300 lines outside rule tables and tests', () => {
    const ruleTable = /(-rules|-table|-phrases)\.ts$/;
    const long = files
      .filter((file) => !file.includes(`${root}/tests/`) && !ruleTable.test(file))
      .filter((file) => readFileSync(file, 'utf8').split('\n').length > 300)
      .map((file) => relative(root, file));
    expect(long).toEqual([]);
  });

  it('has no folder with more than 15 source files at one level', () => {
    const perFolder = new Map<string, number>();
    for (const file of files) perFolder.set(dirname(file), (perFolder.get(dirname(file)) ?? 0) + 1);
    const crowded = [...perFolder]
      .filter(([, count]) => count > 15)
      .map(([folder, count]) => `${relative(root, folder)}: ${count}`);
    expect(crowded).toEqual([]);
  });
});
