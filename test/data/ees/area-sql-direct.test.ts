import { beforeAll, describe, expect, test } from 'vitest';
import {
  areaSql,
  levelSql,
  londonPartSql,
  regionCodeSql,
  regionNameSql,
} from '../../../src/data/ees/area-sql';
import { quoteIdent, quoteLiteral } from '../../../src/data/sql/quote';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { EES_PLACE_COLUMNS_TO_LA } from '../../support/ees-place-columns';

// The area builders run directly on rows written here, as the tidy select runs them (area-sql.test.ts loads files).
let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

type Cells = Record<string, string>;

/** Where each row is, by the SQL the builders give for a file with `columns`. */
async function placeRows(columns: readonly string[], rows: readonly Cells[]) {
  const cell = (name: string) => (columns.includes(name) ? `r.${quoteIdent(name)}` : 'NULL');
  const values = rows
    .map(
      (row) =>
        `(${columns.map((c) => (row[c] === undefined ? 'NULL' : quoteLiteral(row[c] ?? ''))).join(', ')})`,
    )
    .join(', ');
  const level = levelSql(cell('geographic_level'));
  const part = londonPartSql(cell);
  const area = areaSql('p.level', columns, cell, 'p.london_part');
  return engine.query(
    `SELECT ${area.code} AS code, ${area.name} AS name, ${area.parentCode} AS parent_code,
       ${area.parentName} AS parent_name, ${regionCodeSql(cell, 'p.london_part')} AS region_code,
       ${regionNameSql(cell, 'p.london_part')} AS region_name, p.level
     FROM (SELECT *, row_number() OVER () AS n FROM (VALUES ${values}) v(${columns.map(quoteIdent).join(', ')})) r,
       LATERAL (SELECT ${level} AS level, ${part} AS london_part) p
     ORDER BY r.n`,
  );
}

const STANDARD = [...EES_PLACE_COLUMNS_TO_LA, 'school_urn', 'school_name'];

describe('where a row is', () => {
  test('each level of a standard file, with its parent', async () => {
    const rows = await placeRows(STANDARD, [
      { geographic_level: 'National', country_code: 'E92000001', country_name: 'England' },
      {
        geographic_level: 'Regional',
        country_code: 'E92000001',
        region_code: 'E12000001',
        region_name: 'North East',
      },
      {
        geographic_level: 'Local authority',
        region_code: 'E12000001',
        region_name: 'North East',
        new_la_code: 'E08000037',
        la_name: 'Gateshead',
      },
      {
        geographic_level: 'School',
        region_code: 'E12000001',
        region_name: 'North East',
        new_la_code: 'E08000037',
        la_name: 'Gateshead',
        school_urn: '108000',
        school_name: 'A School',
      },
    ]);
    expect(rows).toEqual([
      {
        level: 'National',
        code: 'E92000001',
        name: 'England',
        parent_code: null,
        parent_name: null,
        region_code: null,
        region_name: null,
      },
      {
        level: 'Regional',
        code: 'E12000001',
        name: 'North East',
        parent_code: 'E92000001',
        parent_name: 'England',
        region_code: 'E12000001',
        region_name: 'North East',
      },
      {
        level: 'Local authority',
        code: 'E08000037',
        name: 'Gateshead',
        parent_code: 'E12000001',
        parent_name: 'North East',
        region_code: 'E12000001',
        region_name: 'North East',
      },
      {
        level: 'School',
        code: '108000',
        name: 'A School',
        parent_code: 'E08000037',
        parent_name: 'Gateshead',
        region_code: 'E12000001',
        region_name: 'North East',
      },
    ]);
  });

  test('levels in any case are the standard spelling; unknown levels stay as written', async () => {
    const rows = await placeRows(STANDARD, [
      { geographic_level: 'local authority', new_la_code: 'E09000002', la_name: 'Barking and Dagenham' },
      { geographic_level: 'NATIONAL' },
      { geographic_level: 'Galaxy' },
    ]);
    expect(rows.map((row) => [row.level, row.code, row.name])).toEqual([
      ['Local authority', 'E09000002', 'Barking and Dagenham'],
      // England when the file leaves the country blank.
      ['National', 'E92000001', 'England'],
      ['Galaxy', null, 'Galaxy'],
    ]);
  });

  test('Inner and Outer London, by code or by name under London’s code, are parts of London', async () => {
    const rows = await placeRows(STANDARD, [
      { geographic_level: 'Regional', region_code: 'E13000001', region_name: 'Inner London' },
      { geographic_level: 'Regional', region_code: 'E12000007', region_name: 'Outer London' },
      { geographic_level: 'Regional', region_code: 'E12000007', region_name: 'London' },
      {
        geographic_level: 'Local authority',
        region_code: 'E13000001',
        region_name: 'Inner London',
        new_la_code: 'E09000007',
        la_name: 'Camden',
      },
    ]);
    expect(
      rows.map((row) => [row.code, row.name, row.parent_code, row.region_code, row.region_name]),
    ).toEqual([
      ['E13000001', 'Inner London', 'E12000007', 'E12000007', 'London'],
      ['E13000002', 'Outer London', 'E12000007', 'E12000007', 'London'],
      ['E12000007', 'London', 'E92000001', 'E12000007', 'London'],
      // A borough is listed under its part of London, and belongs to the London region.
      ['E09000007', 'Camden', 'E13000001', 'E12000007', 'London'],
    ]);
  });

  test('schools by URN, else by LAESTAB; an area with a blank name is named by its code', async () => {
    const columns = ['geographic_level', 'new_la_code', 'la_name', 'urn', 'laestab', 'region_code'];
    const rows = await placeRows(columns, [
      {
        geographic_level: 'School',
        new_la_code: 'E09000004',
        la_name: 'Bexley',
        urn: '133769',
        laestab: '3036905',
      },
      {
        geographic_level: 'School',
        new_la_code: 'E09000004',
        la_name: 'Bexley',
        urn: '',
        laestab: '3036906',
      },
      {
        geographic_level: 'Local authority',
        new_la_code: 'E09000004',
        la_name: '',
        region_code: 'E12000007',
      },
    ]);
    expect(rows.map((row) => [row.code, row.name, row.parent_code, row.parent_name])).toEqual([
      ['133769', '133769', 'E09000004', 'Bexley'],
      ['3036906', '3036906', 'E09000004', 'Bexley'],
      // No region_name column: the parent's name is left NULL (the area list names it from its code).
      ['E09000004', 'E09000004', 'E12000007', null],
    ]);
  });

  test('a ward file without authority-district columns is grouped by local authority', async () => {
    const columns = ['geographic_level', 'new_la_code', 'la_name', 'ward_code', 'ward_name'];
    const [row] = await placeRows(columns, [
      {
        geographic_level: 'Ward',
        new_la_code: 'E08000037',
        la_name: 'Gateshead',
        ward_code: 'E05001000',
        ward_name: 'Birtley',
      },
    ]);
    expect(row).toMatchObject({
      code: 'E05001000',
      name: 'Birtley',
      parent_code: 'E08000037',
      parent_name: 'Gateshead',
    });
  });
});
