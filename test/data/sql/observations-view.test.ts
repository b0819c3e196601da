import { beforeAll, describe, expect, test } from 'vitest';
import { createDatasetStore } from '../../../src/data/datasets/dataset-store';
import { seriesQuery } from '../../../src/data/sql/series-query';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { manifest } from '../../support/default-datasets';
import { OBSERVATIONS_COLUMNS } from './observations-columns';

const AREA = ['time_period', 'time_identifier', 'geographic_level', 'country_code', 'country_name'];

/** A file with `indicators` numeric columns (every tenth cell suppressed) over `years` national rows. */
function wideCsv(indicators: number, years: number): string {
  const names = Array.from({ length: indicators }, (_, i) => `ind_${i}`);
  const rows = Array.from({ length: years }, (_, y) =>
    [
      `${2015 + y}${16 + y}`,
      'Academic year',
      'National',
      'E92000001',
      'England',
      ...names.map((_, i) => (i % 10 === 9 ? 'c' : `${i}.${y}`)),
    ].join(','),
  );
  return [[...AREA, ...names].join(','), ...rows].join('\n');
}

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

const count = async (sql: string) => (await engine.query<{ n: number }>(sql))[0]?.n;

describe('observations is every figure in long form, values and flags side by side', () => {
  test.each([
    { indicator: 'ind_0', period: '2015/16', value: 0, flag: null },
    { indicator: 'ind_3', period: '2016/17', value: 3.1, flag: null },
    { indicator: 'ind_9', period: '2017/18', value: null, flag: 'c' },
  ])('$indicator $period', async ({ indicator, period, value, flag }) => {
    const store = createDatasetStore({ engine, manifest, fetchFile: async () => new Uint8Array() });
    const [dataset] = await store.addFiles([new File([wideCsv(12, 3)], 'small.csv')]);
    const rows = await engine.query(
      'SELECT value, flag, breakdown FROM observations WHERE dataset = ? AND indicator = ? AND period = ?',
      [dataset?.id ?? '', indicator, period],
    );
    expect(rows).toEqual([{ value, flag, breakdown: '' }]);
    expect(
      await count(`SELECT count(*)::INTEGER AS n FROM observations WHERE dataset = '${dataset?.id}'`),
    ).toBe(36);
    await store.remove(dataset?.id ?? '');
  });
});

describe('issue 13: neither wide files nor many datasets reach an engine limit', () => {
  test('a 2,000-column file loads, observations counts it and a chart query answers', async () => {
    const store = createDatasetStore({ engine, manifest, fetchFile: async () => new Uint8Array() });
    const [wide] = await store.addFiles([new File([wideCsv(1_995, 3)], 'wide.csv')]);
    expect(store.getState().problems).toEqual([]);
    expect(wide?.indicators).toHaveLength(1_995);
    expect(await count('SELECT count(*)::INTEGER AS n FROM observations')).toBe(1_995 * 3);
    const { sql, params } = seriesQuery({
      view: wide?.view ?? '',
      indicator: 'ind_1994',
      levels: ['National'],
      phase: 'Total',
      areaCodes: ['E92000001'],
      filters: {},
      from: null,
      to: null,
    });
    const series = await engine.query<{ value: number }>(sql, params);
    expect(series.map((row) => row.value)).toEqual([1994, 1994.1, 1994.2]);
    await store.remove(wide?.id ?? '');
  }, 300_000);

  test('a hundred datasets load one after another and observations answers over all of them', async () => {
    const store = createDatasetStore({ engine, manifest, fetchFile: async () => new Uint8Array() });
    // Each file's content differs (the same content twice is refused as already loaded).
    const files = Array.from(
      { length: 100 },
      (_, i) => new File([wideCsv(20, 2).replace(',0.0,', `,${i}.5,`)], `many-${i}.csv`),
    );
    const loaded = await store.addFiles(files);
    expect(store.getState().problems).toEqual([]);
    expect(loaded.filter(Boolean)).toHaveLength(100);
    expect(await count('SELECT count(DISTINCT dataset)::INTEGER AS n FROM observations')).toBe(100);
    expect(await count('SELECT count(*)::INTEGER AS n FROM observations')).toBe(100 * 20 * 2);
    const first = loaded[0];
    expect(await count(`SELECT count(*)::INTEGER AS n FROM ${first?.view}`)).toBe(2);
    await store.remove(first?.id ?? '');
    expect(await count('SELECT count(DISTINCT dataset)::INTEGER AS n FROM observations')).toBe(99);
  }, 600_000);

  test('the view with no datasets has the columns and no rows', async () => {
    const store = createDatasetStore({ engine, manifest, fetchFile: async () => new Uint8Array() });
    const [only] = await store.addFiles([new File([wideCsv(1, 1)], 'one.csv')]);
    await store.remove(only?.id ?? '');
    const columns = await engine.query<{ column_name: string }>('DESCRIBE observations');
    expect(columns.map((c) => c.column_name)).toEqual(OBSERVATIONS_COLUMNS);
  });
});
