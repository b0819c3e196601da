import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runConsoleSql } from '../../../src/app/sql-console/console-query';
import { readOnlyStatement } from '../../../src/data/sql/read-only-statement';
import { createDatasetStore } from '../../../src/data/datasets/dataset-store';
import type { Manifest } from '../../../src/data/default-data';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { DATA_DIR } from '../../support/dfe-files';
import { createNodeEngine } from '../../support/node-engine';

// Issue #23: whatever hides a second statement from our lexer (a -- comment DuckDB ends at a carriage return, a
// string or a quoted name read differently, a Unicode space), no text run by the console changes a table, a view or
// a setting.
const manifest = JSON.parse(readFileSync(path.join(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest;
const CSV = [
  'time_period,time_identifier,geographic_level,country_code,country_name,sess_overall_percent,enrolments',
  '202223,Academic year,National,E92000001,England,7.4,7000000',
  '202324,Academic year,National,E92000001,England,c,7100000',
].join('\n');

let engine: SqlEngine;
let table = '';

/** Everything a statement could change: the catalogue, each table's figures, and the console connection's settings. */
async function snapshot(): Promise<string> {
  const catalogue = `SELECT concat_ws(' | ',
    (SELECT list_sort(list(concat_ws('.', database_name, schema_name, table_name, column_count, temporary)))::VARCHAR FROM duckdb_tables()),
    (SELECT list_sort(list(concat_ws('.', database_name, schema_name, view_name, sql)))::VARCHAR FROM duckdb_views() WHERE NOT internal),
    (SELECT list_sort(list(concat_ws('.', database_name, schema_name)))::VARCHAR FROM duckdb_schemas()),
    (SELECT list_sort(list(concat_ws('.', database_name, path, readonly)))::VARCHAR FROM duckdb_databases()),
    (SELECT list_sort(list(sequence_name))::VARCHAR FROM duckdb_sequences()),
    (SELECT list_sort(list(type_name))::VARCHAR FROM duckdb_types() WHERE NOT internal),
    (SELECT count(*) || ':' || sum(hash(o)) FROM observations o),
    (SELECT count(*) || ':' || sum(hash(t)) FROM ${table} t),
    (SELECT count(*) || ':' || sum(hash(p)) FROM lens_periods p)) AS state`;
  const connection = `SELECT * FROM (SELECT concat_ws(' | ', current_database(), current_schema(),
    (SELECT count(*) FROM duckdb_variables()),
    (SELECT list_sort(list(name || '=' || value))::VARCHAR FROM duckdb_settings())) AS state)`;
  const [main] = await engine.query<{ state: string }>(catalogue);
  const [own] = await engine.queryStoppable<{ state: string }>(connection, new AbortController().signal);
  return `${main?.state ?? ''}\n${own?.state ?? ''}`;
}

let before = '';
beforeAll(async () => {
  engine = await createNodeEngine();
  const store = createDatasetStore({ engine, manifest, fetchFile: async () => new Uint8Array() });
  const [dataset] = await store.addFiles([new File([CSV], 'corpus.csv')]);
  if (!dataset) throw new Error(`The corpus file did not load: ${JSON.stringify(store.getState().problems)}`);
  ({ table } = dataset);
  before = await snapshot();
}, 60_000);

const stop = new AbortController().signal;

describe('no text run by the console changes a table, a view or a setting', () => {
  test.each([
    ['the CR case of issue #23', 'SELECT 42 AS answer --note\r; CREATE TABLE t AS SELECT 1'],
    ['DROP VIEW behind a CR', 'SELECT 42 AS answer --note\r; DROP VIEW observations'],
    ['DROP TABLE CASCADE behind a CR', () => `SELECT 1 --\r; DROP TABLE ${table} CASCADE`],
  ])('%s is refused in words and changes nothing', async (_name, text) => {
    const sql = typeof text === 'function' ? text() : text;
    await expect(runConsoleSql(engine, sql, stop)).rejects.toThrow(/nothing was run|read-only|one statement/);
    expect(await snapshot()).toBe(before);
  });
});

describe('queries that read still run', () => {
  test.each([
    ['SELECT', 'SELECT count(*)::INTEGER AS n FROM observations', [{ n: 4 }]],
    ['a trailing -- comment', 'SELECT 1 AS n -- note', [{ n: 1 }]],
    ['a comment ended by CR, then more of the query', 'SELECT 1 --note\r AS n', [{ n: 1 }]],
    ['FROM-first', 'FROM lens_periods SELECT count(*)::INTEGER AS n', [{ n: 2 }]],
    ['VALUES', 'VALUES (1)', [{ col0: 1 }]],
    ['WITH', 'WITH x AS (SELECT 3 AS n) SELECT n FROM x', [{ n: 3 }]],
    ['a semicolon at the end', 'SELECT 4 AS n;', [{ n: 4 }]],
  ])('%s', async (_name, sql, rows) => {
    expect((await runConsoleSql(engine, sql, stop)).rows).toEqual(rows);
  });

  test.each([
    ['DESCRIBE', 'DESCRIBE observations', 'column_name'],
    ['SHOW TABLES', 'SHOW TABLES', 'name'],
    ['SUMMARIZE', 'SUMMARIZE observations', 'column_name'],
    ['EXPLAIN', 'EXPLAIN SELECT 1', 'explain_value'],
    ['EXPLAIN ANALYZE', 'EXPLAIN ANALYZE SELECT count(*) FROM observations', 'explain_value'],
  ])('%s', async (_name, sql, column) => {
    const result = await runConsoleSql(engine, sql, stop);
    expect(result.columns.map((c) => c.name)).toContain(column);
  });
});

/** Statements that would change a table, a view, a setting, a transaction or what the engine can reach. */
const MODIFYING = (table: string): string[] => [
  'CREATE TABLE t AS SELECT 1',
  'CREATE OR REPLACE VIEW observations AS SELECT 1 AS x',
  'DROP VIEW observations',
  `DROP TABLE ${table} CASCADE`,
  `UPDATE ${table} SET sess_overall_percent = 99`,
  `DELETE FROM ${table}`,
  `INSERT INTO ${table} SELECT * FROM ${table}`,
  `ALTER TABLE ${table} RENAME TO gone`,
  `TRUNCATE ${table}`,
  'CREATE SCHEMA s',
  'CREATE MACRO m(x) AS x + 1',
  'CREATE SEQUENCE q',
  "CREATE TYPE mood AS ENUM ('a')",
  'SET threads = 1',
  "SET search_path = 'temp'",
  'RESET ALL',
  "ATTACH ':memory:' AS other",
  'DETACH memory',
  'USE temp',
  'BEGIN TRANSACTION',
  'COMMIT',
  'ROLLBACK',
  'CHECKPOINT',
  'VACUUM',
  'PRAGMA threads = 1',
  'CALL pragma_version()',
  `COPY ${table} FROM 'lens-files/x.csv'`,
  'PREPARE p AS SELECT 1',
  'INSTALL json',
  'LOAD json',
  "COMMENT ON TABLE observations IS 'x'",
];

/** Ways a second statement, or a whole one, can hide from a reader that does not read SQL as DuckDB does. */
const HIDINGS: [string, (statement: string) => string][] = [
  ['alone', (m) => m],
  ['after a -- comment ended by LF', (m) => `SELECT 1 --note\n; ${m}`],
  ['after a -- comment ended by CR', (m) => `SELECT 1 --note\r; ${m}`],
  ['after a -- comment ended by CRLF', (m) => `SELECT 1 --note\r\n; ${m}`],
  ['after a -- comment and U+2028', (m) => `SELECT 1 --note\u2028; ${m}`],
  ['after a block comment', (m) => `SELECT 1 /* ; */; ${m}`],
  ['after a nested block comment', (m) => `SELECT 1 /* /* */ ; */; ${m}`],
  ['inside a block comment DuckDB may end early', (m) => `SELECT 1 /* */ ; ${m} /* */`],
  ['after a string holding --', (m) => `SELECT '--'; ${m}`],
  ['after an escaped quote', (m) => `SELECT 'it''s'; ${m}`],
  ['after an E string', (m) => `SELECT E'\\''; ${m}`],
  ['after a dollar-quoted string', (m) => `SELECT $$;$$; ${m}`],
  ['after a tagged dollar-quote', (m) => `SELECT $t$ ' $t$; ${m}`],
  ['after a quoted name', (m) => `SELECT 1 AS "a;b"; ${m}`],
  ['behind a no-break space', (m) => `SELECT 1;\u00a0${m}`],
  ['behind an em space', (m) => `SELECT 1;\u2003${m}`],
  ['behind an ideographic space', (m) => `SELECT 1;\u3000${m}`],
  ['behind a byte-order mark', (m) => `\ufeff${m}`],
  ['closing the wrapper', (m) => `SELECT 1\n) ; ${m} ; SELECT * FROM (SELECT 1`],
  ['in a CTE', (m) => `WITH x AS (${m}) SELECT 1`],
  ['after EXPLAIN', (m) => `EXPLAIN ${m}`],
  ['after EXPLAIN ANALYZE', (m) => `EXPLAIN ANALYZE ${m}`],
];

describe('a generated corpus: every modifying statement behind every hiding changes nothing', () => {
  test.each(MODIFYING('TABLE').map((_, index) => index))('statement %i', async (index) => {
    const statement = MODIFYING(table)[index] ?? '';
    for (const [name, hide] of HIDINGS) {
      const text = hide(statement);
      // Through the console, and straight to DuckDB as the console would send it, without our lexer's say. Each is
      // refused, or DuckDB reads the statement as part of a comment (U+2028 does not end a -- comment) and runs only
      // the SELECT before it.
      const outcomes = [
        await runConsoleSql(engine, text, stop).then((result) => result.rows, String),
        await engine.queryStoppable(readOnlyStatement(text).sql, stop).then((rows) => rows, String),
      ];
      for (const outcome of outcomes)
        if (typeof outcome !== 'string')
          expect(outcome, `${name}: ${JSON.stringify(text)}`).toEqual([{ '1': 1 }]);
    }
    expect(await snapshot(), statement).toBe(before);
    expect((await runConsoleSql(engine, 'SELECT 1 AS n', stop)).rows).toEqual([{ n: 1 }]);
  });
});
