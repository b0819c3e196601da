import { expect, test } from 'vitest';
import { FILE_FOLDER } from '../../src/data/engine-lockdown';
import { createNodeEngine, idleEngineCount, takeBackEngines } from './node-engine';

const csv = new TextEncoder().encode('a,b\n1,2\n');

test('a DuckDB lent again after its file ended is a new empty database, started as a new engine is', async () => {
  const used = await createNodeEngine();
  await used.query('CREATE TABLE kept AS SELECT 1 AS n');
  await used.query("ATTACH ':memory:' AS other");
  await used.registerFile(`${FILE_FOLDER}kept.csv`, csv);
  expect(await used.query(`SELECT a FROM '${FILE_FOLDER}kept.csv'`)).toEqual([{ a: 1 }]);

  takeBackEngines();
  const idle = idleEngineCount();
  expect(idle).toBeGreaterThan(0);
  const again = await createNodeEngine();
  // Lent from the idle ones, not started anew.
  expect(idleEngineCount()).toBe(idle - 1);

  expect(await again.query('SELECT table_name FROM duckdb_tables()')).toEqual([]);
  expect(await again.query('SELECT database_name FROM duckdb_databases() ORDER BY 1')).toEqual([
    { database_name: 'lens' },
    { database_name: 'memory' },
    { database_name: 'system' },
    { database_name: 'temp' },
  ]);
  expect(await again.query('SELECT current_database() AS db')).toEqual([{ db: 'lens' }]);
  await expect(again.query(`SELECT a FROM '${FILE_FOLDER}kept.csv'`)).rejects.toThrow();
  // The lockdown holds as on a new engine: external access off and the configuration locked.
  await expect(again.query('SET enable_external_access = true')).rejects.toThrow();
  expect(await again.query("SELECT current_setting('enable_external_access') AS external")).toEqual([
    { external: false },
  ]);
}, 120_000);

test('within a file, engines never share a DuckDB', async () => {
  const [first, second] = [await createNodeEngine(), await createNodeEngine()];
  await first.query('CREATE TABLE t AS SELECT 1 AS n');
  await expect(second.query('SELECT n FROM t')).rejects.toThrow();
  await second.query('CREATE TABLE t AS SELECT 2 AS n');
  expect(await first.query('SELECT n FROM t')).toEqual([{ n: 1 }]);
}, 120_000);
