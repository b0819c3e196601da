import { beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLE_SQL, tableSql } from '../../../src/app/sql-console/example-query';
import { loadDefaultDatasets, type DefaultDatasets } from '../../support/default-datasets';

let loaded: DefaultDatasets;
beforeAll(async () => {
  loaded = await loadDefaultDatasets(['annual_absence']);
});

describe("the console's first query", () => {
  test('answers its question on the default data: England\u2019s severe absence, one row per year, in order', async () => {
    const rows = await loaded.engine.query<{ period: string; severe_absence_percent: number | null }>(
      EXAMPLE_SQL,
    );
    expect(rows.length).toBeGreaterThanOrEqual(9);
    expect(rows.map((row) => row.period)).toEqual([...rows.map((row) => row.period)].sort());
    expect(new Set(rows.map((row) => row.period)).size).toBe(rows.length);
    expect(rows.every((row) => row.severe_absence_percent === null || row.severe_absence_percent > 0)).toBe(
      true,
    );
  });
});

describe("the schema panel's first look at a table", () => {
  test('shows at most 100 rows of a dataset\u2019s view', async () => {
    const rows = await loaded.engine.query(tableSql(loaded.datasets[0]?.view ?? ''));
    expect(rows).toHaveLength(100);
  });

  test('a table name that is not an identifier is quoted, not run', async () => {
    await loaded.engine.query('CREATE TEMP TABLE "odd ""name""; DROP VIEW observations" AS SELECT 1 AS x');
    expect(await loaded.engine.query(tableSql('odd "name"; DROP VIEW observations'))).toEqual([{ x: 1 }]);
    expect(await loaded.engine.query('SELECT count(*) > 0 AS kept FROM observations')).toEqual([
      { kept: true },
    ]);
  });
});
