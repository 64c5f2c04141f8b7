/**
 * The command-line extractor runs each page under a time limit (issue 21: one page kept it busy
 * for more than five minutes, and no page after it was ever read). A page past the limit gets an
 * error line in the extract-eval protocol's shape, and the next page is still extracted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TITLE } from '../../pathological-pages';
import { prose } from '../helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function cli(files: string[], timeoutMs: number): Promise<Record<string, unknown>[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/extract-cli.ts', ...files], {
      cwd: ROOT,
      env: { ...process.env, LECTERN_EXTRACT_TIMEOUT_MS: String(timeoutMs) },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', () =>
      done(
        out
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => JSON.parse(line) as Record<string, unknown>),
      ),
    );
  });
}

describe('extract CLI watchdog', () => {
  it('answers a page past the time limit with an error line, then extracts the next page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-cli-'));
    // 100,000 nested elements: parsing alone (linkedom, before extract() and its bounds) takes
    // far longer than the limit, so only the watchdog can stop it.
    const stuck = join(dir, 'stuck.html');
    writeFileSync(stuck, `<html><body>${'<div>'.repeat(100_000)}${prose(6)}</body></html>`);
    const fine = join(dir, 'fine.html');
    writeFileSync(
      fine,
      `<html><head><title>${ARTICLE_TITLE}</title></head><body><article><h1>${ARTICLE_TITLE}</h1>${prose(6)}</article></body></html>`,
    );
    const started = Date.now();
    const lines = await cli([stuck, fine], 1_500);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      file: stuck,
      error: 'page too complex: extraction took longer than 1.5 s and was stopped',
      ms: 1_500,
    });
    expect(lines[1]).toMatchObject({ file: fine, title: ARTICLE_TITLE });
    expect(lines[1]!.textContent).toContain('regional water authority');
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
