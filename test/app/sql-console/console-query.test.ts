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

test('INTERVALs show as DuckDB writes them, not as the two zeros Arrow hands over', async () => {
  const sql = "SELECT INTERVAL 1 DAY AS a, INTERVAL '1 day 2 hours' AS b, [INTERVAL 3 MONTH] AS c, 7 AS n";
  const result = await runConsoleSql(engine, sql, new AbortController().signal);
  expect(result.rows).toEqual([{ a: '1 day', b: '1 day 02:00:00', c: '[3 months]', n: 7 }]);
  // The console's wrapping subquery names a repeated column apart, so it too is cast by name.
  const repeated = await runConsoleSql(
    engine,
    'SELECT INTERVAL 1 DAY AS a, INTERVAL 2 DAY AS a',
    new AbortController().signal,
  );
  expect(repeated.rows).toEqual([{ a: '1 day', a_1: '2 days' }]);
});
