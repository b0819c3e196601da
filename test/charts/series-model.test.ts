import { expect, test } from 'vitest';
import { toChartModel, type SeriesInputRow } from '../../src/charts/series-model';

const row = (period: string, start: string, mid: number): SeriesInputRow => ({
  period,
  period_start: start,
  period_end: null,
  period_mid: mid,
  area_code: 'E92000001',
  area_name: 'England',
  value: 1,
  flag: null,
});

// Issue #11: every chart's hover and table flag 2020/21 and 2021/22 (COVID-19 sessions recorded as code X).
test.each([
  ['2018/19', '2018-09-01', null],
  [
    '2020/21',
    '2020-09-01',
    /in 2020\/21 sessions missed in circumstances relating to COVID-19 were recorded with code X/,
  ],
  ['2021/22', '2021-09-01', /until April 2022 .* code X, which does not count as absence/],
  ['2021/22 Spring term', '2022-01-04', /until April 2022/],
  ['2022/23', '2022-09-01', null],
])('%s', (period, start, note) => {
  const [first] = toChartModel([row(period, start, 1)]).periods;
  if (note === null) expect(first?.note).toBeUndefined();
  else expect(first?.note).toMatch(note);
});

// Issue #11 point 10: the schools behind a figure travel with it to the hover and the table, line by line; a gap
// or a file without the count carries none.
test.each<[string, Partial<SeriesInputRow>, { reporting: number; total: number | null } | undefined]>([
  [
    'reporting of open',
    { schools: 18183.5692307692, schools_total: 22005 },
    { reporting: 18183.5692307692, total: 22005 },
  ],
  [
    'reporting only',
    { schools: 18183.5692307692, schools_total: null },
    { reporting: 18183.5692307692, total: null },
  ],
  ['no count in the file', {}, undefined],
  ['no figure', { value: null, flag: 'c', schools: 12, schools_total: 20 }, undefined],
  ['zero schools is no count', { schools: 0, schools_total: 22005 }, undefined],
])('schools: %s', (_name, extra, expected) => {
  const [first] = toChartModel([{ ...row('2022/23 Autumn term', '2022-09-01', 1), ...extra }]).periods;
  expect(first?.schools?.E92000001).toEqual(expected);
});

// A weekly file of autumn terms only: no line is drawn across the months between them, however many areas repeat
// each week's dates.
test('a stretch with no periods becomes one break; weeks next to each other do not', () => {
  const week = (start: string, end: string, area: string): SeriesInputRow => ({
    period: start,
    period_start: start,
    period_end: end,
    period_mid: Date.parse(start) + 2 * 86_400_000,
    area_code: area,
    area_name: area,
    value: 1,
    flag: null,
  });
  const weeks = [
    ['2023-09-04', '2023-09-08'],
    ['2023-09-11', '2023-09-15'],
    ['2024-09-02', '2024-09-06'],
  ];
  const rows = ['E92000001', 'E12000001', 'E12000002'].flatMap((area) =>
    weeks.map(([start, end]) => week(start ?? '', end ?? '', area)),
  );
  const periods = toChartModel(rows).periods;
  expect(periods.map((p) => Boolean(p.isBreak))).toEqual([false, false, true, false]);
  expect(toChartModel(rows.map((r) => ({ ...r, period_end: null }))).periods.some((p) => p.isBreak)).toBe(
    false,
  );
});
