import { beforeAll, describe, expect, test } from 'vitest';
import type { IndicatorColumn } from '../../../src/data/catalogue';
import {
  schoolsBeside,
  schoolsColumnsOf,
  schoolsSelectSql,
  schoolsWithFlagsSql,
} from '../../../src/data/sql/schools-columns';
import { quoteIdent } from '../../../src/data/sql/quote';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

const indicators = (...columns: string[]): { indicators: IndicatorColumn[] } => ({
  indicators: columns.map((column) => ({ column, label: column, unit: '', decimals: 0 })),
});
const daily = indicators('attendance_perc', 'num_schools', 'total_num_schools');
const BOTH = { reporting: 'num_schools', total: 'total_num_schools' };

describe('which columns count the schools', () => {
  test.each([
    ['a daily-collection file', daily, BOTH],
    ['only one of the two', indicators('attendance_perc', 'num_schools'), null],
    ['neither', indicators('attendance_perc'), null],
    ['no dataset', undefined, null],
  ])('%s', (_, dataset, expected) => {
    expect(schoolsColumnsOf(dataset)).toEqual(expected);
  });

  test('read beside any indicator but themselves', () => {
    expect(schoolsBeside(daily, 'attendance_perc')).toEqual(BOTH);
    expect(schoolsBeside(daily, 'num_schools')).toBeNull();
    expect(schoolsBeside(daily, 'total_num_schools')).toBeNull();
    expect(schoolsBeside(indicators('attendance_perc'), 'attendance_perc')).toBeNull();
  });
});

describe('the select list, on the real engine', () => {
  let engine: SqlEngine;
  beforeAll(async () => {
    engine = await createNodeEngine();
    // A typed table as the loader builds it: each figure beside the symbol the file held where it was not a number.
    await engine.query(`CREATE TABLE schools_probe AS SELECT attendance_perc::DOUBLE AS attendance_perc,
      num_schools::DOUBLE AS num_schools, total_num_schools::DOUBLE AS total_num_schools,
      num_schools__flag::VARCHAR AS num_schools__flag, total_num_schools__flag::VARCHAR AS total_num_schools__flag
      FROM (VALUES
      (91.5, 480.0, 500.0, NULL, NULL),
      (92.0, NULL, 510.0, 'c', NULL),
      (90.1, 470.0, NULL, NULL, 'NA')
    ) v(attendance_perc, num_schools, total_num_schools, num_schools__flag, total_num_schools__flag)`);
  });

  test('the two counts with their flags, so a missing count is a gap with its reason, never 0', async () => {
    const sql = `SELECT ${schoolsWithFlagsSql(BOTH, quoteIdent)} FROM schools_probe`;
    expect(await engine.query(sql)).toEqual([
      { schools: 480, schools_total: 500, schools_flag: null, schools_total_flag: null },
      { schools: null, schools_total: 510, schools_flag: 'c', schools_total_flag: null },
      { schools: 470, schools_total: null, schools_flag: null, schools_total_flag: 'NA' },
    ]);
  });

  test('a file without them gives typed NULL columns, so a union with one that has them still runs', async () => {
    const sql = `SELECT ${schoolsWithFlagsSql(null, quoteIdent)} FROM schools_probe
      UNION ALL SELECT ${schoolsWithFlagsSql(BOTH, quoteIdent)} FROM schools_probe`;
    const rows = await engine.query(sql);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      schools: null,
      schools_total: null,
      schools_flag: null,
      schools_total_flag: null,
    });
    const [types] = await engine.query<{ t: string }>(
      `SELECT string_agg(column_type, ',') AS t FROM (DESCRIBE SELECT ${schoolsSelectSql(null, quoteIdent)})`,
    );
    expect(types?.t).toBe('DOUBLE,DOUBLE');
  });
});
