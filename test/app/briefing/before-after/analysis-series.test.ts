import { describe, expect, test } from 'vitest';
import type { Point } from '../../../../src/analysis/analysis-types';
import {
  comparablePoints,
  eventDate,
  likeTermSeries,
  MEASURES,
  pooledCoverage,
  runAroundEvent,
  schoolCoverage,
  toPoints,
} from '../../../../src/app/briefing/before-after/analysis-series';
import type { AnalysisRow } from '../../../../src/data/sql/analysis-query';

const year = (label: string, value: number | null): Point => ({
  period: label,
  start: `${label.slice(0, 4)}-09-01`,
  value,
});
// England severe absence (%), data/annual_absence.csv; 2019/20 was never collected.
const severe = [
  year('2017/18', 0.77),
  year('2018/19', 0.85),
  year('2019/20', null),
  year('2020/21', 1.13),
  year('2021/22', 1.65),
  year('2022/23', 2.03),
  year('2023/24', 2.3),
  year('2024/25', 2.39),
];

describe('the run of figures around an event, for a trend fit', () => {
  test.each([
    ['2024-08-19', '2020/21', '2024/25', ['2017/18', '2018/19', '2019/20']],
    ['2018-10', '2017/18', '2018/19', ['2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25']],
  ])('event %s keeps %s to %s', (date, first, last, dropped) => {
    const run = runAroundEvent(severe, date);
    expect(run.points[0]?.period).toBe(first);
    expect(run.points.at(-1)?.period).toBe(last);
    expect(run.dropped).toEqual(dropped);
  });
});

test('a term series is cut to the term of the first period after the event', () => {
  const terms: Point[] = [
    '2023/24 autumn term',
    '2023/24 spring term',
    '2024/25 autumn term',
    '2024/25 spring term',
  ].map((period, i) => ({
    period,
    start: ['2023-09-01', '2024-01-01', '2024-09-01', '2025-01-01'][i] ?? '',
    value: 7,
  }));
  expect(likeTermSeries(terms, '2024-08-19').map((p) => p.period)).toEqual([
    '2023/24 autumn term',
    '2024/25 autumn term',
  ]);
  // Set in the autumn term of 2023/24 (set aside as "during"), so the first term wholly after is spring 2023/24.
  expect(likeTermSeries(terms, '2023-11-20').map((p) => p.period)).toEqual([
    '2023/24 spring term',
    '2024/25 spring term',
  ]);
});

test.each([
  [{ start: '2024-08-19', precision: 'day' as const }, '2024-08-19'],
  [{ start: '2022-09-01', precision: 'month' as const }, '2022-09'],
  [{ start: '2022-01-01', precision: 'year' as const }, '2022'],
])('an event dated %j is analysed as %s, never more precisely than known', (event, date) => {
  expect(eventDate(event)).toBe(date);
});

test('rows become points of one area, with the count only where there is one', () => {
  const row = (area: string, value: number | null, count: number | null): AnalysisRow => ({
    period: '2024/25 year to date',
    period_start: '2024-09-01',
    period_end: '2025-08-31',
    period_mid: 0,
    level: 'National',
    area_code: area,
    area_name: area,
    region_code: null,
    value,
    flag: null,
    count,
    schools: count === null ? null : 20747.3,
    schools_total: count === null ? null : 21313,
  });
  expect(toPoints([row('E92000001', 6.87, 2505799574), row('E12000001', 7.1, null)], 'E92000001')).toEqual([
    { period: '2024/25 year to date', start: '2024-09-01', value: 6.87, count: 2505799574 },
  ]);
  expect(toPoints([row('E92000001', 2.39, null)], 'E92000001')).toEqual([
    { period: '2024/25 year to date', start: '2024-09-01', value: 2.39 },
  ]);
});

test('a measure whose latest period is a part year compares whole years only', () => {
  const points = [
    { period: '2023/24 year to date', start: '2023-09-01', value: 7.2 },
    { period: '2025/26 year to date', start: '2025-09-01', value: 6.5 },
    { period: '2024/25 year to date', start: '2024-09-01', value: 6.9 },
  ];
  const ytd = MEASURES.find((m) => m.id === 'ytd-overall');
  expect(ytd?.partYearLatest).toMatch(/part of a year/);
  expect(comparablePoints(points, ytd ?? {}).map((p) => p.period)).toEqual([
    '2023/24 year to date',
    '2024/25 year to date',
  ]);
  const annual = MEASURES.find((m) => m.id === 'annual-severe');
  expect(comparablePoints(points, annual ?? {})).toHaveLength(3);
});

// Issue #11: the schools behind each figure travel with it, where the file gives them.
test('school coverage by period, only where the file gives it', () => {
  const row = (period: string, schools: number | null, total: number | null): AnalysisRow => ({
    period,
    period_start: '2024-09-01',
    period_end: '2025-08-31',
    period_mid: 0,
    level: 'National',
    area_code: 'E92000001',
    area_name: 'England',
    region_code: null,
    value: 6.9,
    flag: null,
    count: 1,
    schools,
    schools_total: total,
  });
  const coverage = schoolCoverage(
    [row('2022/23', 17586.7, 22005), row('2023/24', 19766.4, null), row('x', null, null)],
    'E92000001',
  );
  expect([...coverage]).toEqual([
    ['2022/23', { reporting: 17586.7, total: 22005 }],
    ['2023/24', { reporting: 19766.4, total: null }],
  ]);
});

// Issue #11 point 10: the schools behind a comparison group's mean are the sums over its areas; a period where an
// area gives no count has none, rather than an undercount.
test.each<
  [
    string,
    [string, string, number | null, number | null][],
    [string, { reporting: number; total: number | null }][],
  ]
>([
  [
    'two areas, both counted',
    [
      ['E08000001', '2023/24', 100, 110],
      ['E08000002', '2023/24', 50.5, 60],
    ],
    [['2023/24', { reporting: 150.5, total: 170 }]],
  ],
  [
    'one area without schools open',
    [
      ['E08000001', '2023/24', 100, null],
      ['E08000002', '2023/24', 50, 60],
    ],
    [['2023/24', { reporting: 150, total: null }]],
  ],
  [
    'one area without a count',
    [
      ['E08000001', '2023/24', 100, 110],
      ['E08000002', '2023/24', null, null],
    ],
    [],
  ],
])('pooled coverage: %s', (_name, cells, expected) => {
  const rows = cells.map(([code, period, schools, total]): AnalysisRow => ({
    period,
    period_start: '2023-09-01',
    period_end: '2024-08-31',
    period_mid: 0,
    level: 'Local authority',
    area_code: code,
    area_name: code,
    region_code: 'E12000002',
    value: 6.9,
    flag: null,
    count: 1,
    schools,
    schools_total: total,
  }));
  expect([...pooledCoverage(rows, ['E08000001', 'E08000002'])]).toEqual(expected);
});
