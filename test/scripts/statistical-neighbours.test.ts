import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../scripts/build-data/csv-table';
import { buildNeighbours } from '../../scripts/build-data/statistical-neighbours';
import { NEIGHBOURS_FILE } from '../../src/data/neighbours-columns';

const path = fileURLToPath(new URL(`../../data/${NEIGHBOURS_FILE}`, import.meta.url));
const built = parseCsv(readFileSync(path, 'utf8'), path);
const neighboursOf = (code: string) =>
  built.rows.filter((row) => row[0] === code).map((row) => [row[4], row[7]]);

describe('statistical_neighbours.csv', () => {
  test('has ten neighbours for each of 153 authorities', () => {
    expect(built.rows).toHaveLength(1530);
    expect(new Set(built.rows.map((row) => row[0])).size).toBe(153);
  });

  test.each([
    ['370', 'Barnsley', ['372', '384', '357', '371', '332', '894', '840', '390', '807', '394'], 'Very close'],
    [
      '301',
      'Barking and Dagenham',
      ['308', '821', '313', '333', '336', '307', '304', '312', '874', '203'],
      'Close',
    ],
  ])('%s %s: neighbours in file order, closeness trimmed', (code, name, expected, first) => {
    expect(neighboursOf(code).map((n) => n[0])).toEqual(expected);
    expect(neighboursOf(code)[0]?.[1]).toBe(first);
    expect(built.rows.find((row) => row[0] === code)?.[1]).toMatch(/^E0\d{7}$/);
    expect(built.rows.find((row) => row[0] === code)?.[2]).toBe(name);
  });
});

const HEADER = [
  'old_la_code',
  'la_name',
  ...Array.from({ length: 10 }, (_, i) => [`SN_${i + 1}`, `SN_${i + 1}P`]).flat(),
];
const wide = (rows: string[][]) => ({ header: HEADER, rows });
const row = (code: string, neighbour: string, label = 'Close ') => [
  code,
  `LA ${code}`,
  ...Array.from({ length: 10 }, () => [neighbour, label]).flat(),
];

test.each([
  { name: 'a neighbour not in the file', rows: [row('301', '999')], message: /line 2: SN_1 "999"/ },
  { name: 'an unknown closeness label', rows: [row('301', '301', 'Near')], message: /SN_1P "Near"/ },
  { name: 'a code that is not three digits', rows: [row('3011', '3011')], message: /line 2: old_la_code/ },
  {
    name: 'an authority without an ONS code',
    rows: [row('302', '302')],
    message: /line 2: no ONS code for 302/,
  },
])('rejects $name with the line', ({ rows, message }) => {
  expect(() => buildNeighbours(wide(rows), 'sn.csv', new Map([['301', 'E09000002']]))).toThrow(message);
});
