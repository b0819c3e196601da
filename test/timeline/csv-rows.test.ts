import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCsvRows } from '../../src/timeline/csv-rows';
import { DATA_DIR } from '../support/dfe-files';

describe('CSV records with their lines', () => {
  test('the curated timeline: every record starts on the line its id is on', () => {
    const text = readFileSync(path.join(DATA_DIR, 'timeline.csv'), 'utf8');
    const table = readCsvRows(text);
    expect(table.header.slice(0, 3)).toEqual(['id', 'date', 'end_date']);
    expect(table.headerLine).toBe(1);
    expect(table.errors).toEqual([]);
    expect(table.rows.length).toBeGreaterThan(10);
    const lines = text.split(/\r?\n/);
    for (const row of table.rows)
      expect(lines[row.line - 1]?.startsWith(`${row.cells[0] ?? ''},`)).toBe(true);
  });

  test('quoted fields over several lines, blank lines, a byte-order mark and padded header names', () => {
    const text = '\uFEFF\n title , date\n"two\nlines",2024-01-01\n\n,\nthird,"2024-02-01"\n';
    expect(readCsvRows(text)).toEqual({
      header: ['title', 'date'],
      headerLine: 2,
      rows: [
        { line: 3, cells: ['two\nlines', '2024-01-01'] },
        { line: 7, cells: ['third', '2024-02-01'] },
      ],
      errors: [],
    });
  });

  test.each([
    ['CRLF', '\r\n'],
    ['old Mac CR', '\r'],
  ])('%s line ends count lines too', (_, end) => {
    const table = readCsvRows(['a,b', '1,2', '', '3,4'].join(end));
    expect(table.rows.map((row) => row.line)).toEqual([2, 4]);
  });

  test('an unclosed quote is an error on the line its record starts', () => {
    const table = readCsvRows('a,b\n1,2\n3,"open\n4,5\n');
    expect(table.errors).toEqual([{ line: 3, message: expect.stringMatching(/quote/i) }]);
    expect(table.rows[0]).toEqual({ line: 2, cells: ['1', '2'] });
  });

  test('nothing but blank lines', () => {
    expect(readCsvRows('\n \n')).toEqual({ header: [], headerLine: 1, rows: [], errors: [] });
  });
});
