// scripts/parse-import-cli.ts: JSON lines on stdout, exit 1 only for whole-file failures.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../fixtures/imports/helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function cli(file: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse-import-cli.ts', file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const lines = run.stdout.split('\n').filter((line) => line !== '');
  return {
    status: run.status,
    lines,
    json: lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('parse-import CLI', () => {
  it('prints entries with exactly the agreed keys, then problems', () => {
    const { status, json } = cli(`${FIXTURES}ril_export.html`);
    expect(status).toBe(0);
    expect(
      json.slice(0, -1).every((line) => Object.keys(line).join() === 'url,title,addedAt,tags,state,favorite'),
    ).toBe(true);
    expect(json[0]).toEqual({
      url: 'https://example.com/ril/1?a=1&b=2',
      title: 'Tom & Jerry\'s "guide" <2020>',
      addedAt: '2020-09-13T12:26:40.000Z',
      tags: ['reading', 'later'],
      state: 'unread',
      favorite: false,
    });
    expect(json).toHaveLength(6);
    expect(json[5]).toEqual({
      error: 'Skipped a non-web link (javascript:): only http and https pages can be saved.',
      where: 'line 14',
    });
  });

  it('leaves Omnivore bodies out of its output, and prints highlights where there are some', () => {
    const { status, json } = cli(`${FIXTURES}omnivore-export.zip`);
    expect(status).toBe(0);
    expect(json.map((line) => Object.keys(line).join())).toEqual([
      'url,title,addedAt,tags,state,favorite,highlights',
      ...Array<string>(3).fill('url,title,addedAt,tags,state,favorite'),
      'error,where',
      'error,where',
    ]);
  });

  it.each([
    ['truncated.zip', 'This ZIP file is damaged or incomplete (it may not have finished downloading).'],
    ['empty.csv', 'This file is empty.'],
    ['no-such-file.csv', expect.stringMatching(/^Couldn't open the file: /)],
  ])('exits 1 with a single error line for %s', (name, error) => {
    const { status, json } = cli(`${FIXTURES}${name}`);
    expect(status).toBe(1);
    expect(json).toEqual([{ error, where: 'file' }]);
  });
});
