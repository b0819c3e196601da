import { beforeAll, describe, expect, test } from 'vitest';
import { roundAsPublished } from '../../../src/data/ees/indicators';
import type { Grain } from '../../../src/data/ees/time-periods';
import { loadDataset } from '../../../src/data/load/load-dataset';
import { analysisQuery, type AnalysisRequest, type AnalysisRow } from '../../../src/data/sql/analysis-query';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { dataFile } from '../../support/dfe-files';
import { createNodeEngine } from '../../support/node-engine';

const DATASETS: [string, Grain][] = [
  ['annual_absence', 'Academic year'],
  ['attendance_ytd', 'Year to date'],
  ['attendance_terms', 'Term'],
  ['attendance_weekly', 'Week'],
];

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  for (const [id, grain] of DATASETS) {
    await loadDataset(engine, {
      id,
      fileName: `${id}.csv`,
      data: dataFile(`${id}.csv`),
      origin: 'default',
      grain,
    });
  }
});

const england = (view: string, indicator: string, countColumn: string | null): AnalysisRequest => ({
  view,
  indicator,
  countColumn,
  phase: 'Total',
  levels: ['National'],
  areaCodes: ['E92000001'],
  regionCode: null,
});

async function run(request: AnalysisRequest): Promise<AnalysisRow[]> {
  const { sql, params } = analysisQuery(request);
  return engine.query<AnalysisRow & Record<string, unknown>>(sql, params);
}

// Expected figures read from data/*.csv (National, Total), e.g.
//   awk -F, '$3=="National" && $11=="Total" {print $1,$2,$21,$53}' data/attendance_terms.csv
// for possible_sessions ($21) and overall_absence_perc ($53).
const checks: [string, AnalysisRequest, string, number | null, number | null][] = [
  [
    'annual severe',
    england('ds_annual_absence', 'enrolments_pa_50_exact_percent', null),
    '2024/25',
    2.39,
    null,
  ],
  [
    'annual severe',
    england('ds_annual_absence', 'enrolments_pa_50_exact_percent', null),
    '2018/19',
    0.85,
    null,
  ],
  [
    'annual severe, pandemic gap',
    england('ds_annual_absence', 'enrolments_pa_50_exact_percent', null),
    '2019/20',
    null,
    null,
  ],
  [
    'ytd overall',
    england('ds_attendance_ytd', 'overall_absence_perc', 'possible_sessions'),
    '2024/25 year to date',
    6.87,
    2505799574,
  ],
  [
    'term overall',
    england('ds_attendance_terms', 'overall_absence_perc', 'possible_sessions'),
    '2024/25 autumn term',
    6.52,
    947732116,
  ],
  [
    'term overall',
    england('ds_attendance_terms', 'overall_absence_perc', 'possible_sessions'),
    '2023/24 summer term',
    7.67,
    798650831,
  ],
  [
    'weekly overall',
    england('ds_attendance_weekly', 'overall_absence_perc', 'possible_sessions'),
    '2024 week 40',
    5.99,
    68788475,
  ],
];

describe('one rate with its count, for England', () => {
  test.each(checks)('%s: %s', async (_, request, period, value, count) => {
    const rows = await run(request);
    const row = rows.find((r) => r.period === period);
    expect(row).toBeDefined();
    expect(row?.value === null ? null : roundAsPublished(row?.value ?? NaN, 2)).toBe(value);
    expect(row?.count).toBe(count);
    expect(row?.area_code).toBe('E92000001');
  });
});

// Issue #11: the number of schools reporting travels with each attendance figure (num_schools and
// total_num_schools of data/attendance_ytd.csv, National, Total, read with python's csv module).
test.each([
  ['2022/23 year to date', 17586.7015706806, 22005],
  ['2023/24 year to date', 19766.4278074866, 21232],
  ['2024/25 year to date', 20747.2978723404, 21313],
])('schools reporting and schools open, %s', async (period, reporting, total) => {
  const rows = await run({
    ...england('ds_attendance_ytd', 'overall_absence_perc', 'possible_sessions'),
    schoolsColumns: { reporting: 'num_schools', total: 'total_num_schools' },
  });
  const row = rows.find((r) => r.period === period);
  expect([row?.schools, row?.schools_total]).toEqual([reporting, total]);
});

test('the annual gap keeps its symbol and every period is dated', async () => {
  const rows = await run(england('ds_annual_absence', 'enrolments_pa_50_exact_percent', null));
  expect(rows.map((row) => row.period)).toEqual([
    '2015/16',
    '2016/17',
    '2017/18',
    '2018/19',
    '2019/20',
    '2020/21',
    '2021/22',
    '2022/23',
    '2023/24',
    '2024/25',
  ]);
  expect(rows.find((row) => row.period === '2019/20')?.flag).toBe('-');
  expect(rows.every((row) => row.period_start !== null && row.period_mid !== null)).toBe(true);
});

test('terms come one row per term, in time order', async () => {
  const rows = await run(england('ds_attendance_terms', 'overall_absence_perc', 'possible_sessions'));
  expect(rows.map((row) => row.period)).toEqual([
    '2022/23 autumn term',
    '2022/23 spring term',
    '2023/24 autumn term',
    '2023/24 spring term',
    '2023/24 summer term',
    '2024/25 autumn term',
    '2024/25 spring term',
    '2024/25 summer term',
  ]);
});

test("a region's local authorities, for a difference-in-differences", async () => {
  const rows = await run({
    ...england('ds_annual_absence', 'enrolments_pa_50_exact_percent', null),
    levels: ['Local authority'],
    areaCodes: null,
    regionCode: 'E12000001',
  });
  const codes = [...new Set(rows.map((row) => row.area_code))];
  expect(codes).toHaveLength(12);
  expect(codes).toContain('E06000002'); // Middlesbrough: the attendance mentors pilot
  expect(codes).toContain('E06000004'); // Stockton-on-Tees: the first attendance hub
  expect(rows.every((row) => row.level === 'Local authority' && row.region_code === 'E12000001')).toBe(true);
});

test('a hostile value is only ever a parameter', async () => {
  const rows = await run({
    ...england('ds_annual_absence', 'enrolments_pa_50_exact_percent', null),
    areaCodes: ["E92000001' OR '1'='1"],
  });
  expect(rows).toEqual([]);
});

test('an empty list of areas selects nothing', async () => {
  const rows = await run({
    ...england('ds_annual_absence', 'enrolments_pa_50_exact_percent', null),
    areaCodes: [],
  });
  expect(rows).toEqual([]);
});
