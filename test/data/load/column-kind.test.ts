import { beforeAll, describe, expect, test } from 'vitest';
import { FILE_FOLDER } from '../../../src/data/engine-lockdown';
import {
  decimalsFromValues,
  hasValues,
  inferKind,
  numericShare,
  unitFromName,
  type ColumnKind,
} from '../../../src/data/load/column-kind';
import { columnProfileSql, readProfiles, type ColumnProfile } from '../../../src/data/load/column-profile';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { eesVarietyZip } from '../../support/ees-variety-files';
import { createNodeEngine } from '../../support/node-engine';

/** A profile of `rows` filled cells, all of them plain numbers unless the case says otherwise. */
const profile = (column: string, counts: Partial<ColumnProfile> = {}): ColumnProfile => ({
  column,
  rows: 100,
  nonEmpty: 100,
  numeric: 100,
  integers: 100,
  maxDecimals: 0,
  numberLike: 0,
  missing: 0,
  distinct: 40,
  minLength: 1,
  maxLength: 3,
  codeLike: 0,
  samples: [],
  ...counts,
});

const TEXT = { numeric: 0, integers: 0, minLength: 3, maxLength: 30 };

describe('the kind of a column no meta file describes, from hand-made profiles', () => {
  test.each<[string, ColumnProfile, ColumnKind]>([
    ['a known attendance indicator, whatever its values', profile('pa_perc', TEXT), 'indicator'],
    ['a school id by name', profile('laestab', TEXT), 'identifier'],
    ['an _id column of one-width numbers', profile('trust_id', { minLength: 7, maxLength: 7 }), 'identifier'],
    ['an _id column of ONS codes', profile('area_code', { ...TEXT, codeLike: 100 }), 'identifier'],
    ['an _id column profiled before its values were read', profile('trust_id', { rows: 0 }), 'identifier'],
    ['counts of varying width that happen to end in _id', profile('unknown_id'), 'indicator'],
    ['a few text values ending in _code', profile('phase_code', { ...TEXT, distinct: 4 }), 'filter'],
    ['many text values ending in _code', profile('lsoa_code', { ...TEXT, distinct: 800 }), 'identifier'],
    [
      'numbers beside suppression symbols are a measure',
      profile('discontinued_age', { missing: 10, numeric: 90 }),
      'indicator',
    ],
    ['a year group that looks numeric is a filter', profile('nc_year_group'), 'filter'],
    ['an age band', profile('age'), 'filter'],
    ['nothing in it', profile('notes', { nonEmpty: 0, numeric: 0, integers: 0 }), 'other'],
    [
      'every filled cell suppressed',
      profile('pupils', { missing: 100, numeric: 0, integers: 0 }),
      'indicator',
    ],
    [
      'numbers with a few in another format',
      profile('enrolments', { numeric: 85, numberLike: 10 }),
      'indicator',
    ],
    [
      'free text with a value per row',
      profile('school_name_long', { ...TEXT, distinct: 900, rows: 1000, nonEmpty: 1000 }),
      'other',
    ],
    ['text with few values', profile('school_type', { ...TEXT, distinct: 6 }), 'filter'],
    [
      'mostly text with a few numbers',
      profile('ward', { numeric: 20, integers: 20, distinct: 30 }),
      'filter',
    ],
  ])('%s', (_, p, kind) => {
    expect(inferKind(p)).toBe(kind);
  });

  test('shares and decimals', () => {
    expect(numericShare(profile('x', { missing: 20, numeric: 40 }))).toBe(0.5);
    expect(numericShare(profile('x', { missing: 100 }))).toBe(0);
    expect(hasValues(profile('x', { rows: 0 }))).toBe(false);
    expect(decimalsFromValues(profile('x', { rows: 0 }))).toBeNull();
    expect(decimalsFromValues(profile('x'))).toBe(0);
    expect(decimalsFromValues(profile('x', { integers: 50, maxDecimals: 1 }))).toBe(1);
    // Float noise (0.30000000000000004) is cut at two places.
    expect(decimalsFromValues(profile('x', { integers: 50, maxDecimals: 17 }))).toBe(2);
  });

  test.each([
    ['sess_overall_percent', '%'],
    ['overall_absence_rate', '%'],
    ['pa_perc', '%'],
    ['fsm_pct', '%'],
    ['percentage_of_pupils', '%'],
    ['enrolments', ''],
    ['Overall_Percent', ''],
    ['percentile', ''],
  ])('%s has unit "%s"', (column, unit) => {
    expect(unitFromName(column)).toBe(unit);
  });
});

describe('the kind of genuine EES columns, profiled by the loader on the real engine', () => {
  let engine: SqlEngine;
  beforeAll(async () => {
    engine = await createNodeEngine();
  });

  async function kinds(zip: string, csv: string): Promise<Map<string, ColumnKind>> {
    const data = eesVarietyZip(zip).get(csv);
    if (!data) throw new Error(`${zip} has no ${csv}`);
    const name = `${FILE_FOLDER}${csv}`;
    await engine.registerFile(name, data);
    try {
      const relation = `(SELECT * FROM read_csv('${name}', header = true, all_varchar = true) LIMIT 20000)`;
      const [header] = await engine.query<{ names: string[] }>(
        `SELECT list(column_name) AS names FROM (DESCRIBE SELECT * FROM ${relation})`,
      );
      const columns = [...(header?.names ?? [])];
      const profiles = readProfiles(await engine.query(columnProfileSql(relation, columns)), columns);
      return new Map(profiles.map((p) => [p.column, inferKind(p)]));
    } finally {
      await engine.dropFile(name);
    }
  }

  test('schools, their descriptors and their figures (absence of four-year-olds)', async () => {
    const found = await kinds('absence_for_four_year_olds.zip', 'absence_for_four_year_olds.csv');
    expect(
      Object.fromEntries(
        ['urn', 'laestab', 'estab', 'school_type', 'enrolments', 'sess_overall_percent'].map((c) => [
          c,
          found.get(c),
        ]),
      ),
    ).toEqual({
      urn: 'identifier',
      laestab: 'identifier',
      estab: 'identifier',
      school_type: 'filter',
      enrolments: 'indicator',
      sess_overall_percent: 'indicator',
    });
  }, 120_000);

  test('an age filter and counts with NULL written in (SEN2)', async () => {
    const found = await kinds('SEN2_AGE_NEW.zip', 'SEN2_AGE_NEW.csv');
    expect([found.get('age'), found.get('Total_NEW_ST'), found.get('Total_NEW_EHC')]).toEqual([
      'filter',
      'indicator',
      'indicator',
    ]);
  }, 120_000);
});
