import { beforeAll, expect, test, vi } from 'vitest';
import type { ColumnRoles } from '../../../src/data/load/column-roles';
import { distinctFilterValues, MAX_FILTER_VALUES } from '../../../src/data/load/distinct-filter-values';
import { byteLength, headBytes, standardised, type LoadRequest } from '../../../src/data/load/load-request';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

vi.setConfig({ testTimeout: 120_000 });

const request = (text: string, asFile: boolean): LoadRequest => {
  const bytes = new TextEncoder().encode(text);
  return { id: 'x', fileName: 'x.csv', origin: 'user', data: asFile ? new File([bytes], 'x.csv') : bytes };
};

test.each([true, false])('a file or its bytes (file: %s) give the same length and head', async (asFile) => {
  const given = request('a,b\n1,2\n', asFile);
  expect(byteLength(given.data)).toBe(8);
  expect(new TextDecoder().decode(await headBytes(given.data))).toBe('a,b\n1,2\n');
});

test('a table tool download is put in the data standard’s shape; any other file is left as it is', async () => {
  const plain = request('time_period,time_identifier,geographic_level,country_code,rate\n', true);
  expect(await standardised(plain)).toBe(plain);
  const download = request(
    'time_period,location,location_code,geographic_level,rate\n2023/24,England,E92000001,National,5\n',
    false,
  );
  const shaped = await standardised(download);
  expect(shaped).not.toBe(download);
  const header = new TextDecoder().decode(shaped.data as Uint8Array).split('\n', 1)[0];
  expect(header).toContain('time_identifier');
});

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

test('filter values come totals first, numbers as numbers, labelled; a list past the limit says it is cut', async () => {
  await engine.query(`CREATE OR REPLACE TABLE filter_values_t AS
    SELECT * FROM (VALUES ('10', 'a'), ('Total', 'b'), ('7', 'c'), ('8', 'd')) t(year_group, school_type)`);
  await engine.query(`CREATE OR REPLACE TABLE filter_values_many AS
    SELECT 'v' || lpad(i::VARCHAR, 4, '0') AS many FROM range(${MAX_FILTER_VALUES + 5}) r(i)`);
  const roles = {
    filterColumns: ['year_group'],
    filters: [{ column: 'year_group', label: 'Year group' }],
  } as unknown as ColumnRoles;
  expect(await distinctFilterValues(engine, 'filter_values_t', roles)).toEqual([
    { column: 'year_group', label: 'Year group', values: ['Total', '7', '8', '10'], truncated: false },
  ]);
  const [many] = await distinctFilterValues(engine, 'filter_values_many', {
    filterColumns: ['many'],
    filters: [],
  } as unknown as ColumnRoles);
  expect([many?.label, many?.values.length, many?.truncated]).toEqual(['many', MAX_FILTER_VALUES, true]);
});
