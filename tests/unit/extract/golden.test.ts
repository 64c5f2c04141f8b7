/**
 * Golden outputs: each promo fixture and a sample of Readability's pages must extract to exactly
 * the Markdown stored in tests/fixtures/golden (see tests/golden/cases.ts). A difference is new
 * junk, lost formatting, a changed order or a changed header field; when the change is meant,
 * `npm run fixtures:update` rewrites the goldens and its diff is read and committed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenCases, goldenMarkdown, goldenPath } from '../../golden/cases';

const cases = goldenCases();

describe('golden outputs', () => {
  it('has a golden for every promo fixture and about twenty Readability pages', () => {
    expect(cases.filter((entry) => entry.name.startsWith('promo--')).length).toBeGreaterThanOrEqual(16);
    expect(cases.filter((entry) => entry.name.startsWith('readability--')).length).toBeGreaterThanOrEqual(18);
  });

  for (const { name, file, url } of cases) {
    it(`${name}: extracts to its golden Markdown`, () => {
      const path = goldenPath(name);
      expect(existsSync(path), `no golden for ${name}: run npm run fixtures:update`).toBe(true);
      expect(
        goldenMarkdown(readFileSync(file, 'utf8'), url),
        `${name} differs: if meant, npm run fixtures:update`,
      ).toBe(readFileSync(path, 'utf8'));
    });
  }
});
