import { beforeAll, describe, expect, test } from 'vitest';
import { checkConsoleSql, type StatementKind } from '../../../src/data/sql/read-only-check';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

const allowed: [string, string, StatementKind][] = [
  ['SELECT', 'SELECT value FROM observations WHERE area_code = ?', 'query'],
  ['lower-case select with a trailing ;', 'select 1;', 'query'],
  ['WITH', 'WITH e AS (SELECT * FROM observations) SELECT count(*) FROM e', 'query'],
  ['FROM-first', 'FROM ds_annual_absence LIMIT 5', 'query'],
  ['VALUES', 'VALUES (1, 2)', 'query'],
  ['a parenthesised query', '(SELECT 1) UNION (SELECT 2)', 'query'],
  ['PIVOT', 'PIVOT observations ON phase USING avg(value)', 'query'],
  ['DESCRIBE', 'DESCRIBE observations', 'inspect'],
  ['SUMMARIZE', 'SUMMARIZE ds_annual_absence', 'inspect'],
  ['SHOW TABLES', 'SHOW TABLES', 'inspect'],
  ['EXPLAIN', 'EXPLAIN SELECT 1', 'explain'],
  ['DROP inside a string', "SELECT 'DROP TABLE raw_annual_absence; --' AS note", 'query'],
  ['DROP inside a line comment', 'SELECT 1 -- then DROP TABLE raw_annual_absence;\n', 'query'],
  ['DROP inside a nested block comment', 'SELECT 1 /* a /* DROP TABLE x; */ still comment; */ AS x', 'query'],
  ['a ; inside a string', "SELECT 'a;b' AS x", 'query'],
  ['a doubled quote', "SELECT 'it''s; DROP' AS x", 'query'],
  ['an E string with a backslash quote', "SELECT E'it\\'s; DROP' AS x", 'query'],
  ['a dollar-quoted string', 'SELECT $tag$ ; DROP TABLE x; $tag$ AS x', 'query'],
  ['a quoted column called set', 'SELECT 1 AS "set"', 'query'],
  ['an empty statement after the query', 'SELECT 1;;  -- done', 'query'],
  [
    'a column named like a function',
    'SELECT period_start, "query" FROM (SELECT 1 AS period_start, 2 AS "query")',
    'query',
  ],
];

const refused: [string, string, RegExp][] = [
  ['DROP', 'DROP TABLE raw_annual_absence', /read-only: DROP TABLE/],
  ['CREATE', 'CREATE TABLE mine AS SELECT 1', /read-only: CREATE TABLE/],
  [
    'CREATE OR REPLACE VIEW',
    'create or replace view observations as select 1',
    /read-only: CREATE VIEW would change/,
  ],
  ['INSERT', "INSERT INTO lens_periods VALUES ('x')", /read-only: INSERT INTO would/],
  ['UPDATE', "UPDATE raw_annual_absence SET time_period = '1'", /read-only: UPDATE would/],
  ['DELETE', 'DELETE FROM lens_periods', /read-only: DELETE/],
  ['ALTER', 'ALTER TABLE raw_annual_absence RENAME TO x', /read-only: ALTER/],
  ['COPY', "COPY observations TO 'out.csv'", /read-only: COPY/],
  ['ATTACH', "ATTACH ':memory:' AS m", /read-only: ATTACH/],
  ['INSTALL', 'INSTALL spatial', /read-only: INSTALL/],
  ['LOAD', 'LOAD httpfs', /read-only: LOAD/],
  ['SET', 'SET threads = 1', /read-only: SET/],
  ['EXPORT', "EXPORT DATABASE 'dump'", /read-only: EXPORT/],
  ['BEGIN', 'BEGIN TRANSACTION', /read-only: BEGIN/],
  ['a PRAGMA that changes a setting', 'PRAGMA threads = 1', /does not run PRAGMA/],
  ['a PRAGMA that reads', "PRAGMA table_info('observations')", /DESCRIBE observations/],
  [
    'a statement after a -- comment ended by CR',
    'SELECT 1 --note\r; CREATE TABLE t AS SELECT 1',
    /one statement at a time/,
  ],
  ['DML behind WITH', 'WITH x AS (SELECT 1) INSERT INTO lens_periods SELECT * FROM x', /read-only: INSERT/],
  ['DML behind EXPLAIN ANALYZE', 'EXPLAIN ANALYZE DROP TABLE raw_annual_absence', /read-only: DROP/],
  ['an unquoted column called set', 'SELECT 1 AS set', /write it in double quotes/],
  ['two statements', 'SELECT 1; DROP TABLE raw_annual_absence', /one statement at a time: .* 2 statements/],
  ['two harmless statements', 'SELECT 1; SELECT 2', /one statement at a time/],
  ['a statement hidden after a plain string', "SELECT 'a\\'; DROP TABLE x; --'", /one statement at a time/],
  ['a statement after a closed block comment', 'SELECT 1 /* x */; DROP TABLE x', /one statement at a time/],
  ['a number glued to $$', 'SELECT 1$$; DROP TABLE t; $$', /one statement at a time/],
  [
    'read_csv of a URL',
    "SELECT * FROM read_csv('http://example.com/a.csv')",
    /read_csv\(\) reads files or the network/,
  ],
  [
    'a quoted, qualified file function',
    'SELECT * FROM main."read_text" (\'x\')',
    /read_text\(\) reads files/,
  ],
  ['a URL built from pieces', "SELECT * FROM read_parquet('ht' || 'tps://x')", /read_parquet\(\) reads/],
  ['SQL hidden in query()', "SELECT * FROM query('SELECT 1')", /query\(\) reads files/],
  ['a URL replacement scan', "SELECT * FROM 'https://example.com/a.csv'", /network address/],
  ['a quoted-name file scan', 'SELECT * FROM "data.csv"', /looks like a file/],
  ['glob', "SELECT * FROM glob('*')", /glob\(\) reads files/],
  ['nothing', '  -- just a comment\n', /no SQL to run/],
  ['not a query', 'VACUUM', /read-only: VACUUM/],
  ['an unknown start', 'GRANT ALL ON x TO y', /runs queries only; a statement starting “grant”/],
];

describe('the console allows statements that only read', () => {
  test.each(allowed)('%s', (_name, sql, kind) => {
    const check = checkConsoleSql(sql);
    expect(check).toMatchObject({ ok: true, kind });
  });
});

describe('the console refuses what would change the app, reach out or hide a second statement', () => {
  test.each(refused)('%s', (_name, sql, reason) => {
    const check = checkConsoleSql(sql);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toMatch(reason);
  });
});

test('the statement to run stops at its semicolon and keeps the text inside strings', () => {
  expect(checkConsoleSql("SELECT 'a;b' AS x; -- done")).toEqual({
    ok: true,
    kind: 'query',
    statement: "SELECT 'a;b' AS x",
  });
});

// The lexer must end strings and comments exactly where DuckDB does: run the tricky allowed cases through the real
// engine and check that none of them touched the table their hidden text names.
describe('DuckDB reads the tricky allowed cases the same way', () => {
  let engine: SqlEngine;
  beforeAll(async () => {
    engine = await createNodeEngine();
  });
  const tricky = allowed.filter(([name]) => /string|comment|quote|;/.test(name));
  test.each(tricky)('%s', async (_name, sql) => {
    await engine.query('CREATE OR REPLACE TABLE x AS SELECT 1 AS a');
    const check = checkConsoleSql(sql);
    if (!check.ok) throw new Error(check.reason);
    await engine.query(check.statement);
    expect(await engine.query('SELECT a FROM x')).toEqual([{ a: 1 }]);
  });
});
