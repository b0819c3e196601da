import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  neighbourListsQueryOptions,
  neighboursQueryOptions,
} from '../../src/queries/neighbours-query-options';
import type { NeighboursRequest } from '../../src/data/sql/neighbours-query';
import { freshClient, loadDefaultDatasets, type DefaultDatasets } from '../support/default-datasets';
import { serveDataFolder } from '../support/served-data';

let loaded: DefaultDatasets;
beforeAll(async () => {
  loaded = await loadDefaultDatasets(['annual_absence']);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

// Barnsley (370) and its ten statistical neighbours, closest first, as data/statistical_neighbours.csv lists them.
const BARNSLEY = ['372', '384', '357', '371', '332', '894', '840', '390', '807', '394'];
const old = (code: string) => ({ old: code, code: null });
const barnsley = (): NeighboursRequest => ({
  view: loaded.datasets[0]?.view ?? '',
  indicator: 'enrolments_pa_50_exact_percent',
  phase: 'Total',
  filters: {},
  authority: old('370'),
  neighbours: BARNSLEY.map(old),
});

describe('neighbours query options', () => {
  test('the lists are DfE\u2019s file, fetched once, closest neighbour first', async () => {
    const { requests } = serveDataFolder();
    const client = freshClient();
    const lists = await client.fetchQuery(neighbourListsQueryOptions());
    await client.fetchQuery(neighbourListsQueryOptions());
    expect(requests).toEqual(['statistical_neighbours.csv']);
    expect(lists.get('E08000016')?.neighbours.map((n) => n.old)).toEqual(BARNSLEY);
  });

  // Hand-computed in test/data/sql/neighbours-query.test.ts from data/annual_absence.csv.
  test('the chart\u2019s rows and each neighbour\u2019s own figures come from one fetch', async () => {
    const answer = await freshClient().fetchQuery(neighboursQueryOptions(barnsley(), 1, loaded.engine));
    expect(answer.rows.find((row) => row.period === '2024/25')).toMatchObject({
      la_value: 3.11,
      median: 2.785,
      low: 2.16,
      high: 3.21,
    });
    const members = new Set(
      answer.values.filter((row) => row.period === '2024/25').map((row) => row.old_la_code),
    );
    expect([...members].sort()).toEqual([...BARNSLEY].sort());
  });

  test('nothing runs without a request; a new load of the dataset is a new key', async () => {
    const none = neighboursQueryOptions(null, 1, loaded.engine);
    expect(none.enabled).toBe(false);
    expect(await freshClient().fetchQuery(none)).toEqual({ rows: [], values: [], query: null });
    expect(neighboursQueryOptions(barnsley(), 1).queryKey).not.toEqual(
      neighboursQueryOptions(barnsley(), 2).queryKey,
    );
  });
});
