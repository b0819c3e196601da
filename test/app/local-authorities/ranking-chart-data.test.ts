import { describe, expect, test } from 'vitest';
import {
  csvRows,
  CSV_COLUMNS,
  rankedBars,
  referenceValues,
  SCHOOLS_CSV_COLUMNS,
} from '../../../src/app/local-authorities/ranking-chart-data';
import type { RankingRow } from '../../../src/data/sql/ranking-query';

const row = (key: string, rank: number | null, value: number | null, more: Partial<RankingRow> = {}) =>
  ({
    la_key: key,
    la_code: key,
    la_old_code: null,
    la_name: `Authority ${key}`,
    region_code: 'E12000002',
    region_name: 'North West',
    latest_period: '2023/24',
    latest_value: value,
    latest_flag: value === null ? 'c' : null,
    rank,
    ranked: 3,
    quartile: rank === null ? null : 1,
    england_value: 2.1,
    region_value: 2.6,
    schools: null,
    schools_total: null,
    ...more,
  }) as RankingRow;

const rows = [
  row('E08000012', 1, 3.456),
  row('E08000011', 2, 2.001, { la_name: null }),
  row('E08000013', null, null),
  row('E08000014', 3, 1.5, { schools: 90, schools_total: 100 }),
];

describe('bars', () => {
  test('every authority with a latest figure, in the query\u2019s rank order; a nameless one by its code', () => {
    expect(rankedBars(rows).map((bar) => [bar.rank, bar.name, bar.value])).toEqual([
      [1, 'Authority E08000012', 3.456],
      [2, 'E08000011', 2.001],
      [3, 'Authority E08000014', 1.5],
    ]);
  });

  test('the schools behind a figure are shown only for a file that counts them', () => {
    expect(rankedBars(rows).map((bar) => bar.schools)).toEqual([{}, {}, {}]);
    expect(rankedBars(rows, true).at(-1)?.schools).toMatchObject({ count: { reporting: 90, total: 100 } });
  });
});

describe('reference lines', () => {
  test('England always, even at zero; the region only when one region is shown', () => {
    expect(
      referenceValues(row('a', 1, 1, { england_value: 0 }), null).map((l) => [l.label, l.value]),
    ).toEqual([['England', 0]]);
    expect(referenceValues(rows[0], 'North West').map((l) => [l.label, l.value])).toEqual([
      ['England', 2.1],
      ['North West', 2.6],
    ]);
  });

  test('no lines without figures', () => {
    expect(referenceValues(undefined, 'North West')).toEqual([]);
    expect(
      referenceValues(row('a', 1, 1, { england_value: null, region_value: null }), 'North West'),
    ).toEqual([]);
  });
});

describe('CSV download', () => {
  test('exactly the bars drawn, values at the published decimals, in the declared columns', () => {
    const csv = csvRows(rows, { indicator: 'Overall absence rate', phase: 'Total', decimals: 1 });
    expect(csv.map((r) => [r.rank, r.la_code, r.value])).toEqual([
      [1, 'E08000012', 3.5],
      [2, 'E08000011', 2],
      [3, 'E08000014', 1.5],
    ]);
    expect(Object.keys(csv[0] ?? {}).sort()).toEqual([...CSV_COLUMNS, ...SCHOOLS_CSV_COLUMNS].sort());
    expect(csv[2]).toMatchObject({ indicator: 'Overall absence rate', phase: 'Total', schools: 90 });
  });
});
