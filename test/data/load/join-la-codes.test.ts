import { beforeAll, describe, expect, test } from 'vitest';
import { joinLaCodes } from '../../../src/data/load/join-la-codes';
import { quoteIdent } from '../../../src/data/sql/quote';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

/** A loaded table's location columns, with the file's own new_la_code beside them. */
async function table(
  name: string,
  rows: readonly (readonly [string, string, string | null])[],
): Promise<void> {
  const values = rows
    .map(
      ([level, code, parent]) =>
        `('${level}', '${code}', ${parent === null ? 'NULL' : `'${parent}'`}, '${code}')`,
    )
    .join(', ');
  await engine.query(
    `CREATE OR REPLACE TABLE ${quoteIdent(name)} AS SELECT level, area_code, parent_code::VARCHAR AS parent_code, new_la_code
     FROM (VALUES ${values}) v(level, area_code, parent_code, new_la_code)`,
  );
}

const rowsOf = (name: string) =>
  engine.query(`SELECT level, area_code, parent_code, new_la_code FROM ${quoteIdent(name)} ORDER BY ALL`);

describe('one authority, one line', () => {
  test('Gateshead under its old and new codes: areas and parents move to the later code', async () => {
    const name = 'la "codes" 1';
    await table(name, [
      ['Local authority', 'E08000020', 'E12000001'],
      ['Local authority', 'E08000037', 'E12000001'],
      ['School', '100001', 'E08000020'],
      ['School', '100002', 'E08000037'],
      // Not an authority level: a code that happens to match stays.
      ['Ward', 'E08000020', 'E08000020'],
      // Sheffield only under its old code keeps it: nothing in the file to join it to.
      ['Local authority', 'E08000019', 'E12000003'],
      ['Local authority district', 'E10000022', null],
      ['Local authority district', 'E06000057', null],
    ]);
    await joinLaCodes(engine, name);
    expect(await rowsOf(name)).toEqual([
      {
        level: 'Local authority',
        area_code: 'E08000019',
        parent_code: 'E12000003',
        new_la_code: 'E08000019',
      },
      // The file's own new_la_code is left as written.
      {
        level: 'Local authority',
        area_code: 'E08000037',
        parent_code: 'E12000001',
        new_la_code: 'E08000020',
      },
      {
        level: 'Local authority',
        area_code: 'E08000037',
        parent_code: 'E12000001',
        new_la_code: 'E08000037',
      },
      // Northumberland's two changes: E10000022 → E06000048 → E06000057, followed to the code the file has.
      {
        level: 'Local authority district',
        area_code: 'E06000057',
        parent_code: null,
        new_la_code: 'E06000057',
      },
      {
        level: 'Local authority district',
        area_code: 'E06000057',
        parent_code: null,
        new_la_code: 'E10000022',
      },
      { level: 'School', area_code: '100001', parent_code: 'E08000037', new_la_code: '100001' },
      { level: 'School', area_code: '100002', parent_code: 'E08000037', new_la_code: '100002' },
      { level: 'Ward', area_code: 'E08000020', parent_code: 'E08000037', new_la_code: 'E08000020' },
    ]);
  });

  test('a file with nothing to join is left as it is', async () => {
    const rows = [
      ['Local authority', 'E08000037', 'E12000001'],
      ['Regional', 'E12000001', 'E92000001'],
    ] as const;
    await table('plain', rows);
    const before = await rowsOf('plain');
    await joinLaCodes(engine, 'plain');
    expect(await rowsOf('plain')).toEqual(before);
  });
});
