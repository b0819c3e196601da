import { beforeAll, expect, test } from 'vitest';
import { pickDefaults } from '../../../src/data/ees/filter-defaults';
import {
  filterCombinationsQuery,
  readCombinations,
  repeatedCombinations,
} from '../../../src/data/sql/filter-combinations';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  // Stored as the loader stores filter values: trimmed when the file is read.
  await engine.query(`CREATE TABLE ds_admissions AS SELECT *, '2023/24' AS period, 'National' AS level,
    'E92000001' AS area_code FROM (VALUES
    ('Primary', 'Total', 'Reception', 1),
    ('Primary', 'Total', '3', 2),
    ('Secondary', 'Total', '7', 3),
    ('Secondary', NULL, '7', 4),
    ('Secondary', 'Total', '9', 5)
  ) AS t(phase, "sex ""odd""", year_of_admission, value)`);
}, 60_000);

const COLUMNS = ['sex "odd"', 'year_of_admission'];

const cases: [string | null, Record<string, string>[]][] = [
  [
    'Secondary',
    [
      { 'sex "odd"': '', year_of_admission: '7' },
      { 'sex "odd"': 'Total', year_of_admission: '7' },
      { 'sex "odd"': 'Total', year_of_admission: '9' },
    ],
  ],
  [
    'Primary',
    [
      { 'sex "odd"': 'Total', year_of_admission: '3' },
      { 'sex "odd"': 'Total', year_of_admission: 'Reception' },
    ],
  ],
  ['Special', []],
];

test.each(cases)('the combinations of phase %s are the filter values as offered', async (phase, expected) => {
  const query = filterCombinationsQuery('ds_admissions', COLUMNS, phase);
  const combinations = readCombinations(await engine.query(query.sql, query.params), COLUMNS);
  const order = (rows: Record<string, string>[]) => rows.map((r) => JSON.stringify(r)).sort();
  expect(order(combinations)).toEqual(order(expected));
});

test('defaults read from the engine find rows', async () => {
  const query = filterCombinationsQuery('ds_admissions', COLUMNS, 'Primary');
  const combinations = readCombinations(await engine.query(query.sql, query.params), COLUMNS);
  expect(pickDefaults(COLUMNS, combinations)).toEqual({ 'sex "odd"': 'Total', year_of_admission: '3' });
});

test('one school’s combinations are its own: its academy type, not the file’s totals', async () => {
  await engine.query(`CREATE TABLE ds_schools AS SELECT *, '2023/24' AS period FROM (VALUES
    ('Total', 'National', 'E92000001', 'Total'),
    ('Total', 'National', 'E92000001', 'Sponsor led'),
    ('Total', 'School', '133769', 'Sponsor led'),
    ('Total', 'School', '100000', 'Converter')
  ) AS t(phase, level, area_code, academy_type)`);
  const cases: [{ level: string; code: string } | null, string][] = [
    [null, 'Total'],
    [{ level: 'School', code: '133769' }, 'Sponsor led'],
    [{ level: 'School', code: '100000' }, 'Converter'],
  ];
  for (const [area, expected] of cases) {
    const query = filterCombinationsQuery('ds_schools', ['academy_type'], 'Total', area);
    const combinations = readCombinations(await engine.query(query.sql, query.params), ['academy_type']);
    expect(pickDefaults(['academy_type'], combinations)).toEqual({ academy_type: expected });
  }
});

test('a combination whose rows repeat for a period and area is no default unless asked for', async () => {
  // level_2_3_sfla's shape: every "Total" row is there three times with different figures; "Boys" once.
  await engine.query(`CREATE TABLE ds_repeats AS SELECT * FROM (VALUES
    ('Total', '2005/06', 'National', 'E92000001', 68.8),
    ('Total', '2005/06', 'National', 'E92000001', 75.8),
    ('Total', '2005/06', 'National', 'E92000001', 32.1),
    ('Total', '2005/06', 'Regional', 'E12000001', 66.8),
    ('Boys', '2005/06', 'National', 'E92000001', 63.9),
    ('Boys', '2005/06', 'Regional', 'E12000001', 61.0)
  ) AS t(characteristic, period, level, area_code, value)`);
  const columns = ['characteristic'];
  const query = filterCombinationsQuery('ds_repeats', columns, null);
  const rows = await engine.query(query.sql, query.params);
  const combinations = readCombinations(rows, columns);
  const repeated = repeatedCombinations(rows, combinations);
  expect([...repeated]).toEqual([{ characteristic: 'Total' }]);
  const cases: [Record<string, string>, string][] = [
    [{}, 'Boys'],
    [{ characteristic: 'Total' }, 'Total'],
  ];
  for (const [wanted, expected] of cases)
    expect(pickDefaults(columns, combinations, wanted, null, repeated)).toEqual({ characteristic: expected });
  // Without the repeats known, the totals come first, as before.
  expect(pickDefaults(columns, combinations)).toEqual({ characteristic: 'Total' });
});
