import { beforeAll, expect, test } from 'vitest';
import { ConsoleStopped, runConsoleSql } from '../../../src/app/sql-console/console-query';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

/** Runs for minutes unless stopped: a billion steps of a recursive CTE. */
const RUNAWAY =
  'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 1000000000) SELECT count(*) AS n FROM t';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.query('CREATE TABLE numbers AS SELECT range AS i FROM range(5)');
});

test('a console query answers with its rows and typed columns', async () => {
  const result = await runConsoleSql(
    engine,
    'SELECT sum(i) AS total, 2.50 AS d FROM numbers',
    new AbortController().signal,
  );
  expect(result.columns).toEqual([
    { name: 'total', type: 'HUGEINT' },
    { name: 'd', type: 'DECIMAL(3,2)' },
  ]);
  expect(result.rows).toEqual([{ total: 10, d: 2.5 }]);
});

test.each([
  {
    stop: 'Cancel',
    cancelAfterMs: 300,
    timeLimitMs: 600_000,
    message: 'The query was cancelled. Nothing else was changed; edit it and run it again.',
  },
  {
    stop: 'the time limit',
    cancelAfterMs: null,
    timeLimitMs: 2_000,
    message: 'The query ran for more than 2 seconds, the console’s limit, and was stopped.',
  },
])(
  '$stop stops a runaway recursive query while other queries answer',
  async ({ cancelAfterMs, timeLimitMs, message }) => {
    const cancel = new AbortController();
    let settled = false;
    const runaway = runConsoleSql(engine, RUNAWAY, cancel.signal, timeLimitMs).finally(() => {
      settled = true;
    });
    // A chart's query on the engine's main connection answers while the console's query is still running.
    expect(await engine.query('SELECT count(*)::INTEGER AS n FROM numbers')).toEqual([{ n: 5 }]);
    expect(settled).toBe(false);
    if (cancelAfterMs !== null) setTimeout(() => cancel.abort(), cancelAfterMs);
    await expect(runaway).rejects.toBeInstanceOf(ConsoleStopped);
    await expect(runaway).rejects.toThrow(message);
    // The console's connection is free again.
    const next = await runConsoleSql(
      engine,
      'SELECT max(i) AS top FROM numbers',
      new AbortController().signal,
    );
    expect(next.rows).toEqual([{ top: 4 }]);
  },
  120_000,
);
