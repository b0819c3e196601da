import { expect, test } from 'vitest';
import type { DescribedDataset } from '../../../src/data/default-description';
import { createDescribedViews, describedSource } from '../../../src/data/load/described-views';
import { fileViewSql, tidyViewSql } from '../../../src/data/sql/tidy-view';

const described = (columns: string[], indicators: string[]): DescribedDataset =>
  ({
    id: 'd1',
    table: 'raw_d1',
    view: 'ds_d1',
    columns,
    indicators: indicators.map((column) => ({ column })),
  }) as unknown as DescribedDataset;

test.each([
  {
    case: 'a default typed file: rows in an attached database, the first phase column the file has',
    dataset: described(['time_period', 'school_type', 'phase', 'sess_overall'], ['sess_overall']),
    rows: { tidy: 'tidy', database: 'typed$d1' },
    expected: {
      tidy: 'tidy',
      database: 'typed$d1',
      phaseColumn: 'school_type',
      indicators: ['sess_overall'],
    },
  },
  {
    case: 'a hosted set: rows in a view of the page’s own database, no phase column',
    dataset: described(['time_period', 'enrolments', 'sess_overall'], ['enrolments', 'sess_overall']),
    rows: { tidy: 'hosted_rows_d1' },
    expected: { tidy: 'hosted_rows_d1', phaseColumn: null, indicators: ['enrolments', 'sess_overall'] },
  },
])('$case', ({ dataset, rows, expected }) => {
  const source = describedSource(dataset, rows);
  expect(source).toMatchObject({
    id: 'd1',
    table: 'raw_d1',
    view: 'ds_d1',
    columns: dataset.columns,
    ...expected,
  });
  expect('database' in source).toBe('database' in rows);
});

test('makes the tidy view, then the file view, of the described source', async () => {
  const dataset = described(['time_period', 'phase', 'sess_overall'], ['sess_overall']);
  const run: string[] = [];
  const recorder = {
    query: async (sql: string) => {
      run.push(sql);
      return [];
    },
  };
  await createDescribedViews(recorder, dataset, { tidy: 'tidy' });
  const source = describedSource(dataset, { tidy: 'tidy' });
  expect(run).toEqual([tidyViewSql(source), fileViewSql(source)]);
});
