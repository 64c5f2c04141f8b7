// A 50 MB Pocket CSV (~400k rows) parses in one pass. No timing assertion: CI machines vary; a
// quadratic step (re-splitting, string concatenation in a loop) would blow the test timeout instead.
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/import';

const ROWS = 400_000;

function bigPocketCsv(): Uint8Array {
  const rows = ['title,url,time_added,tags,status'];
  for (let i = 0; i < ROWS; i++) {
    const title =
      i % 10 === 0 ? `"Article ${i}, with a comma and ""quotes"""` : `Article number ${i} about things`;
    rows.push(
      `${title},https://example.com/articles/${i}/a-reasonably-long-slug-${i % 97},${1_600_000_000 + i},tag${i % 13}|topic${i % 7},${i % 3 ? 'unread' : 'archive'}`,
    );
  }
  return new TextEncoder().encode(rows.join('\r\n'));
}

describe('large Pocket CSV', () => {
  it('parses ~50 MB and 400k rows', () => {
    const bytes = bigPocketCsv();
    expect(bytes.length).toBeGreaterThan(40_000_000);
    const result = parseImport(bytes, 'part_000000.csv');
    expect(result.format).toBe('pocket-csv');
    expect(result.problems).toEqual([]);
    expect(result.entries).toHaveLength(ROWS);
    expect(result.entries[ROWS - 1]).toEqual({
      url: `https://example.com/articles/${ROWS - 1}/a-reasonably-long-slug-${(ROWS - 1) % 97}`,
      title: `Article number ${ROWS - 1} about things`,
      addedAt: new Date((1_600_000_000 + ROWS - 1) * 1000).toISOString(),
      tags: [`tag${(ROWS - 1) % 13}`, `topic${(ROWS - 1) % 7}`],
      state: (ROWS - 1) % 3 ? 'unread' : 'archived',
      favorite: false,
    });
    expect(result.entries[10]?.title).toBe('Article 10, with a comma and "quotes"');
  });
});
