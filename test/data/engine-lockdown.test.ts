import { beforeAll, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load/load-dataset';
import type { SqlEngine } from '../../src/data/sql-engine';
import { createNodeEngine } from '../support/node-engine';
import { bytesOf } from '../support/dfe-files';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

test.each([
  ["SELECT * FROM read_csv('https://example.com/a.csv')"],
  ["SELECT * FROM read_csv('/etc/passwd')"],
  ['SET enable_external_access = true'],
  ['SET lock_configuration = false'],
  ['LOAD httpfs'],
  ['SELECT to_json(42)'],
])('the engine refuses %s', async (sql) => {
  await expect(engine.query(sql)).rejects.toThrow();
});

test('files registered by the loader still load, and parameters still work', async () => {
  const data = bytesOf(
    'time_period,time_identifier,geographic_level,country_code,country_name,x\n202324,Academic year,National,E92000001,England,1.5\n',
  );
  const dataset = await loadDataset(engine, { id: 'lock', fileName: 'a.csv', data, origin: 'user' });
  expect(dataset.rows).toBe(1);
  expect(await engine.query('SELECT x FROM raw_lock WHERE country_name = ?', ['England'])).toEqual([
    { x: 1.5 },
  ]);
});
