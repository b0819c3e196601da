import { beforeAll, describe, expect, test } from 'vitest';
import type { LoadedDataset } from '../../../src/data/catalogue';
import { roundAsPublished } from '../../../src/data/ees/indicators';
import { parseMetaCsv } from '../../../src/data/ees/meta-csv';
import { loadDataset } from '../../../src/data/load/load-dataset';
import {
  bandLowerBound,
  characteristicsQuery,
  findAbsenceBands,
  type AbsenceBands,
  type CharacteristicsRequest,
  type CharacteristicsRow,
} from '../../../src/data/sql/characteristics-query';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { bytesOf, dataFile, dfeFile } from '../../support/dfe-files';

let engine: SqlEngine;
let dataset: LoadedDataset;
let bands: AbsenceBands;
beforeAll(async () => {
  engine = await createNodeEngine();
  const meta = parseMetaCsv(
    new TextDecoder().decode(dataFile('severe_absence_characteristics.meta.csv')),
  ).columns;
  dataset = await loadDataset(engine, {
    id: 'chars',
    fileName: 'severe_absence_characteristics.csv',
    data: dataFile('severe_absence_characteristics.csv'),
    origin: 'default',
    meta,
    grain: 'Academic year',
  });
  const found = findAbsenceBands(dataset.indicators.map((i) => i.column));
  if (!found) throw new Error('severe_absence_characteristics.csv: no absence band columns found');
  bands = found;
});

const ALL_PHASES = ['Primary', 'Secondary', 'Special'];

const request = (change: Partial<CharacteristicsRequest> = {}): CharacteristicsRequest => ({
  view: dataset.view,
  bands,
  characteristic: 'fsm_eligible',
  level: 'National',
  areaCodes: ['E92000001'],
  phases: ALL_PHASES,
  filters: {},
  excludeGroups: [],
  period: null,
  ...change,
});

async function run(change: Partial<CharacteristicsRequest> = {}): Promise<CharacteristicsRow[]> {
  const { sql, params } = characteristicsQuery(request(change));
  return engine.query<CharacteristicsRow & Record<string, unknown>>(sql, params);
}

const totals = (rows: CharacteristicsRow[]) => rows.filter((row) => row.is_total);
const groups = (rows: CharacteristicsRow[]) =>
  rows
    .filter((row) => !row.is_total)
    .map((row) => [
      row.group_value,
      row.severe_absentees,
      row.enrolments,
      row.value && roundAsPublished(row.value, 4),
    ]);

describe('band columns are found by name, in both of DfE naming schemes', () => {
  test.each([
    ['pct5_OARate', 0],
    ['pct50_OARate', 45],
    ['pct50plus_OARate', 50],
    ['enrolments_overall_0_5', 0],
    ['enrolments_overall_45_50', 45],
    ['enrolments_overall_50_plus', 50],
    ['enrolments', null],
    ['pct50plus_OARate_percent', null],
    ['enrolments_pa_50_exact', null],
  ])('%s starts at %s%%', (column, lower) => {
    expect(bandLowerBound(column)).toBe(lower);
  });

  test('the default dataset has eleven bands and one severe band', () => {
    expect(bands.bands).toHaveLength(11);
    expect(bands.severe).toEqual(['enrolments_overall_50_plus']);
  });

  test('a dataset without a band reaching 50% has none to offer', () => {
    expect(findAbsenceBands(['pct5_OARate', 'pct10_OARate', 'enrolments'])).toBeNull();
  });
});

// DfE's published national severe absence rates (SOURCES.md, characteristics/; data/README.md).
const published: [string, number][] = [
  ['2016/17', 0.7],
  ['2017/18', 0.77],
  ['2018/19', 0.85],
  ['2020/21', 1.13],
  ['2021/22', 1.65],
  ['2022/23', 2.03],
];

test('all pupils reproduce the published national severe absence rates, 2016/17 to 2022/23', async () => {
  const rows = totals(await run());
  expect(rows.map((row) => [row.period, roundAsPublished(row.value ?? NaN, 2)])).toEqual(published);
});

test.each(['sen_status', 'sex', 'nc_year'])(
  'the all-pupils total is the same whichever characteristic is chosen (%s)',
  async (characteristic) => {
    const rows = totals(await run({ characteristic }));
    expect(rows.map((row) => roundAsPublished(row.value ?? NaN, 2))).toEqual(
      published.map(([, rate]) => rate),
    );
  },
);

// Independently of the app, from the CSV (columns 16–26 are the bands, 26 the 50%-plus band, 12 fsm_eligible; no field
// is quoted):
// awk -F, 'NR>1 && $1=="202223" && $3=="National" {t=0; for(i=16;i<=26;i++) t+=$i; e[$12]+=t; s[$12]+=$26}
//   END {for(k in e) printf "%s %d %d %.4f\n", k, s[k], e[k], 100*s[k]/e[k]}' data/severe_absence_characteristics.csv
// Eligible 70141 1855167 3.7808 / Not Eligible 57679 5473409 1.0538 / Unclassified 22440 67456 33.2661
test('free school meals, England, 2022/23, all phases, match a sum taken straight from the CSV', async () => {
  const rows = await run({ period: '2022/23' });
  expect(groups(rows)).toEqual([
    ['Eligible', 70141, 1855167, 3.7808],
    ['Not Eligible', 57679, 5473409, 1.0538],
    ['Unclassified', 22440, 67456, 33.2661],
  ]);
  expect(totals(rows).map((row) => [row.severe_absentees, row.enrolments])).toEqual([[150260, 7396032]]);
});

// awk -F, 'NR>1 && $1=="202223" && $6=="E12000002" && $11=="Secondary" {t=0; for(i=16;i<=26;i++) t+=$i;
//   e[$14]+=t; s[$14]+=$26} END {for(k in e) printf "%s %d %d %.4f\n", k, s[k], e[k], 100*s[k]/e[k]}' data/severe_absence_characteristics.csv
// Female 8509 221779 3.8367 / Male 7194 226182 3.1806 / Unclassified 0 2 0.0000 (all: 15703 447963)
test('a region and a phase: North West secondary pupils by sex, 2022/23', async () => {
  const rows = await run({
    characteristic: 'sex',
    level: 'Regional',
    areaCodes: ['E12000002'],
    phases: ['Secondary'],
    period: '2022/23',
  });
  expect(groups(rows)).toEqual([
    ['Female', 8509, 221779, 3.8367],
    ['Male', 7194, 226182, 3.1806],
    ['Unclassified', 0, 2, 0],
  ]);
  expect(totals(rows).map((row) => [row.severe_absentees, row.enrolments])).toEqual([[15703, 447963]]);
});

// The file splits London: awk … ($6=="E13000001"||$6=="E13000002") … gives 15346 severe of 1101866 (1.3927%).
test('London is the sum of Inner and Outer London', async () => {
  const rows = totals(
    await run({ level: 'Regional', areaCodes: ['E13000001', 'E13000002'], period: '2022/23' }),
  );
  expect(
    rows.map((row) => [row.severe_absentees, row.enrolments, roundAsPublished(row.value ?? NaN, 4)]),
  ).toEqual([[15346, 1101866, 1.3927]]);
});

test('year groups come in number order, not text order', async () => {
  const rows = await run({ characteristic: 'nc_year', period: '2022/23' });
  expect(rows.filter((row) => !row.is_total).map((row) => row.group_value)).toEqual([
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
    '7',
    '8',
    '9',
    '10',
    '11',
  ]);
});

test('the regions add up to England, so no row is counted twice', async () => {
  const regions = dataset.areas.filter((area) => area.level === 'Regional').map((area) => area.code);
  expect(regions).toHaveLength(10);
  const [england] = totals(await run({ period: '2022/23' }));
  const [all] = totals(await run({ level: 'Regional', areaCodes: regions, period: '2022/23' }));
  expect(all?.enrolments).toBe(england?.enrolments);
  expect(all?.severe_absentees).toBe(england?.severe_absentees);
});

test.each([
  ['an area code', { areaCodes: ["E92000001') OR ('1'='1"] }],
  ['a period', { period: "2022/23' OR '1'='1" }],
  ['a phase', { phases: ["Primary'); DROP TABLE raw_chars; --"] }],
])('a hostile value in %s is only ever a parameter', async (_, change) => {
  expect(await run(change)).toEqual([]);
  expect(totals(await run({ period: '2022/23' }))).toHaveLength(1);
});

test('a hostile column name is quoted as an identifier, not run', async () => {
  const error = await run({ characteristic: 'fsm_eligible" FROM raw_chars; DROP TABLE raw_chars; --' }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  expect(totals(await run({ period: '2022/23' }))).toHaveLength(1);
});

test('DfE’s own header-carrying band file (dashboard naming, CRLF, school_type) gives the same national figures', async () => {
  const dfe = await loadDataset(engine, {
    id: 'dfebands',
    fileName: 'absence_bands_distributions_nat_reg_with_header.csv',
    data: dfeFile('characteristics/absence_bands_distributions_nat_reg_with_header.csv'),
    origin: 'user',
  });
  const dfeBands = findAbsenceBands(dfe.indicators.map((i) => i.column));
  expect(dfeBands?.bands).toHaveLength(11);
  expect(dfeBands?.severe).toEqual(['pct50plus_OARate']);
  if (!dfeBands) return;
  const rows = totals(
    await run({ view: dfe.view, bands: dfeBands, characteristic: 'gender', phases: dfe.phases }),
  );
  expect(dfe.phases).toEqual(ALL_PHASES);
  expect(rows.map((row) => [row.period, roundAsPublished(row.value ?? NaN, 2)])).toEqual(published);
});

describe('a user file in DfE dashboard naming, with a suppressed count', () => {
  const header =
    'time_period,time_identifier,geographic_level,country_code,country_name,school_type,fsm_eligible,pct5_OARate,pct50_OARate,pct50plus_OARate';
  const lines = [
    '202223,Academic year,National,E92000001,England,State-funded primary,Eligible,90,6,4',
    '202223,Academic year,National,E92000001,England,State-funded primary,Not Eligible,c,3,1',
    '202223,Academic year,National,E92000001,England,State-funded secondary,Not Eligible,80,5,15',
    '202122,Academic year,National,E92000001,England,State-funded primary,Eligible,97,2,1',
  ];
  let user: LoadedDataset;
  beforeAll(async () => {
    user = await loadDataset(engine, {
      id: 'userbands',
      fileName: 'bands.csv',
      data: bytesOf(`${header}\n${lines.join('\n')}\n`),
      origin: 'user',
    });
  });

  test('its bands are found and a suppressed band makes the group and the total NULL with the symbol, never zero', async () => {
    const userBands = findAbsenceBands(user.indicators.map((i) => i.column));
    expect(userBands).toEqual({
      bands: ['pct5_OARate', 'pct50_OARate', 'pct50plus_OARate'],
      severe: ['pct50plus_OARate'],
    });
    if (!userBands) return;
    const rows = await run({ view: user.view, bands: userBands, phases: ['Primary', 'Secondary'] });
    expect(
      rows.map((row) => [
        row.period,
        row.group_value,
        row.severe_absentees,
        row.enrolments,
        row.value,
        row.flag,
      ]),
    ).toEqual([
      ['2021/22', null, 1, 100, 1, null],
      ['2021/22', 'Eligible', 1, 100, 1, null],
      ['2022/23', null, null, null, null, 'c'],
      ['2022/23', 'Eligible', 4, 100, 4, null],
      ['2022/23', 'Not Eligible', null, null, null, 'c'],
    ]);
  });
});
