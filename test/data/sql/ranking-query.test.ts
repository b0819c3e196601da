import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseMetaCsv } from '../../../src/data/ees/meta-csv';
import { loadDataset } from '../../../src/data/load/load-dataset';
import { QueryError } from '../../../src/data/query-error';
import { fetchRanking } from '../../../src/data/fetch-ranking';
import type { RankingRequest, RankingRow } from '../../../src/data/sql/ranking-query';
import { displaySql } from '../../../src/data/sql/series-query';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { DATA_DIR, DFE_DIR, dataFile } from '../../support/dfe-files';
import { englandTotalRows, loadEesVariety } from '../../support/ees-variety-load';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  const meta = parseMetaCsv(readFileSync(`${DATA_DIR}/annual_absence.meta.csv`, 'utf8')).columns;
  await loadDataset(engine, {
    id: 'annual_absence',
    fileName: 'annual_absence.csv',
    data: dataFile('annual_absence.csv'),
    origin: 'default',
    meta,
    grain: 'Academic year',
  });
}, 120_000);

const severe: RankingRequest = {
  view: 'ds_annual_absence',
  indicator: 'enrolments_pa_50_exact_percent',
  phase: 'Total',
  filters: {},
  regionCode: null,
  latestPeriod: null,
  baselinePeriod: '2018/19',
};

async function run(change: Partial<RankingRequest> = {}): Promise<RankingRow[]> {
  return (await fetchRanking(engine, { ...severe, ...change })).rows;
}

const byName = (rows: readonly RankingRow[], name: string): RankingRow => {
  const row = rows.find((r) => r.la_name === name);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

/*
 * Hand-checked from data/annual_absence.csv (line numbers as `grep -n` prints them; the last column is
 * enrolments_pa_50_exact_percent, phase Total):
 *   6286  202425 Sheffield (E08000019, Yorkshire and The Humber) 3.67 — the highest 2024/25 value
 *   5614  202324 Sheffield 3.36;  2254  201819 Sheffield 1.17
 *   6614  202425 Portsmouth (E06000044, South East) 3.55
 *   6050  202425 National (England) 2.39;  6062  202425 Regional Yorkshire and The Humber 2.86
 *   6290  202425 Wakefield 3.21 and 6670 202425 Devon 3.21: a tie, with 11 authorities above (3.67 … 3.23)
 *   6166  202425 Cumbria "-";  6322  202425 Northamptonshire (no new code, old code 928) "-"
 *   3418  202021 Middlesbrough 2.19;  2746  201920 Middlesbrough "-";  2074  201819 Middlesbrough 1.51
 *   6054  202425 Regional North East 2.74; North East authorities 2024/25 (lines 6090–6134): Middlesbrough 3.26,
 *         Newcastle upon Tyne 3.11, Sunderland 2.96, …, County Durham 2.45, North Tyneside 2.15 (12 in all)
 */
describe('2024/25 severe absence, every local authority', () => {
  const cases: [string, keyof RankingRow, unknown][] = [
    ['Sheffield', 'rank', 1],
    ['Sheffield', 'la_code', 'E08000019'],
    ['Sheffield', 'region_name', 'Yorkshire and The Humber'],
    ['Sheffield', 'latest_period', '2024/25'],
    ['Sheffield', 'latest_value', 3.67],
    ['Sheffield', 'previous_period', '2023/24'],
    ['Sheffield', 'previous_value', 3.36],
    ['Sheffield', 'baseline_period', '2018/19'],
    ['Sheffield', 'baseline_value', 1.17],
    ['Sheffield', 'england_value', 2.39],
    ['Sheffield', 'region_value', 2.86],
    ['Portsmouth', 'rank', 2],
    ['Wakefield', 'rank', 12],
    ['Devon', 'rank', 12],
  ];
  test.each(cases)('%s %s = %s', async (name, column, expected) => {
    expect(byName(await run(), name)[column]).toBe(expected);
  });

  test('changes are in percentage points: 3.67 − 3.36 and 3.67 − 1.17', async () => {
    const sheffield = byName(await run(), 'Sheffield');
    expect(sheffield.change_previous).toBeCloseTo(0.31, 10);
    expect(sheffield.change_baseline).toBeCloseTo(2.5, 10);
  });

  test('quartiles by rank: rank r of 153 is in quarter ⌈4r/153⌉, so tied authorities share one', async () => {
    const rows = await run();
    expect(byName(rows, 'Sheffield')).toMatchObject({ quartile: 1, la_old_code: '373' });
    expect(byName(rows, 'Cumbria').quartile).toBeNull();
    const cases = [
      [1, 1],
      [38, 1],
      [39, 2],
      [76, 2],
      [77, 3],
      [114, 3],
      [115, 4],
      [153, 4],
    ];
    for (const [rank, quartile] of cases) {
      for (const row of rows.filter((r) => r.rank === rank))
        expect(row.quartile, `rank ${rank}`).toBe(quartile);
    }
    const byValue = new Map<number, Set<number | null>>();
    for (const row of rows.filter((r) => r.latest_value !== null))
      byValue.set(row.latest_value ?? 0, (byValue.get(row.latest_value ?? 0) ?? new Set()).add(row.quartile));
    for (const quartiles of byValue.values()) expect(quartiles.size).toBe(1);
  });

  test('tied values share a rank and the next rank skips', async () => {
    const rows = await run();
    const after = rows.filter((r) => r.rank !== null && r.rank > 12);
    expect(after[0]?.rank).toBe(14);
    expect(rows.filter((r) => r.rank === 12).map((r) => r.la_name)).toEqual(['Devon', 'Wakefield']);
  });

  test('a missing latest value is ranked nowhere, sorted last and never read as zero', async () => {
    const rows = await run();
    expect(rows).toHaveLength(158);
    expect(rows[0]?.ranked).toBe(153);
    const missing = rows.slice(153);
    expect(missing.map((r) => r.la_name)).toContain('Cumbria');
    for (const row of missing) {
      expect(row.latest_value).toBeNull();
      expect(row.latest_flag).toBe('-');
      expect(row.rank).toBeNull();
      expect(row.change_previous).toBeNull();
    }
    expect(rows.slice(0, 153).every((r) => r.latest_value !== null)).toBe(true);
    // Authorities without a new code stay apart: each keeps its own 2018/19 value through its old code.
    expect(byName(rows, 'Northamptonshire')).toMatchObject({
      la_code: null,
      la_key: 'old:928',
      baseline_value: 0.85,
    });
  });
});

describe('periods', () => {
  test('the change on 2019/20 is null and says why (no figures that year)', async () => {
    const middlesbrough = byName(await run({ latestPeriod: '2020/21' }), 'Middlesbrough');
    expect(middlesbrough).toMatchObject({
      latest_value: 2.19,
      previous_period: '2019/20',
      previous_value: null,
      previous_flag: '-',
      change_previous: null,
      baseline_value: 1.51,
    });
    expect(middlesbrough.change_baseline).toBeCloseTo(0.68, 10);
  });

  test('a latest period with no figures lists every authority unranked', async () => {
    const rows = await run({ latestPeriod: '2019/20' });
    expect(rows).toHaveLength(158);
    expect(rows.every((r) => r.rank === null && r.latest_value === null && r.latest_flag === '-')).toBe(true);
    expect(rows[0]?.ranked).toBe(0);
  });

  const baselines: [string, string | null][] = [
    ['no baseline chosen', null],
    ['a baseline the dataset does not have', '2099/00'],
  ];
  test.each(baselines)('%s gives no baseline columns', async (_, baselinePeriod) => {
    const sheffield = byName(await run({ baselinePeriod }), 'Sheffield');
    expect(sheffield).toMatchObject({
      baseline_period: null,
      baseline_value: null,
      baseline_flag: null,
      change_baseline: null,
    });
  });

  test('the first period has no previous period', async () => {
    const sheffield = byName(await run({ latestPeriod: '2015/16' }), 'Sheffield');
    expect(sheffield).toMatchObject({ previous_period: null, previous_flag: null, change_previous: null });
  });
});

test('a region filter ranks that region’s authorities among themselves', async () => {
  const rows = await run({ regionCode: 'E12000001' });
  expect(rows).toHaveLength(12);
  expect(rows.map((r) => [r.la_name, r.rank]).slice(0, 3)).toEqual([
    ['Middlesbrough', 1],
    ['Newcastle upon Tyne', 2],
    ['Sunderland', 3],
  ]);
  expect(rows.at(-1)).toMatchObject({ la_name: 'North Tyneside', rank: 12, latest_value: 2.15 });
  expect(rows.every((r) => r.region_code === 'E12000001' && r.region_value === 2.74)).toBe(true);
});

/*
 * data/annual_absence.csv, Regional rows, Total, 2024/25 (lines 6054–6086): Yorkshire and The Humber 2.86, South West
 * 2.82, North East 2.74, South East 2.46, East Midlands 2.43, West Midlands 2.39, East of England 2.37, North West
 * 2.35, London 1.63; 2023/24 (lines 5382–5414): Yorkshire and The Humber 2.73, London 1.52.
 */
describe('the region level ranks the nine regions', () => {
  const cases: [string, Partial<RankingRow>][] = [
    ['Yorkshire and The Humber', { la_code: 'E12000003', rank: 1, quartile: 1, latest_value: 2.86 }],
    ['South West', { rank: 2, quartile: 1 }],
    ['North East', { rank: 3, quartile: 2, latest_value: 2.74 }],
    ['North West', { rank: 8, quartile: 4 }],
    ['London', { la_code: 'E12000007', rank: 9, quartile: 4, previous_value: 1.52, ranked: 9 }],
  ];
  test.each(cases)('%s', async (name, expected) => {
    expect(byName(await run({ level: 'Regional' }), name)).toMatchObject(expected);
  });

  test('nine rows, each with its change on 2023/24; a chosen region does not narrow them', async () => {
    const rows = await run({ level: 'Regional', regionCode: 'E12000001' });
    expect(rows.map((r) => r.la_name)).toHaveLength(9);
    expect(byName(rows, 'Yorkshire and The Humber').change_previous).toBeCloseTo(0.13, 10);
    expect(rows.every((r) => r.england_value === 2.39 && r.latest_period === '2024/25')).toBe(true);
  });
});

describe('hostile input', () => {
  const values: [string, Partial<RankingRequest>][] = [
    ['region', { regionCode: "E12000001' OR '1'='1" }],
    ['latest period', { latestPeriod: "2024/25' OR '1'='1" }],
    ['phase', { phase: "Total'; DROP TABLE raw_annual_absence; --" }],
  ];
  test.each(values)('a hostile %s is only ever a parameter', async (_, change) => {
    expect(await run(change)).toEqual([]);
    expect(await run()).toHaveLength(158);
  });

  test('a hostile column name is quoted: the query fails cleanly and the data is untouched', async () => {
    const indicator = 'x" FROM raw_annual_absence); DROP TABLE raw_annual_absence; --';
    await expect(run({ indicator })).rejects.toBeInstanceOf(QueryError);
    await expect(run({ filters: { [indicator]: 'Total' } })).rejects.toBeInstanceOf(QueryError);
    expect(await run()).toHaveLength(158);
  });

  test('the SQL shown to people writes the values in, quoted', async () => {
    const shown = displaySql((await fetchRanking(engine, { ...severe, regionCode: "E1'2" })).query);
    expect(shown).toContain("a.region_code = 'E1''2'");
    expect(shown).not.toContain('?');
  });
});

describe('termly data compares a term with the same term a year earlier', () => {
  test('summer 2024/25 is compared with summer 2023/24, never with the spring before it', async () => {
    await loadDataset(engine, {
      id: 'terms',
      fileName: 'attendance_terms.csv',
      data: dataFile('attendance_terms.csv'),
      origin: 'default',
      grain: 'Term',
    });
    const rows = await run({
      view: 'ds_terms',
      indicator: 'overall_absence_perc',
      phase: 'Secondary',
      latestPeriod: '2024/25 summer term',
      baselinePeriod: '2023/24 autumn term',
    });
    expect(rows[0]).toMatchObject({
      latest_period: '2024/25 summer term',
      previous_period: '2023/24 summer term',
    });
    // A baseline of another term is unlike, so there is none.
    expect(rows[0]?.baseline_period).toBeNull();
  });
});

/*
 * Issue #11 point 10: each figure comes with the schools it counts. data/attendance_ytd.csv (the ranking reads it)
 * is built from DfE's year-to-date files; the expected counts are read here from those source files themselves.
 */
describe('the schools behind each authority’s figure', () => {
  const source = (year: string) =>
    Papa.parse<Record<string, string>>(
      readFileSync(`${DFE_DIR}/attendance/${year}/EES_ytd_data.csv`, 'utf8'),
      {
        header: true,
        skipEmptyLines: true,
        transformHeader: (name) => name.replace(/^\uFEFF/, ''),
      },
    ).data;
  const sourceRow = (year: string, level: string, name: string, phase: string) => {
    const row = source(year).find(
      (r) => r.geographic_level === level && (r.la_name ?? '') === name && r.school_type === phase,
    );
    if (!row) throw new Error(`${year}: no ${level} row for ${name}, ${phase}`);
    return row;
  };
  const ytd: Partial<RankingRequest> = {
    view: 'ds_ytd',
    indicator: 'overall_absence_perc',
    latestPeriod: '2024/25 year to date',
    baselinePeriod: '2022/23 year to date',
    schools: { reporting: 'num_schools', total: 'total_num_schools' },
  };
  beforeAll(async () => {
    await loadDataset(engine, {
      id: 'ytd',
      fileName: 'attendance_ytd.csv',
      data: dataFile('attendance_ytd.csv'),
      origin: 'default',
      grain: 'Year to date',
    });
  }, 120_000);

  // [authority, phase]: the latest (2024/25), previous (2023/24) and baseline (2022/23) counts all come along.
  const cases: [string, string][] = [
    ['Knowsley', 'Primary'],
    ['Sheffield', 'Primary'],
    ['Sheffield', 'Secondary'],
    ['Bracknell Forest', 'Special'],
  ];
  test.each(cases)('%s, %s', async (name, phase) => {
    const row = byName(await run({ ...ytd, phase }), name);
    const [latest, previous, baseline] = ['2024-25', '2023-24', '2022-23'].map((year) =>
      sourceRow(year, 'Local authority', name, phase),
    );
    const number = (text: string | undefined) => (Number.isFinite(Number(text)) ? Number(text) : null);
    const symbol = (text: string | undefined) => (Number.isFinite(Number(text)) ? null : text);
    expect(row.latest_period).toBe('2024/25 year to date');
    expect([row.schools, row.schools_total, row.schools_flag, row.schools_total_flag]).toEqual([
      number(latest?.num_schools),
      number(latest?.total_num_schools),
      symbol(latest?.num_schools),
      symbol(latest?.total_num_schools),
    ]);
    expect([row.previous_schools, row.previous_schools_total]).toEqual([
      number(previous?.num_schools),
      number(previous?.total_num_schools),
    ]);
    expect([row.baseline_schools, row.baseline_schools_total]).toEqual([
      number(baseline?.num_schools),
      number(baseline?.total_num_schools),
    ]);
    const england = sourceRow('2024-25', 'National', '', phase);
    expect([row.england_schools, row.england_schools_total]).toEqual([
      number(england.num_schools),
      number(england.total_num_schools),
    ]);
  });

  test('a suppressed count of schools open stays a gap with its symbol, never 0', async () => {
    const bracknell = byName(await run({ ...ytd, phase: 'Special' }), 'Bracknell Forest');
    expect(bracknell).toMatchObject({ schools: 1, schools_total: null, schools_total_flag: 'NA' });
  });

  test('a file without schools columns gives NULL counts, and the same figures', async () => {
    const rows = await run();
    expect(rows).toHaveLength(158);
    expect(
      rows.every((r) => r.schools === null && r.schools_flag === null && r.england_schools === null),
    ).toBe(true);
    expect(byName(rows, 'Sheffield').latest_value).toBe(3.67);
  });
});

describe('an area the file repeats within a period is ranked once, never as whichever row came first', () => {
  const HEADER =
    'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,la_name,rate';
  const row = (year: string, level: string, code: string, name: string, rate: string) =>
    `${year},Academic year,${level},E92000001,England,${level === 'National' ? ',' : 'E12000003,Yorkshire and The Humber'},${level === 'Local authority' ? `${code},${name}` : ','},${rate}`;

  test('the same figure twice is kept; different figures are a gap flagged with the number of rows', async () => {
    const lines = [
      row('202324', 'National', '', '', '5.0'),
      row('202324', 'Regional', '', '', '5.5'),
      row('202324', 'Local authority', 'E08000035', 'Leeds', '6.0'),
      row('202324', 'Local authority', 'E08000035', 'Leeds', '6.0'),
      row('202324', 'Local authority', 'E08000036', 'Wakefield', '4.0'),
      row('202324', 'Local authority', 'E08000036', 'Wakefield', '7.0'),
      row('202324', 'Local authority', 'E08000032', 'Bradford', '5.0'),
      row('202223', 'Local authority', 'E08000032', 'Bradford', '4.5'),
      row('202223', 'Local authority', 'E08000032', 'Bradford', 'c'),
    ];
    const dataset = await loadDataset(engine, {
      id: 'rankrepeat',
      fileName: 'rankrepeat.csv',
      data: new TextEncoder().encode([HEADER, ...lines].join('\n')),
      origin: 'user',
    });
    const { rows } = await fetchRanking(engine, {
      view: dataset.view,
      indicator: 'rate',
      phase: null,
      filters: {},
      regionCode: null,
      latestPeriod: '2023/24',
      baselinePeriod: null,
    });
    expect(rows.map((r) => [r.la_name, r.latest_value, r.latest_flag, r.rank])).toEqual([
      ['Leeds', 6, null, 1],
      ['Bradford', 5, null, 2],
      ['Wakefield', null, 'repeated:2', null],
    ]);
    expect(byName(rows, 'Bradford')).toMatchObject({
      previous_period: '2022/23',
      previous_value: null,
      previous_flag: 'repeated:2',
      change_previous: null,
    });
    expect(rows.every((r) => r.england_value === 5 && r.region_value === 5.5)).toBe(true);
  });

  test('level_2_3_sfla (genuine EES file): England 2005/06, given three times under every Total, is a gap', async () => {
    const dataset = await loadEesVariety(engine, 'level_2_3_sfla', 'level23rank');
    const englandRows = englandTotalRows('level_2_3_sfla', '200506');
    expect(new Set(englandRows.map((r) => r.l2_by19)).size).toBeGreaterThan(1);
    const { rows } = await fetchRanking(engine, {
      view: dataset.view,
      level: 'Regional',
      indicator: 'l2_by19',
      phase: null,
      filters: Object.fromEntries(dataset.filters.map((f) => [f.column, 'Total'])),
      regionCode: null,
      latestPeriod: '2005/06',
      baselinePeriod: null,
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.la_key)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.england_value).toBeNull();
      expect(r.england_flag).toBe(`repeated:${englandRows.length}`);
    }
  });
});
