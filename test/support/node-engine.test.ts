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

test('engines made at once never share a DuckDB, whether lent again or new', async () => {
  await Promise.all([createNodeEngine(), createNodeEngine()]);
  takeBackEngines();
  const engines = await Promise.all([createNodeEngine(), createNodeEngine(), createNodeEngine()]);
  await Promise.all(engines.map((engine, i) => engine.query(`CREATE TABLE t AS SELECT ${i} AS n`)));
  for (const [i, engine] of engines.entries())
    expect(await engine.query('SELECT n FROM t')).toEqual([{ n: i }]);
}, 120_000);

test("an engine's calls are refused once its file has ended, so they never reach a DuckDB lent again", async () => {
  const ended = await createNodeEngine();
  takeBackEngines();
  await createNodeEngine();
  await expect(ended.query('SELECT 1')).rejects.toThrow(/after the test file that made the engine ended/);
  await expect(ended.registerFile(`${FILE_FOLDER}late.csv`, csv)).rejects.toThrow(/ended/);
}, 120_000);

test('a DuckDB still running a call when its file ends is not lent again', async () => {
  takeBackEngines();
  const idle = idleEngineCount();
  const busy = await createNodeEngine();
  const stop = new AbortController();
  // Hours of scanning, answered a slice at a time: still running when the file "ends".
  const running = busy.queryStoppable('SELECT count(*) FROM range(3000000000000)', stop.signal);
  takeBackEngines();
  expect(idleEngineCount()).toBe(Math.max(idle - 1, 0));
  stop.abort();
  await expect(running).rejects.toThrow();
}, 120_000);
