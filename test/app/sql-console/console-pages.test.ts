import { beforeAll, expect, test } from 'vitest';
import {
  CONSOLE_PAGE_ROWS,
  ConsoleStopped,
  countConsoleRows,
  runConsoleSql,
} from '../../../src/app/sql-console/console-query';
import { writeConsoleCsv, type CsvSink } from '../../../src/app/sql-console/csv-download';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

const go = () => new AbortController().signal;

/** A sink that keeps the text, as a file would. */
function textSink(): CsvSink & { text: () => string; aborted: () => boolean } {
  let parts: string[] = [];
  let aborted = false;
  return {
    async write(text) {
      parts.push(text);
    },
    async close() {},
    async abort() {
      aborted = true;
      parts = [];
    },
    text: () => parts.join(''),
    aborted: () => aborted,
  };
}

test('a long result comes a page at a time, in the order asked for, and the engine counts it', async () => {
  const sql = 'SELECT i, i * 2 AS twice FROM range(2500) t(i) ORDER BY i DESC';
  const first = await runConsoleSql(engine, sql, go());
  expect(first.rows).toHaveLength(CONSOLE_PAGE_ROWS);
  expect(first).toMatchObject({ offset: 0, more: true, total: null });
  expect(first.rows[0]).toEqual({ i: 2499, twice: 4998 });
  expect(first.columns).toEqual([
    { name: 'i', type: 'BIGINT' },
    { name: 'twice', type: 'BIGINT' },
  ]);
  const second = await runConsoleSql(engine, sql, go(), 60_000, CONSOLE_PAGE_ROWS);
  expect(second.rows[0]).toEqual({ i: 1499, twice: 2998 });
  expect(second).toMatchObject({ more: true, total: null });
  const last = await runConsoleSql(engine, sql, go(), 60_000, 2 * CONSOLE_PAGE_ROWS);
  expect(last.rows.map((row) => row.i)).toEqual(Array.from({ length: 500 }, (_, k) => 499 - k));
  expect(last).toMatchObject({ more: false, total: 2500 });
  expect(await countConsoleRows(engine, sql, go())).toBe(2500);
});

test('a short result is whole on its page, with its count', async () => {
  const result = await runConsoleSql(engine, 'SELECT 1 AS n', go());
  expect(result).toMatchObject({ rows: [{ n: 1 }], offset: 0, more: false, total: 1 });
});

test('an EXPLAIN is shown whole: it cannot be limited', async () => {
  const result = await runConsoleSql(engine, 'EXPLAIN SELECT 1 AS n', go());
  expect(result.rows.length).toBeGreaterThan(0);
  expect(result.more).toBe(false);
});

test('the first page of fifteen million rows comes without the engine making the rest', async () => {
  const sql = "SELECT i, concat('text ', i) AS s FROM range(15000000) t(i)";
  const first = await runConsoleSql(engine, sql, go());
  expect(first.rows).toHaveLength(CONSOLE_PAGE_ROWS);
  expect(first.rows[999]).toEqual({ i: 999, s: 'text 999' });
  expect(await countConsoleRows(engine, sql, go())).toBe(15_000_000);
});

test('Cancel stops a count under way, and the console takes the next query', async () => {
  const cancel = new AbortController();
  const counting = countConsoleRows(
    engine,
    'SELECT a.i * b.i AS v FROM range(100000) a(i), range(100000) b(i)',
    cancel.signal,
  );
  setTimeout(() => cancel.abort(), 300);
  await expect(counting).rejects.toBeInstanceOf(ConsoleStopped);
  await expect(counting).rejects.toThrow('The count was cancelled.');
  expect((await runConsoleSql(engine, 'SELECT 2 AS n', go())).rows).toEqual([{ n: 2 }]);
});

test('the CSV download streams every row, typed and quoted as the table shows them', async () => {
  const sql = "SELECT i, 1.50::DECIMAL(4,2) AS d, CASE WHEN i = 3 THEN '=cmd' END AS s FROM range(5000) t(i)";
  const { columns } = await runConsoleSql(engine, sql, go());
  const sink = textSink();
  const batches: number[] = [];
  const rows = await writeConsoleCsv(engine, sql, columns, sink, go(), (n) => batches.push(n));
  expect(rows).toBe(5000);
  // The engine hands the rows over in several batches, not as one result.
  expect(batches.length).toBeGreaterThan(1);
  const lines = sink.text().split('\r\n');
  expect(lines).toHaveLength(5001);
  expect(lines.slice(0, 5)).toEqual(['i,d,s', '0,1.5,', '1,1.5,', '2,1.5,', "3,1.5,'=cmd"]);
  expect(lines.at(-1)).toBe('4999,1.5,');
});

test('a CSV download writes INTERVALs as DuckDB writes them', async () => {
  const sql = 'SELECT i, INTERVAL (i) DAY AS wait FROM range(3) t(i)';
  const { columns } = await runConsoleSql(engine, sql, go());
  const sink = textSink();
  await writeConsoleCsv(engine, sql, columns, sink, go(), () => undefined);
  expect(sink.text().split('\r\n')).toEqual(['i,wait', '0,00:00:00', '1,1 day', '2,2 days']);
});

test('Cancel stops a CSV download between two batches, and nothing is kept', async () => {
  const sql = 'SELECT i FROM range(15000000) t(i)';
  const { columns } = await runConsoleSql(engine, sql, go());
  const sink = textSink();
  const cancel = new AbortController();
  const writing = writeConsoleCsv(engine, sql, columns, sink, cancel.signal, (n) => {
    if (n >= 10_000) cancel.abort();
  });
  await expect(writing).rejects.toThrow(/The download was cancelled after [\d,]+ rows; no file was kept\./);
  expect(sink.aborted()).toBe(true);
  expect((await runConsoleSql(engine, 'SELECT 3 AS n', go())).rows).toEqual([{ n: 3 }]);
});

/** Runs for minutes unless stopped, and gives no row until it ends: a billion steps of a recursive CTE. */
const RUNAWAY =
  'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 1000000000) SELECT n FROM t';

test('a download that waits too long for DuckDB’s next rows is stopped, and nothing is kept', async () => {
  const sink = textSink();
  const writing = writeConsoleCsv(
    engine,
    RUNAWAY,
    [{ name: 'n', type: 'INTEGER' }],
    sink,
    go(),
    () => {},
    2_000,
  );
  await expect(writing).rejects.toBeInstanceOf(ConsoleStopped);
  await expect(writing).rejects.toThrow(
    'The download waited more than 2 seconds for DuckDB’s next rows, the console’s limit, and was stopped after 0 rows; no file was kept.',
  );
  expect(sink.aborted()).toBe(true);
  expect((await runConsoleSql(engine, 'SELECT 4 AS n', go())).rows).toEqual([{ n: 4 }]);
}, 120_000);

test('a download that keeps bringing rows may take longer than the wait limit', async () => {
  // What makes the download long is the slow file, not the rows: a hundred thousand rows come in some fifty
  // batches, as many pauses as a million rows with a pause every tenth batch, and a tenth of the rows to write.
  const sql = 'SELECT i FROM range(100000) t(i)';
  const { columns } = await runConsoleSql(engine, sql, go());
  const sink = textSink();
  const started = performance.now();
  const slowFile: CsvSink = {
    ...sink,
    async write(text) {
      // A slow disk: the whole download takes far longer than the limit, each wait for rows far shorter.
      await new Promise((resolve) => setTimeout(resolve, 100));
      await sink.write(text);
    },
  };
  expect(await writeConsoleCsv(engine, sql, columns, slowFile, go(), () => {}, 2_000)).toBe(100_000);
  expect(performance.now() - started).toBeGreaterThan(2_000);
  expect(sink.text().split('\r\n')).toHaveLength(100_001);
}, 120_000);

test('a file slower to take one batch than the wait limit does not stop the download', async () => {
  const sql = 'SELECT i FROM range(3) t(i)';
  const { columns } = await runConsoleSql(engine, sql, go());
  const sink = textSink();
  const slowDisk: CsvSink = {
    ...sink,
    async write(text) {
      // Twice the limit for every write: the clock is DuckDB's, not the disk's.
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      await sink.write(text);
    },
  };
  expect(await writeConsoleCsv(engine, sql, columns, slowDisk, go(), () => {}, 2_000)).toBe(3);
  expect(sink.text().split('\r\n')).toEqual(['i', '0', '1', '2']);
}, 120_000);
