import { expect, test } from 'vitest';
import { quartileBands, quartileSummary } from '../../../src/app/local-authorities/ranking-quartiles';
import type { RankingRow } from '../../../src/data/sql/ranking-query';

const row = (value: number | null, quartile: number | null) =>
  ({ latest_value: value, quartile }) as RankingRow;

test.each([
  {
    name: 'bounds and sizes of each quarter, highest first',
    rows: [row(3.6, 1), row(3.1, 1), row(2.5, 2), row(2.4, 3), row(1.1, 4), row(null, null)],
    bands: [
      { quartile: 1, low: 3.1, high: 3.6, count: 2 },
      { quartile: 2, low: 2.5, high: 2.5, count: 1 },
      { quartile: 3, low: 2.4, high: 2.4, count: 1 },
      { quartile: 4, low: 1.1, high: 1.1, count: 1 },
    ],
  },
  { name: 'no ranked authority, no bands', rows: [row(null, null)], bands: [] },
])('$name', ({ rows, bands }) => {
  expect(quartileBands(rows)).toEqual(bands);
});

test('the summary names the highest and lowest quarters', () => {
  const text = quartileSummary(quartileBands([row(3.6, 1), row(1.1, 4)]), (v) => `${v.toFixed(2)}%`);
  expect(text).toBe('quartile 1 (highest): 3.60% to 3.60% (1); quartile 4 (lowest): 1.10% to 1.10% (1)');
});
