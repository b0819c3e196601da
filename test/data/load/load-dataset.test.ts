import { beforeAll, describe, expect, test } from 'vitest';
import { explainMissing } from '../../../src/data/ees/missing-values';
import { loadDataset } from '../../../src/data/load/load-dataset';
import { LoadError } from '../../../src/data/load/load-error';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { bytesOf, dfeFile } from '../../support/dfe-files';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

/**
 * The 2023/24 weekly file (4 MB), read whole once for both tests that read it whole: the first checks what it gives,
 * the second compares its table with a read in pieces. Neither changes it.
 */
const WEEKLY_2324 = 'attendance/2023-24/EES_weekly_data.csv';
let weeklyWhole: ReturnType<typeof loadDataset> | null = null;
const loadWeeklyWhole = () =>
  (weeklyWhole ??= loadDataset(engine, {
    id: 'weekly2324',
    fileName: 'EES_weekly_data.csv',
    data: dfeFile(WEEKLY_2324),
    origin: 'user',
  }));

const HEADER =
  'time_period,time_identifier,geographic_level,country_code,country_name,school_type,overall_absence_perc';

describe('real DfE files load into the tidy model', () => {
  test('a weekly attendance file with quoted headers, NA codes and ISO weeks', async () => {
    const dataset = await loadWeeklyWhole();
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
    const data = dfeFile(WEEKLY_2324);
    await loadWeeklyWhole();
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
        ((SELECT * FROM tidy_weekly2324 EXCEPT ALL SELECT * FROM tidy_pieces)
         UNION ALL (SELECT * FROM tidy_pieces EXCEPT ALL SELECT * FROM tidy_weekly2324))`,
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

describe('issue 12: files of other shapes chart without help', () => {
  const base = 'time_period,time_identifier,geographic_level,country_code,country_name';

  test('a few European-format cells leave a column of figures a measure, each cell a gap that says why', async () => {
    const cells = [...Array.from({ length: 20 }, (_, i) => String(100 + i)), '1.234,5', '4%', '2.000,0'];
    const dataset = await loadDataset(engine, {
      id: 'euro',
      fileName: 'euro.csv',
      data: bytesOf(
        [
          `${base},pupils`,
          ...cells.map((c, i) => `${2000 + i},Calendar year,National,E92000001,England,"${c}"`),
        ].join('\n'),
      ),
      origin: 'user',
    });
    expect(dataset.indicators.map((i) => i.column)).toEqual(['pupils']);
    expect(dataset.filters).toEqual([]);
    const gaps = await engine.query<{ flag: string }>(
      'SELECT pupils__flag AS flag FROM ds_euro WHERE pupils IS NULL ORDER BY period_start',
    );
    expect(gaps.map((g) => explainMissing(g.flag))).toEqual([
      '“1.234,5” is not a number',
      '“4%” is not a number',
      '“2.000,0” is not a number',
    ]);
  });

  test('a column named phase is the phase: every row is reachable by its own phase', async () => {
    const phases = ['Total', 'Primary', 'Secondary', 'Special', 'Nursery'];
    const dataset = await loadDataset(engine, {
      id: 'phase_col',
      fileName: 'phase.csv',
      data: bytesOf(
        [
          `${base},phase,pupils`,
          ...phases.map((p, i) => `2023,Calendar year,National,E92000001,England,${p},${i}`),
        ].join('\n'),
      ),
      origin: 'user',
    });
    expect(dataset.phases).toEqual([...phases].sort());
    expect(dataset.filters).toEqual([]);
    for (const [i, phase] of phases.entries()) {
      const rows = await engine.query('SELECT pupils FROM ds_phase_col WHERE phase = ?', [phase]);
      expect(rows).toEqual([{ pupils: i }]);
    }
  });

  const dated: [string, string[], { label: string; grain: string }[]][] = [
    // a weekly file's rows: time_period, time_identifier, date; the periods the chart draws
    [
      'four dates of one week are four points',
      [
        '2024,Week 2,2024-01-08',
        '2024,Week 2,2024-01-09',
        '2024,Week 2,2024-01-10',
        '2024,Week 2,2024-01-11',
      ],
      [
        { label: '8 Jan 2024', grain: 'Day' },
        { label: '9 Jan 2024', grain: 'Day' },
        { label: '10 Jan 2024', grain: 'Day' },
        { label: '11 Jan 2024', grain: 'Day' },
      ],
    ],
    [
      'dates written day first, and a blank date that leaves the row its week',
      ['202324,Week 37,11/09/2023', '202324,Week 37,12/09/2023', '202324,Week 38,'],
      [
        { label: '11 Sept 2023', grain: 'Day' },
        { label: '12 Sept 2023', grain: 'Day' },
        { label: '2023 week 38', grain: 'Week' },
      ],
    ],
  ];

  test.each(dated)('%s', async (_name, lines, periods) => {
    const dataset = await loadDataset(engine, {
      id: 'dated',
      fileName: 'dated.csv',
      data: bytesOf(
        [
          `time_period,time_identifier,date,geographic_level,country_code,country_name,attendance_perc`,
          ...lines.map((l, i) => `${l},National,E92000001,England,${90 + i}`),
        ].join('\n'),
      ),
      origin: 'user',
    });
    expect(dataset.periods.map((p) => ({ label: p.label, grain: p.grain }))).toEqual(periods);
    expect(dataset.filters).toEqual([]);
    const rows = await engine.query<{ period: string; v: number }>(
      'SELECT period, attendance_perc AS v FROM ds_dated ORDER BY period_start',
    );
    expect(rows).toEqual(periods.map((p, i) => ({ period: p.label, v: 90 + i })));
  });
});
