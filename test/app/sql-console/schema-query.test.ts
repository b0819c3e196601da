import { beforeAll, describe, expect, test } from 'vitest';
import { schemaQueryOptions, schemaTables } from '../../../src/app/sql-console/schema-query';
import { freshClient, loadDefaultDatasets, type DefaultDatasets } from '../../support/default-datasets';

let loaded: DefaultDatasets;
beforeAll(async () => {
  loaded = await loadDefaultDatasets(['annual_absence', 'severe_absence_characteristics']);
});

describe("the console's schema panel", () => {
  test('observations first, then each dataset\u2019s view, then the files as read, then the app\u2019s tables', async () => {
    const [annual, characteristics] = loaded.datasets;
    const tables = await freshClient().fetchQuery(schemaQueryOptions(loaded.datasets, 1, loaded.engine));
    const shown = tables.map((t) => [t.name, t.kind, t.about]);
    expect(shown[0]).toEqual([
      'observations',
      'view',
      'Every loaded dataset in long form: one row per indicator value',
    ]);
    expect(shown.slice(1, 3)).toEqual([
      [annual?.view, 'view', `${annual?.title} (tidy view)`],
      [characteristics?.view, 'view', `${characteristics?.title} (tidy view)`],
    ]);
    expect(tables.find((t) => t.name === 'observations')?.columns.map((c) => c.name)).toContain('value');
    expect(tables.find((t) => t.name === annual?.view)?.columns.map((c) => c.name)).toContain(
      'enrolments_pa_50_exact_percent',
    );
  });

  test('tables of no dataset are listed after, by name', () => {
    const column = (table_name: string, table_type = 'BASE TABLE') => ({
      table_name,
      table_type,
      column_name: 'x',
      data_type: 'INTEGER',
    });
    const tables = schemaTables(
      [column('zeta'), column('lens_periods'), column('alpha'), column('raw_a'), column('ds_a', 'VIEW')],
      loaded.datasets.slice(0, 1).map((d) => ({ ...d, view: 'ds_a', table: 'raw_a', title: 'A' })),
    );
    expect(tables.map((t) => [t.name, t.about])).toEqual([
      ['ds_a', 'A (tidy view)'],
      ['raw_a', 'A: the file as read, every column text'],
      ['lens_periods', 'Period labels and dates for every dataset'],
      ['alpha', 'Another table'],
      ['zeta', 'Another table'],
    ]);
  });

  test('nothing is asked before any dataset is loaded; a new set of datasets is a new key', () => {
    expect(schemaQueryOptions([], 0).enabled).toBe(false);
    expect(schemaQueryOptions(loaded.datasets, 1).queryKey).not.toEqual(
      schemaQueryOptions(loaded.datasets, 2).queryKey,
    );
  });
});
