import { beforeAll, expect, test } from 'vitest';
import { pickDefaults } from '../../../src/data/ees/filter-defaults';
import { filterCombinationsQuery, readCombinations } from '../../../src/data/sql/filter-combinations';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  // Stored as the loader stores filter values: trimmed when the file is read.
  await engine.query(`CREATE TABLE ds_admissions AS SELECT * FROM (VALUES
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
  await engine.query(`CREATE TABLE ds_schools AS SELECT * FROM (VALUES
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
