import { beforeAll, expect, test } from 'vitest';
import { registerPeriods } from '../../../src/data/load/register-periods';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { CREATE_PERIODS_TABLE } from '../../../src/data/sql/tidy-view';
import { createNodeEngine } from '../../support/node-engine';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.query(CREATE_PERIODS_TABLE);
}, 60_000);

const files: [string, [string, string][], string[], string[]][] = [
  // table, its time_period/time_identifier pairs, the labels registered in order, the pairs left undated
  [
    'reporting',
    [
      ['2023', 'Reporting year'],
      ['2022', 'Reporting year'],
    ],
    ['2022', '2023'],
    [],
  ],
  [
    'odd',
    [
      ['2023', 'Fortnight 3'],
      ['2023', 'Fortnight 10'],
      ['', 'Total'],
      ['202324', 'Tax year'],
    ],
    ['2023 Fortnight 3', '2023 Fortnight 10', '2023/24 tax year'],
    ['Total'],
  ],
];

test.each(files)(
  '%s: every pair with a year is dated, in time order',
  async (table, pairs, labels, unknown) => {
    await engine.query(
      `CREATE TABLE ${table} AS SELECT * FROM (VALUES ${pairs.map(() => '(?, ?)').join(', ')}) t(time_period, time_identifier)`,
      pairs.flat(),
    );
    const periods = await registerPeriods(engine, table, table, null);
    expect(periods.periods.map((p) => p.label)).toEqual(labels);
    expect(periods.unknown).toEqual(unknown);
    const stored = await engine.query<{ n: number }>(
      'SELECT count(*)::INTEGER AS n FROM lens_periods WHERE dataset = ?',
      [table],
    );
    expect(stored[0]?.n).toBe(labels.length);
  },
);
