import { beforeAll, expect, test } from 'vitest';
import type { SqlEngine } from '../../src/data/sql-engine';
import { createNodeEngine } from '../support/node-engine';

// arrowToRows runs under every query of the Node engine, as under the browser's: its cases on the real engine.
let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

test.each([
  ['a DOUBLE with no NULL', `SELECT * FROM (VALUES (1.5::DOUBLE), (2.25)) v(x)`, [1.5, 2.25]],
  [
    'a DOUBLE with a NULL stays NULL, never 0',
    `SELECT * FROM (VALUES (1.5::DOUBLE), (NULL)) v(x)`,
    [1.5, null],
  ],
  ['an INTEGER with a NULL', `SELECT * FROM (VALUES (7::INTEGER), (NULL)) v(x)`, [7, null]],
  [
    'a BIGINT becomes a number',
    `SELECT * FROM (VALUES (9007199254740991::BIGINT), (3)) v(x)`,
    [9007199254740991, 3],
  ],
  ['a BIGINT with a NULL', `SELECT * FROM (VALUES (NULL::BIGINT), (3)) v(x)`, [null, 3]],
  ['text with a NULL', `SELECT * FROM (VALUES ('c'), (NULL)) v(x)`, ['c', null]],
  [
    'a DATE is epoch milliseconds',
    `SELECT * FROM (VALUES (DATE '2024-08-19'), (NULL)) v(x)`,
    [Date.UTC(2024, 7, 19), null],
  ],
  ['a BOOLEAN', `SELECT * FROM (VALUES (true), (false), (NULL)) v(x)`, [true, false, null]],
])('%s', async (_, sql, expected) => {
  const rows = await engine.query<{ x: unknown }>(sql);
  expect(rows.map((row) => row.x)).toEqual(expected);
});

test('every column of every row, in the order selected', async () => {
  const rows = await engine.query(
    `SELECT i AS n, 'r' || i AS label, CASE WHEN i % 2 = 0 THEN i / 2 END AS half FROM range(5) t(i) ORDER BY i`,
  );
  expect(rows).toEqual([
    { n: 0, label: 'r0', half: 0 },
    { n: 1, label: 'r1', half: null },
    { n: 2, label: 'r2', half: 1 },
    { n: 3, label: 'r3', half: null },
    { n: 4, label: 'r4', half: 2 },
  ]);
  expect(Object.keys(rows[0] ?? {})).toEqual(['n', 'label', 'half']);
});

test('text: each cell as written, repeated or not, across the result’s chunks', async () => {
  // 300,000 rows come back in many record batches; labels repeat as a series' periods and areas do.
  const rows = await engine.query<{ period: string | null; area: string; unique: string }>(
    `SELECT CASE WHEN i % 7 = 0 THEN NULL ELSE 'Week ' || (i // 33) END AS period,
       ['Barking and Dagenham', 'Bromley', 'Ealing', 'Hammersmith and Fulham', 'Ynys Môn', 'Ceredigion – Aberteifi', '', '🙂 ok'][i % 8 + 1] AS area,
       'id-' || i AS unique
     FROM range(300000) t(i) ORDER BY i`,
  );
  expect(rows).toHaveLength(300_000);
  const areas = [
    'Barking and Dagenham',
    'Bromley',
    'Ealing',
    'Hammersmith and Fulham',
    'Ynys Môn',
    'Ceredigion – Aberteifi',
    '',
    '🙂 ok',
  ];
  rows.forEach((row, i) => {
    if (row.period !== (i % 7 === 0 ? null : `Week ${Math.floor(i / 33)}`))
      throw new Error(`period of row ${i}: ${row.period}`);
    if (row.area !== areas[i % 8]) throw new Error(`area of row ${i}: ${row.area}`);
    if (row.unique !== `id-${i}`) throw new Error(`unique of row ${i}: ${row.unique}`);
  });
});
