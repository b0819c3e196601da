import {
  Float64,
  Int32,
  Int64,
  Table,
  Utf8,
  tableFromArrays,
  vectorFromArray,
  type Vector,
} from 'apache-arrow';
import { describe, expect, test } from 'vitest';
import { arrowToRows } from '../../src/data/arrow-rows';

// arrowToRows on Arrow tables built here (arrow-rows.test.ts covers what the real engine hands it), so the paths
// the engine rarely takes (several chunks of one text column, repeats across chunks) are pinned down.
const table = (columns: Record<string, Vector>) => new Table(columns);

describe('Arrow table to plain rows', () => {
  test('numbers without NULL straight from their typed arrays, bigint as number', () => {
    const rows = arrowToRows(
      table({
        f: vectorFromArray([1.5, -2.25], new Float64()),
        i: vectorFromArray([7, 8], new Int32()),
        b: vectorFromArray([9007199254740991n, 3n], new Int64()),
      }),
    );
    expect(rows).toEqual([
      { f: 1.5, i: 7, b: 9007199254740991 },
      { f: -2.25, i: 8, b: 3 },
    ]);
    expect(typeof rows[0]?.b).toBe('number');
  });

  test('a NULL in a number column stays null, never the 0 the typed array holds', () => {
    const rows = arrowToRows(
      table({ f: vectorFromArray([null, 2], new Float64()), i: vectorFromArray([3, null], new Int32()) }),
    );
    expect(rows).toEqual([
      { f: null, i: 3 },
      { f: 2, i: null },
    ]);
  });

  test('text: repeats, NULLs, empty strings and multi-byte characters', () => {
    const values = ['2023/24', 'Bristol, City of', null, '', '2023/24', 'Ynys Môn – “quoted”', '2023/24', ''];
    const rows = arrowToRows<{ s: string | null }>(table({ s: vectorFromArray(values, new Utf8()) }));
    expect(rows.map((row) => row.s)).toEqual(values);
  });

  test('text split over several chunks, with a value repeated across them', () => {
    const first = tableFromArrays({
      s: ['North East', 'London', 'North East'],
      n: new Float64Array([1, 2, 3]),
    });
    const second = tableFromArrays({
      s: ['London', 'Nörth East', 'North East'],
      n: new Float64Array([4, 5, 6]),
    });
    const joined = first.concat(second);
    expect(joined.batches).toHaveLength(2);
    expect(arrowToRows(joined)).toEqual([
      { s: 'North East', n: 1 },
      { s: 'London', n: 2 },
      { s: 'North East', n: 3 },
      { s: 'London', n: 4 },
      { s: 'Nörth East', n: 5 },
      { s: 'North East', n: 6 },
    ]);
  });

  test('columns in the order selected, and no rows for an empty table', () => {
    const rows = arrowToRows(tableFromArrays({ z: new Float64Array([1]), a: ['x'] }));
    expect(Object.keys(rows[0] ?? {})).toEqual(['z', 'a']);
    expect(arrowToRows(tableFromArrays({ z: new Float64Array([]) }))).toEqual([]);
  });
});
