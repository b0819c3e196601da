import { beforeAll, expect, test } from 'vitest';
import { viewAreas } from '../../../src/data/load/view-areas';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  // A view's area columns as tidyViewSql names them: an authority with two phases, a region, a national row, and a
  // row with no area code (a total the file left unplaced).
  await engine.query(
    `CREATE VIEW "ds areas" AS SELECT * FROM (VALUES
       ('Local authority', 'Primary', 'E09000001', 'City of London', 'E12000007', 'E12000007', 'London'),
       ('Local authority', 'Secondary', 'E09000001', 'City of London', 'E12000007', 'E12000007', 'London'),
       ('Regional', 'Primary', 'E12000007', 'London', 'E12000007', 'E92000001', NULL),
       ('National', 'Total', 'E92000001', NULL, NULL, NULL, NULL),
       ('National', 'Special', NULL, NULL, NULL, NULL, NULL)
     ) v(level, phase, area_code, area_name, region_code, parent_code, parent_name)`,
  );
});

test('each area once, with every phase it has rows for; a row without a code names no area', async () => {
  const { areas, levels, phases } = await viewAreas(engine, 'ds areas');
  expect(areas).toEqual([
    {
      level: 'Local authority',
      code: 'E09000001',
      name: 'City of London',
      regionCode: 'E12000007',
      parentCode: 'E12000007',
      parentName: 'London',
      phases: ['Primary', 'Secondary'],
    },
    // Without a name the code stands in; empty parents are none.
    {
      level: 'National',
      code: 'E92000001',
      name: 'E92000001',
      regionCode: null,
      parentCode: null,
      parentName: null,
      phases: ['Total'],
    },
    {
      level: 'Regional',
      code: 'E12000007',
      name: 'London',
      regionCode: 'E12000007',
      parentCode: 'E92000001',
      parentName: null,
      phases: ['Primary'],
    },
  ]);
  expect(levels).toEqual(['Local authority', 'National', 'Regional']);
  // The phase of the unplaced row still counts: the dataset has rows for it.
  expect(phases).toEqual(['Primary', 'Secondary', 'Special', 'Total']);
});
