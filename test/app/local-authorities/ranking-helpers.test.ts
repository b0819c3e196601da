import { describe, expect, test } from 'vitest';
import { formatValue } from '../../../src/data/ees/indicators';
import type { RankingRow } from '../../../src/data/sql/ranking-query';
import {
  explainChangeGap,
  formatChange,
  figureFormatter,
  unrankedNote,
} from '../../../src/app/local-authorities/ranking-format';
import {
  nextSort,
  readSort,
  sortRows,
  type SortState,
} from '../../../src/app/local-authorities/ranking-sort';
import { valueTicks } from '../../../src/app/local-authorities/value-ticks';

const row = (
  name: string,
  latest: number | null,
  rank: number | null,
  change: number | null,
): RankingRow => ({
  la_key: name,
  la_code: name,
  la_old_code: null,
  la_name: name,
  region_code: 'E12000001',
  region_name: 'North East',
  latest_period: '2020/21',
  latest_value: latest,
  latest_flag: latest === null ? 'c' : null,
  previous_period: '2019/20',
  previous_value: null,
  previous_flag: '-',
  change_previous: change,
  baseline_period: '2018/19',
  baseline_value: 1,
  baseline_flag: null,
  change_baseline: latest === null ? null : latest - 1,
  rank,
  ranked: 3,
  quartile: rank === null ? null : Math.ceil((4 * rank) / 3),
  england_value: 2,
  england_flag: null,
  region_value: 2,
  region_flag: null,
  schools: null,
  schools_total: null,
  schools_flag: null,
  schools_total_flag: null,
  previous_schools: null,
  previous_schools_total: null,
  baseline_schools: null,
  baseline_schools_total: null,
  england_schools: null,
  england_schools_total: null,
});

const rows = [
  row('Beta', 2, 2, 0.5),
  row('Gone', null, null, null),
  row('Alpha', 3, 1, -0.5),
  row('Tie', 2, 2, null),
];

describe('sorting keeps missing values last in both directions', () => {
  const cases: [SortState, string[]][] = [
    [{ key: 'rank', dir: 'asc' }, ['Alpha', 'Beta', 'Tie', 'Gone']],
    [{ key: 'rank', dir: 'desc' }, ['Beta', 'Tie', 'Alpha', 'Gone']],
    [{ key: 'latest', dir: 'asc' }, ['Beta', 'Tie', 'Alpha', 'Gone']],
    [{ key: 'name', dir: 'desc' }, ['Tie', 'Gone', 'Beta', 'Alpha']],
    [{ key: 'previous', dir: 'asc' }, ['Alpha', 'Beta', 'Tie', 'Gone']],
    [{ key: 'previous', dir: 'desc' }, ['Beta', 'Alpha', 'Tie', 'Gone']],
  ];
  test.each(cases)('%o', (sort, names) => {
    expect(sortRows(rows, sort).map((r) => r.la_name)).toEqual(names);
  });
});

test('the sort state reads from the URL and toggles', () => {
  expect(readSort(undefined, undefined)).toEqual({ key: 'rank', dir: 'asc' });
  expect(readSort('latest', 'desc')).toEqual({ key: 'latest', dir: 'desc' });
  expect(readSort("rank' OR 1=1", 'desc')).toEqual({ key: 'rank', dir: 'asc' });
  expect(nextSort({ key: 'name', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
  expect(nextSort({ key: 'name', dir: 'desc' }, 'latest')).toEqual({ key: 'latest', dir: 'asc' });
});

const changes: [number, number, string, string][] = [
  [0.31000000000000005, 2, '%', '+0.31 pp'],
  [-0.2799999999999998, 2, '%', '−0.28 pp'],
  [0.004, 2, '%', '0.00 pp'],
  [1234, 0, '', '+1,234'],
  [-3, 1, 'days', '−3.0 days'],
];
test.each(changes)('formatChange(%s, %s, %s) = %s', (value, decimals, unit, text) => {
  expect(formatChange(value, decimals, unit)).toBe(text);
});

const figures: [number, number, string, string][] = [
  [3.105, 2, '%', '3.11%'],
  [0, 1, '', '0.0'],
  [1234567.891, 0, 'pupils', '1,234,568 pupils'],
  [-0.5, 2, '%', '-0.50%'],
  [12.3456, 3, 'days', '12.346 days'],
  [Number.NaN, 2, '%', 'NaN%'],
];
test.each(figures)(
  'formatValue(%s, %s, %s) from a cached formatter reads %s, twice',
  (value, decimals, unit, text) => {
    expect(formatValue(value, decimals, unit)).toBe(text);
    expect(formatValue(value, decimals, unit)).toBe(text);
  },
);

test('figureFormatter gives one function per decimals and unit', () => {
  expect(figureFormatter(2, '%')).toBe(figureFormatter(2, '%'));
  expect(figureFormatter(2, '%')).not.toBe(figureFormatter(1, '%'));
  expect(figureFormatter(1, 'days')(3)).toBe('3.0 days');
});

test('a change on 2019/20 says why it is missing', () => {
  const [beta, gone] = rows;
  expect(beta && explainChangeGap(beta, 'previous', 'Academic year')).toMatch(
    /no two-term or full-year release/,
  );
  expect(gone && explainChangeGap(gone, 'baseline', 'Academic year')).toBe(
    'No 2020/21 figure: “c”: suppressed to protect confidentiality (small numbers).',
  );
});

test('authorities with no latest figure are listed once per reason', () => {
  const gone = row('Gone', null, null, null);
  const away = { ...row('Away', null, null, null), latest_flag: '-' };
  expect(unrankedNote([gone, away, { ...gone, la_key: 'Also', la_name: 'Also' }], 'Academic year')).toBe(
    'Gone, Also (No 2020/21 figure: “c”: suppressed to protect confidentiality (small numbers).); ' +
      'Away (No 2020/21 figure: “-”: no figure published for this period.)',
  );
});

const ticks: [number, number[]][] = [
  [3.67, [0, 1, 2, 3, 4]],
  [3.26, [0, 1, 2, 3, 4]],
  [2.74, [0, 1, 2, 3]],
  [1.8, [0, 0.5, 1, 1.5, 2]],
  [100, [0, 20, 40, 60, 80, 100]],
  [0, [0, 1]],
];
test.each(ticks)('ticks up to %s', (max, expected) => {
  expect(valueTicks(max)).toEqual(expected);
});
