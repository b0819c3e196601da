import { beforeAll, describe, expect, test } from 'vitest';
import { roundAsPublished } from '../../src/data/ees/indicators';
import { parseMetaCsv } from '../../src/data/ees/meta-csv';
import type { Grain } from '../../src/data/ees/time-periods';
import { loadDataset } from '../../src/data/load/load-dataset';
import { seriesQuery, type SeriesRow } from '../../src/data/sql/series-query';
import type { SqlEngine } from '../../src/data/sql-engine';
import { createNodeEngine } from '../support/node-engine';
import { dataFile } from '../support/dfe-files';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  const load = async (id: string, grain: Grain) =>
    loadDataset(engine, {
      id,
      fileName: `${id}.csv`,
      data: dataFile(`${id}.csv`),
      origin: 'default',
      grain,
      meta: parseMetaCsv(new TextDecoder().decode(dataFile(`${id}.meta.csv`))).columns,
    });
  await load('annual_absence', 'Academic year');
  await load('attendance_ytd', 'Year to date');
});

async function england(view: string, indicator: string, phase = 'Total'): Promise<Map<string, SeriesRow>> {
  const { sql, params } = seriesQuery({
    view,
    indicator,
    levels: ['National'],
    phase,
    areaCodes: ['E92000001'],
    filters: {},
    from: null,
    to: null,
  });
  const rows = await engine.query<SeriesRow & Record<string, unknown>>(sql, params);
  return new Map(rows.map((row) => [row.period, row]));
}

// The published check figures of ../shared/data/dfe/SOURCES.md, through the app's own query layer and default data.
describe('England, annual, from data/annual_absence.csv', () => {
  test.each([
    ['enrolments_pa_50_exact_percent', '2015/16', 0.6],
    ['enrolments_pa_50_exact_percent', '2018/19', 0.85],
    ['enrolments_pa_50_exact_percent', '2021/22', 1.65],
    ['enrolments_pa_50_exact_percent', '2022/23', 2.03],
    ['enrolments_pa_50_exact_percent', '2023/24', 2.3],
    ['enrolments_pa_50_exact_percent', '2024/25', 2.39],
    ['enrolments_pa_10_exact_percent', '2015/16', 10.5],
    ['enrolments_pa_10_exact_percent', '2018/19', 10.86],
    ['enrolments_pa_10_exact_percent', '2021/22', 22.51],
    ['enrolments_pa_10_exact_percent', '2024/25', 18.14],
  ])('%s %s = %s%', async (indicator, period, published) => {
    const row = (await england('ds_annual_absence', indicator)).get(period);
    expect(roundAsPublished(row?.value ?? NaN, 2)).toBe(published);
  });

  test('2019/20 is a gap with its symbol, never a zero', async () => {
    const row = (await england('ds_annual_absence', 'enrolments_pa_50_exact_percent')).get('2019/20');
    expect(row).toMatchObject({ value: null, flag: '-' });
  });
});

describe('England, year to date, from data/attendance_ytd.csv', () => {
  test.each([
    ['2022/23 year to date', 7.53],
    ['2023/24 year to date', 7.21],
    ['2024/25 year to date', 6.87],
  ])('overall absence %s = %s%', async (period, published) => {
    const row = (await england('ds_attendance_ytd', 'overall_absence_perc')).get(period);
    expect(roundAsPublished(row?.value ?? NaN, 2)).toBe(published);
  });
});
