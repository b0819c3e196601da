import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load/load-dataset';
import { LoadError } from '../../../src/data/load/load-error';
import { isTableToolExport, standardLevel } from '../../../src/data/load/table-tool-export';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

/*
 * Issue 23, point 7: EES's table tool downloads name areas `location` / `location_code`, write levels as
 * GeographicLevel names (Country, Region, LocalAuthority …) and may give the period's kind as `time_frame` or not
 * at all. Generated in that shape here (with a BOM, as the table tool saves it) and read on the real engine.
 */
let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
}, 60_000);

const load = (id: string, text: string) =>
  loadDataset(engine, { id, fileName: `${id}.csv`, data: new TextEncoder().encode(text), origin: 'user' });

const EXPORT = [
  '\uFEFFtime_period,time_frame,geographic_level,location,location_code,filter,enrolments,absence_rate',
  '2022/23,Academic year,Country,England,E92000001,Total,7000000,7.4',
  '2022/23,Academic year,Country,England,E92000001,Boys,3500000,7.5',
  '2022/23,Academic year,Region,North East,E12000001,Total,350000,7.9',
  '2022/23,Academic year,LocalAuthority,Bexley,E09000004,Total,40000,6.9',
  '2022/23,Academic year,LocalAuthority,Gateshead,E08000037,Total,28000,x',
  '2023/24,Academic year,Country,England,E92000001,Total,7100000,7.1',
  '2023/24,Academic year,Country,England,E92000001,Boys,3550000,7.2',
  '2023/24,Academic year,Region,North East,E12000001,Total,352000,7.6',
  '2023/24,Academic year,LocalAuthority,Bexley,E09000004,Total,40100,6.6',
  '2023/24,Academic year,LocalAuthority,Gateshead,E08000037,Total,28100,7.8',
].join('\r\n');

test('a table tool download reads as the EES file it came from', async () => {
  const dataset = await load('permalink', EXPORT);
  expect(dataset.levels).toEqual(['Local authority', 'National', 'Regional']);
  expect(dataset.periods.map((p) => p.label)).toEqual(['2022/23', '2023/24']);
  expect(dataset.grains).toEqual(['Academic year']);
  expect(dataset.filters.map((f) => f.column)).toEqual(['filter']);
  expect(dataset.indicators.map((i) => i.column)).toEqual(['enrolments', 'absence_rate']);
  expect(dataset.areas.map((a) => `${a.level}|${a.code}|${a.name}`).sort()).toEqual([
    'Local authority|E08000037|Gateshead',
    'Local authority|E09000004|Bexley',
    'National|E92000001|England',
    'Regional|E12000001|North East',
  ]);
  const rows = await engine.query<{
    area_code: string;
    period: string;
    v: number | null;
    flag: string | null;
  }>(
    `SELECT area_code, period, absence_rate AS v, absence_rate__flag AS flag FROM ds_permalink
     WHERE filter = 'Total' ORDER BY area_code, period`,
  );
  expect(rows).toContainEqual({ area_code: 'E92000001', period: '2023/24', v: 7.1, flag: null });
  expect(rows).toContainEqual({ area_code: 'E08000037', period: '2022/23', v: null, flag: 'x' });
});

test.each([
  ['2023/24 without a time_frame is an academic year', '2023/24', 'Academic year', '2023/24'],
  ['202324 without a time_frame is an academic year', '202324', 'Academic year', '2023/24'],
  ['a bare year is a calendar year', '2023', 'Calendar year', '2023'],
])('%s', async (_why, period, grain, label) => {
  const text = `time_period,geographic_level,location,location_code,pupils\n${period},National,England,E92000001,12\n`;
  const dataset = await load(`p${period.replace('/', '')}`, text);
  expect(dataset.grains).toEqual([grain]);
  expect(dataset.periods.map((p) => p.label)).toEqual([label]);
});

test('a time_frame given as an EES code (T1) is that term', async () => {
  const text =
    'time_period,time_frame,geographic_level,location,location_code,pupils\n202324,T1,Country,England,E92000001,12\n';
  const dataset = await load('pterm', text);
  expect(dataset.periods.map((p) => p.label)).toEqual(['2023/24 autumn term']);
});

describe('what stops one, said exactly', () => {
  test.each([
    [
      'a level EES does not name',
      'time_period,geographic_level,location,location_code,pupils\n2023/24,Galaxy,Milky Way,G1,12\n',
      { line: 2, column: 'geographic_level' },
      /“Galaxy”, which is not one of the EES geographic levels/,
    ],
    [
      'a period whose kind cannot be told',
      'time_period,geographic_level,location,location_code,pupils\n2023/24,Country,England,E92000001,1\n2023 Q1,Country,England,E92000001,12\n',
      { line: 3, column: 'time_period' },
      /period “2023 Q1” and no time_identifier or time_frame/,
    ],
  ])('%s', async (_why, text, where, problem) => {
    const error = await load('pbad', text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error).toMatchObject(where);
    expect((error as LoadError).problem).toMatch(problem);
  });
});

test.each([
  ['LocalAuthority', 'Local authority'],
  ['Country', 'National'],
  ['Region', 'Regional'],
  ['LocalAuthorityDistrict', 'Local authority district'],
  ['MultiAcademyTrust', 'MAT'],
  ['ParliamentaryConstituency', 'Parliamentary constituency'],
  ['Local authority', 'Local authority'],
])('the level %s is %s', (name, level) => {
  expect(standardLevel(name)).toBe(level);
});

test('an EES data file is not taken for a table tool download', () => {
  expect(
    isTableToolExport(['time_period', 'time_identifier', 'geographic_level', 'country_code', 'pupils']),
  ).toBe(false);
  expect(
    isTableToolExport(['time_period', 'time_identifier', 'geographic_level', 'location', 'location_code']),
  ).toBe(true);
});
