import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load/load-dataset';
import { LoadError } from '../../../src/data/load/load-error';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { bytesOf, dfeFile } from '../../support/dfe-files';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

const HEADER =
  'time_period,time_identifier,geographic_level,country_code,country_name,school_type,overall_absence_perc';

describe('real DfE files load into the tidy model', () => {
  test('a weekly attendance file with quoted headers, NA codes and ISO weeks', async () => {
    const dataset = await loadDataset(engine, {
      id: 'weekly2324',
      fileName: 'EES_weekly_data.csv',
      data: dfeFile('attendance/2023-24/EES_weekly_data.csv'),
      origin: 'user',
    });
    expect(dataset.rows).toBe(6568);
    expect(dataset.grains).toEqual(['Week']);
    expect(dataset.firstPeriod).toBe('2023 week 37');
    expect(dataset.levels).toEqual(['Local authority', 'National', 'Regional']);
    expect(dataset.indicators.map((i) => i.column)).toContain('overall_absence_perc');
    expect(dataset.filters).toEqual([]);
    const rows = await engine.query(
      "SELECT area_code, period_start FROM ds_weekly2324 WHERE level = 'National' AND phase = 'Total' ORDER BY period_start LIMIT 1",
    );
    expect(rows).toEqual([{ area_code: 'E92000001', period_start: '2023-09-11' }]);
  });

  test('the 2025/26 file names its phase column education_phase', async () => {
    const dataset = await loadDataset(engine, {
      id: 'weekly2526',
      fileName: 'EES_weekly_data.csv',
      data: dfeFile('attendance/2025-26/EES_weekly_data.csv'),
      origin: 'user',
    });
    expect(dataset.phases).toEqual(['Primary', 'Secondary', 'Special', 'Total']);
  });

  test('the header-carrying characteristics file (CRLF) keeps its breakdowns as filters', async () => {
    const dataset = await loadDataset(engine, {
      id: 'bands',
      fileName: 'bands.csv',
      data: dfeFile('characteristics/absence_bands_distributions_nat_reg_with_header.csv'),
      origin: 'user',
      meta: [
        { column: 'NCyearActual', type: 'Filter', label: 'NC year', unit: '', decimals: null, group: '' },
      ],
    });
    expect(dataset.filters.map((f) => f.column)).toEqual([
      'fsm_eligible',
      'sen_status',
      'gender',
      'NCyearActual',
    ]);
    expect(dataset.indicators.at(-1)?.column).toBe('pct50plus_OARate');
  });
});

const bad: [string, string, Partial<LoadError>][] = [
  ['empty', '', { problem: 'The file is empty (0 bytes).' }],
  ['header only', `${HEADER}\n`, { line: 2 }],
  [
    'ragged (extra field)',
    `${HEADER}\n202324,Academic year,National,E92000001,England,Total,7.1\n202425,Academic year,National,E92000001,England,Total,6.9,9\n`,
    { line: 3, column: 'overall_absence_perc' },
  ],
  [
    'ragged (missing field)',
    `${HEADER}\n202324,Academic year,National,E92000001,England,Total\n`,
    { line: 2, column: 'overall_absence_perc' },
  ],
  ['no EES columns', 'a,b\n1,2\n', { line: 1 }],
  [
    'headerless',
    '202324,Academic year,National,E92000001,England,Total,7.1\n',
    { line: 1, column: '202324' },
  ],
  [
    'semicolons',
    'time_period;time_identifier;geographic_level\n202324;Academic year;National\n',
    { line: 1 },
  ],
  ['duplicate header', `${HEADER},school_type\n`, { column: 'school_type' }],
  [
    'a line longer than 2 MB (a lost quote, in practice)',
    `${HEADER}\n202324,Academic year,National,E92000001,${'England '.repeat(270_000)},Total,7.1\n`,
    { line: 2, problem: 'A line is longer than 2 MB, which no EES file has.' },
  ],
];

describe('bad files are refused with the file, line and column', () => {
  test.each(bad)('%s', async (_name, text, expected) => {
    const error = await loadDataset(engine, {
      id: 'bad',
      fileName: 'bad.csv',
      data: bytesOf(text),
      origin: 'user',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error).toMatchObject({ fileName: 'bad.csv', ...expected });
    const leftovers = await engine.query(
      "SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%bad%'",
    );
    expect(leftovers).toEqual([]);
  });

  test('Latin-1 bytes deep in a file are found by DuckDB and reported with their line', async () => {
    const rows = Array.from(
      { length: 30_000 },
      (_, i) => `202324,Academic year,National,E92000001,England,Total,${i}`,
    );
    const text = bytesOf(`${HEADER}\n${rows.join('\n')}\n202324,Academic year,National,E92000001,`);
    const latin = new Uint8Array([...text, 0xa3, ...bytesOf('ngland,Total,1\n')]);
    const error = await loadDataset(engine, {
      id: 'latin',
      fileName: 'latin.csv',
      data: latin,
      origin: 'user',
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ line: 30_002, column: 'country_name' });
    const inPieces = await loadDataset(engine, {
      id: 'latin2',
      fileName: 'latin.csv',
      data: latin,
      origin: 'user',
      chunkBytes: 64 * 1024,
    }).catch((e: unknown) => e);
    expect(inPieces).toMatchObject({ line: 30_002, column: 'country_name' });
  });
});

describe('a file read in pieces', () => {
  test('gives the same table as read whole, reports the bytes read and stops when cancelled', async () => {
    const data = dfeFile('attendance/2023-24/EES_weekly_data.csv');
    await loadDataset(engine, { id: 'whole', fileName: 'w.csv', data, origin: 'user' });
    const progress: number[] = [];
    const pieces = await loadDataset(engine, {
      id: 'pieces',
      fileName: 'w.csv',
      data,
      origin: 'user',
      chunkBytes: 100_000,
      onProgress: (bytes) => progress.push(bytes),
    });
    expect(pieces.rows).toBe(6568);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.at(-1)).toBe(data.byteLength);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const [{ differing } = { differing: -1 }] = await engine.query<{ differing: number }>(
      `SELECT count(*)::INTEGER AS differing FROM
        ((SELECT * FROM tidy_whole EXCEPT ALL SELECT * FROM tidy_pieces)
         UNION ALL (SELECT * FROM tidy_pieces EXCEPT ALL SELECT * FROM tidy_whole))`,
    );
    expect(differing).toBe(0);

    const controller = new AbortController();
    const cancelled = await loadDataset(engine, {
      id: 'cancelled',
      fileName: 'w.csv',
      data,
      origin: 'user',
      chunkBytes: 100_000,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    }).catch((e: unknown) => e);
    expect(cancelled).toBeInstanceOf(LoadError);
    expect(String((cancelled as LoadError).problem)).toMatch(/cancel/i);
    const left = await engine.query(
      "SELECT table_name FROM information_schema.tables WHERE table_name LIKE '%cancelled%'",
    );
    expect(left).toEqual([]);
  });
});
