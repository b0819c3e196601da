import { describe, expect, test } from 'vitest';
import { parseCsv, sortRows, toCsv } from '../../scripts/build-data/csv-table';

describe('parseCsv', () => {
  test.each([
    { name: 'LF', text: 'a,b\n1,2\n', rows: [['1', '2']] },
    { name: 'CRLF as in LAIT', text: 'a,b\r\n1,2\r\n', rows: [['1', '2']] },
    { name: 'byte-order mark', text: '\uFEFFa,b\n1,2\n', rows: [['1', '2']] },
    { name: 'quoted header and cells', text: '"a","b"\n"1","x"\n', rows: [['1', 'x']] },
    {
      name: 'quoted comma (LAIT data_item)',
      text: 'a,b\n"Overall absence, 6 terms",2\n',
      rows: [['Overall absence, 6 terms', '2']],
    },
    {
      name: 'missing-value symbols stay text',
      text: 'a,b\nc,\n-,NA\n',
      rows: [
        ['c', ''],
        ['-', 'NA'],
      ],
    },
    { name: 'no final newline', text: 'a,b\n1,2', rows: [['1', '2']] },
  ])('$name', ({ text, rows }) => {
    expect(parseCsv(text, 't.csv')).toEqual({ header: ['a', 'b'], rows });
  });

  test('takes a header for a header-less file', () => {
    expect(parseCsv('1,2\n3,4\n', 'z.csv', ['x', 'y'])).toEqual({
      header: ['x', 'y'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
    });
  });

  test.each([
    { text: 'a,b\n1,2,3\n', message: 't.csv: line 2: 3 fields where the header has 2' },
    { text: '1,2\n3\n', header: ['x', 'y'], message: 't.csv: line 2: 1 fields where the header has 2' },
    { text: '', message: 't.csv: no header row' },
  ])('says which line is wrong: $message', ({ text, header, message }) => {
    expect(() => parseCsv(text, 't.csv', header)).toThrow(message);
  });
});

describe('toCsv', () => {
  test.each([
    { name: 'plain', rows: [['1', 'x']], csv: 'a,b\n1,x\n' },
    { name: 'comma quoted', rows: [['1', 'Bristol, City of']], csv: 'a,b\n1,"Bristol, City of"\n' },
    { name: 'quote doubled', rows: [['1', 'say "hi"']], csv: 'a,b\n1,"say ""hi"""\n' },
    {
      name: 'symbols untouched',
      rows: [
        ['-', 'c'],
        ['', 'z'],
      ],
      csv: 'a,b\n-,c\n,z\n',
    },
  ])('$name', ({ rows, csv }) => {
    expect(toCsv({ header: ['a', 'b'], rows })).toBe(csv);
  });
});

describe('sortRows', () => {
  test('numbers numerically, text by code unit, ties in input order', () => {
    const table = {
      header: ['k', 'id'],
      rows: [
        ['10', 'a'],
        ['2', 'b'],
        ['2', 'c'],
        ['B', 'd'],
        ['a', 'e'],
      ],
    };
    const sorted = sortRows(table, (row) => {
      const key = row[0] ?? '';
      return /^\d+$/.test(key) ? [0, Number(key)] : [1, key];
    });
    expect(sorted.rows.map((row) => row[1])).toEqual(['b', 'c', 'a', 'd', 'e']);
  });
});
