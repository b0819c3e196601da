import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runConsoleSql } from '../../../src/app/sql-console/console-query';
import { createDatasetStore } from '../../../src/data/datasets/dataset-store';
import type { Manifest } from '../../../src/data/default-data';
import { readOnlyStatement } from '../../../src/data/sql/read-only-statement';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { DATA_DIR } from '../../support/dfe-files';
import { createNodeEngine } from '../../support/node-engine';

// Issue #23: whatever hides a second statement from our lexer (a -- comment DuckDB ends at a carriage return, a
// string or a quoted name read differently, a Unicode space), no text run by the console changes a table, a view or
// a setting. The corpus is generated: every modifying statement behind every way of hiding it.
const manifest = JSON.parse(readFileSync(path.join(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest;
const CSV = [
  'time_period,time_identifier,geographic_level,country_code,country_name,sess_overall_percent,enrolments',
  '202223,Academic year,National,E92000001,England,7.4,7000000',
  '202324,Academic year,National,E92000001,England,c,7100000',
].join('\n');

let engine: SqlEngine;
let table = '';
let view = '';

const modifying = (): string[] => [
  `INSERT INTO ${table} SELECT * FROM ${table}`,
  `UPDATE ${table} SET enrolments = '0'`,
  `DELETE FROM ${table}`,
  `TRUNCATE ${table}`,
  'CREATE TABLE t AS SELECT 1',
  'CREATE OR REPLACE VIEW observations AS SELECT 1 AS x',
  'CREATE TEMP TABLE t AS SELECT 1',
  'CREATE MACRO m(x) AS x',
  'CREATE SEQUENCE s',
  'CREATE SCHEMA s',
  "CREATE TYPE e AS ENUM ('a')",
  'DROP VIEW observations',
  `DROP VIEW ${view}`,
  `DROP TABLE ${table} CASCADE`,
  `ALTER TABLE ${table} RENAME TO renamed`,
  `ALTER TABLE ${table} ADD COLUMN extra INTEGER`,
  'ALTER VIEW observations RENAME TO renamed',
  `COMMENT ON TABLE ${table} IS 'x'`,
  'SET threads = 1',
  "SET search_path = 'memory'",
  'SET VARIABLE x = 1',
  'RESET search_path',
  "ATTACH ':memory:' AS other",
  'DETACH lens',
  'USE memory',
  `COPY ${table} TO 'lens-files/out.csv'`,
  `COPY ${table} FROM 'lens-files/in.csv'`,
  "EXPORT DATABASE 'lens-files/dump'",
  'CHECKPOINT',
  'FORCE CHECKPOINT',
  'VACUUM',
  'CALL enable_logging()',
  'CALL truncate_duckdb_logs()',
  'PRAGMA threads = 1',
  'PRAGMA enable_profiling',
  'BEGIN TRANSACTION',
  'COMMIT',
  'ROLLBACK',
  'INSTALL json',
  'LOAD json',
  'PREPARE p AS SELECT 1',
];

/** Reads a text before the hidden statement; each ends in a different kind of token. */
const READS = [
  'SELECT 42 AS answer',
  "SELECT 'a\\' AS s",
  "SELECT E'a\\'' AS s",
  "SELECT 'it''s' AS s",
  'SELECT $$ x $$ AS s',
  'SELECT $t$ x $t$ AS s',
  'SELECT "q;" FROM (SELECT 1 AS "q;")',
];
/** Line endings and spaces DuckDB, a browser or our lexer may read differently. */
const BREAKS = ['\n', '\r', '\r\n', '\u2028', '\u0085'];
const SPACES = [' ', '\t', '\f', '\u000b', '\u00a0', '\u2003', '\u3000', '\ufeff'];
/** What may stand between the reading statement and the hidden one. */
const HIDINGS = [
  ...BREAKS.map((end) => `--note${end};`),
  ...BREAKS.map((end) => `/* a /* nested */ b */ --${end};`),
  '/* c */;',
  ';',
  "; SELECT '",
];

function hidden(statement: string): string[] {
  const texts = [
    statement,
    `(${statement})`,
    `EXPLAIN ANALYZE ${statement}`,
    `WITH x AS (SELECT 1) ${statement}`,
  ];
  for (const end of BREAKS) texts.push(`--x${end}${statement}`, `/* x */${end}${statement}`);
  for (const space of SPACES) texts.push(statement.replaceAll(' ', space), `SELECT 1;${space}${statement}`);
  for (const read of READS)
    for (const hiding of HIDINGS) {
      texts.push(`${read} ${hiding} ${statement}`);
    }
  // A dollar-quote or string our lexer might close early, and one it might not close at all.
  texts.push(`SELECT $a$ $b$ $a$; ${statement}`, `SELECT 'x' '; ${statement}`, `SELECT "a"""; ${statement}`);
  return texts;
}

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

/** Macros are listed among DuckDB's thousands of functions: slow to read, so checked once per corpus. */
const macros = async () =>
  JSON.stringify(
    await engine.query(
      "SELECT function_name FROM duckdb_functions() WHERE function_type LIKE '%macro%' AND NOT internal",
    ),
  );

let before = '';
let macrosBefore = '';
beforeAll(async () => {
  engine = await createNodeEngine();
  const store = createDatasetStore({ engine, manifest, fetchFile: async () => new Uint8Array() });
  const [dataset] = await store.addFiles([new File([CSV], 'corpus.csv')]);
  if (!dataset) throw new Error(`The corpus file did not load: ${JSON.stringify(store.getState().problems)}`);
  ({ table, view } = dataset);
  before = await snapshot();
  macrosBefore = await macros();
}, 60_000);

const stop = new AbortController().signal;

describe('no text run by the console changes a table, a view or a setting', () => {
  test('the generated corpus, through the console', async () => {
    const texts = modifying().flatMap(hidden);
    expect(texts.length).toBeGreaterThan(4000);
    const ran: string[] = [];
    for (const text of texts) {
      const outcome = await runConsoleSql(engine, text, stop).then(
        () => 'ran',
        () => 'refused',
      );
      if (outcome === 'ran') ran.push(text);
      const after = await snapshot();
      if (after !== before) throw new Error(`${JSON.stringify(text)} changed the engine:\n${after}`);
    }
    expect(await macros()).toBe(macrosBefore);
    // Whatever ran read only: the lexer let some texts through, and DuckDB read them as one query.
    expect(
      ran.every(
        (text) =>
          !/\b(insert|update|delete|drop|create|alter|attach|set|copy)\b/i.test(text.split(/;|--/)[0] ?? ''),
      ),
    ).toBe(true);
  }, 900_000);

  test('the generated corpus, given to DuckDB without our lexer', async () => {
    for (const text of modifying().flatMap(hidden)) {
      await engine.queryStoppable(readOnlyStatement(text).sql, stop).catch(() => undefined);
      const after = await snapshot();
      if (after !== before) throw new Error(`${JSON.stringify(text)} changed the engine:\n${after}`);
    }
    expect(await macros()).toBe(macrosBefore);
  }, 900_000);

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
    ['PIVOT', 'PIVOT observations ON period USING count(*)', '2022/23'],
    ['EXPLAIN', 'EXPLAIN SELECT 1', 'explain_value'],
    ['EXPLAIN ANALYZE', 'EXPLAIN ANALYZE SELECT count(*) FROM observations', 'explain_value'],
  ])('%s', async (_name, sql, column) => {
    const result = await runConsoleSql(engine, sql, stop);
    expect(result.columns.map((c) => c.name)).toContain(column);
  });
});
