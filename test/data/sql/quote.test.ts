import { beforeAll, describe, expect, test } from 'vitest';
import { filterValueSql } from '../../../src/data/sql/filter-value';
import { quoteIdent, quoteLiteral } from '../../../src/data/sql/quote';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

// Column names come from a file's own header, which may be hostile.
const HOSTILE = ['plain', 'with space', 'quo"te', '"; DROP TABLE t; --', "it's", 'Ünïcödé £'];

describe('identifiers and DDL literals are quoted, so a header is never run as SQL', () => {
  test.each(HOSTILE)('column %j is a column of that exact name', async (name) => {
    await engine.query(`CREATE OR REPLACE TEMP TABLE quoted AS SELECT 7 AS ${quoteIdent(name)}`);
    const columns = await engine.query<{ column_name: string }>(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'quoted'",
    );
    expect(columns).toEqual([{ column_name: name }]);
    expect(await engine.query(`SELECT ${quoteIdent(name)} AS v FROM quoted`)).toEqual([{ v: 7 }]);
  });

  test.each(HOSTILE)('literal %j reads back as the same text', async (text) => {
    expect(await engine.query(`SELECT ${quoteLiteral(text)} AS v`)).toEqual([{ v: text }]);
  });
});

describe('a filter value as the filters offer it', () => {
  test('an empty cell and a missing one are both the blank value, so "(blank)" finds both', async () => {
    await engine.query(
      `CREATE OR REPLACE TEMP TABLE cells AS SELECT * FROM (VALUES (1, 'Boys'), (2, ''), (3, NULL)) t(id, "se""x")`,
    );
    const blank = await engine.query(
      `SELECT c.id FROM cells c WHERE ${filterValueSql('se"x', 'c')} = ? ORDER BY c.id`,
      [''],
    );
    expect(blank).toEqual([{ id: 2 }, { id: 3 }]);
    expect(await engine.query(`SELECT id FROM cells WHERE ${filterValueSql('se"x')} = ?`, ['Boys'])).toEqual([
      { id: 1 },
    ]);
  });
});
