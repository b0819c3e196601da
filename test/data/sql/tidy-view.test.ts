import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load/load-dataset';
import { MISSING_SYMBOLS } from '../../../src/data/ees/missing-values';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { bytesOf, dfeFile } from '../../support/dfe-files';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

const HEADER = 'time_period,time_identifier,geographic_level,country_code,country_name,rate,count';

async function loadCells(id: string, cells: readonly string[]): Promise<void> {
  // Every row but the last has a number in `count`, so both columns are indicators.
  const rows = cells.map((cell, index) => `2023,Academic year,National,E92000001,England,${cell},${index}`);
  const dataset = await loadDataset(engine, {
    id,
    fileName: `${id}.csv`,
    data: bytesOf([HEADER, ...rows, '2023,Academic year,National,E92000001,England,1,1'].join('\n')),
    origin: 'user',
    // The meta file says what a column is, however many of its cells are not numbers.
    meta: ['rate', 'count'].map((column) => ({
      column,
      type: 'Indicator' as const,
      label: column,
      unit: '',
      decimals: null,
      group: '',
    })),
  });
  expect(dataset.indicators.map((i) => i.column)).toEqual(['rate', 'count']);
}

describe('typed storage: a cell with no number is NULL, with what the file said kept in its flag', () => {
  const symbols = Object.keys(MISSING_SYMBOLS).filter((symbol) => symbol !== '');
  const cases: { cell: string; value: number | null; flag: string | null }[] = [
    ...symbols.map((symbol) => ({ cell: symbol, value: null, flag: symbol })),
    { cell: 'C', value: null, flag: 'C' },
    { cell: ' low ', value: null, flag: 'low' },
    { cell: '', value: null, flag: '' },
    { cell: 'NaN', value: null, flag: 'NaN' },
    { cell: 'inf', value: null, flag: 'inf' },
    { cell: '1_000', value: null, flag: '1_000' },
    { cell: '"1.234,5"', value: null, flag: '1.234,5' },
    { cell: '4%', value: null, flag: '4%' },
    { cell: ' 12.5 ', value: 12.5, flag: null },
    { cell: '0.232476826468325', value: 0.232476826468325, flag: null },
    { cell: '-3', value: -3, flag: null },
    { cell: '1e3', value: 1000, flag: null },
    { cell: '0', value: 0, flag: null },
  ];

  beforeAll(() =>
    loadCells(
      'cells',
      cases.map((c) => c.cell),
    ),
  );

  test('the columns are stored typed', async () => {
    const types = await engine.query<{ column_name: string; data_type: string }>(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'tidy_cells' AND column_name LIKE 'rate%' ORDER BY ordinal_position",
    );
    expect(types).toEqual([
      { column_name: 'rate', data_type: 'DOUBLE' },
      { column_name: 'rate__flag', data_type: 'VARCHAR' },
    ]);
  });

  test.each(cases.map((c, row) => ({ ...c, row })))('$cell', async ({ row, value, flag }) => {
    const [found] = await engine.query<{ value: number | null; flag: string | null }>(
      'SELECT rate AS value, rate__flag AS flag FROM ds_cells WHERE count = ?',
      [row],
    );
    expect(found).toEqual({ value, flag });
  });
});

test('every number of a real DfE file is stored unchanged, to the last digit', async () => {
  const bytes = dfeFile('attendance/2023-24/EES_weekly_data.csv');
  const dataset = await loadDataset(engine, {
    id: 'exact',
    fileName: 'EES_weekly_data.csv',
    data: bytes,
    origin: 'user',
  });
  const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), {
    header: true,
    skipEmptyLines: true,
  });
  const columns = dataset.indicators.map((i) => i.column);
  const stored = await engine.query<Record<string, number | null>>(
    `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM tidy_exact`,
  );
  expect(stored).toHaveLength(parsed.data.length);
  let numbers = 0;
  // DuckDB keeps rows in file order for a single-threaded read of one file.
  parsed.data.forEach((row, index) => {
    for (const column of columns) {
      const text = (row[column] ?? '').trim();
      const expected = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : null;
      if (expected !== null) numbers += 1;
      if (stored[index]?.[column] !== expected)
        throw new Error(`row ${index + 2}, ${column}: file ${text}, stored ${stored[index]?.[column]}`);
    }
  });
  expect(numbers).toBeGreaterThan(250_000);
});
