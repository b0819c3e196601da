import { beforeAll, describe, expect, test } from 'vitest';
import { LOCKDOWN_STATEMENTS } from '../../src/data/engine-lockdown';
import { ENGINE_START_STATEMENTS, STORAGE_STATEMENTS, USE_STORAGE } from '../../src/data/engine-storage';
import type { SqlEngine } from '../../src/data/sql-engine';
import { createNodeEngine } from '../support/node-engine';

// The Node engine starts with ENGINE_START_STATEMENTS as the browser's does: what they leave behind, on the real engine.
let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

describe('engine start', () => {
  test('every engine starts with its storage, then the lockdown', () => {
    expect(ENGINE_START_STATEMENTS).toEqual([...STORAGE_STATEMENTS, ...LOCKDOWN_STATEMENTS]);
    expect(STORAGE_STATEMENTS).toContain(USE_STORAGE);
  });

  test('tables are made in the compressed database, on the main connection', async () => {
    await engine.query('CREATE TABLE storage_probe AS SELECT 1 AS x');
    expect(await engine.query('SELECT current_database() AS db')).toEqual([{ db: 'lens' }]);
    expect(
      await engine.query("SELECT database_name FROM duckdb_tables() WHERE table_name = 'storage_probe'"),
    ).toEqual([{ database_name: 'lens' }]);
  });

  test('a console connection reads the same database: USE holds per connection, so it is said again', async () => {
    const signal = new AbortController().signal;
    expect(await engine.queryStoppable('SELECT current_database() AS db', signal)).toEqual([{ db: 'lens' }]);
    expect(await engine.queryStoppable('SELECT x FROM storage_probe', signal)).toEqual([{ x: 1 }]);
  });
});
