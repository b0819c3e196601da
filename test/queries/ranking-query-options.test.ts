import { beforeAll, describe, expect, test } from 'vitest';
import { rankingQueryOptions } from '../../src/queries/ranking-query-options';
import type { SqlEngine } from '../../src/data/sql-engine';
import type { RankingRequest } from '../../src/data/sql/ranking-query';
import { freshClient, loadDefaultDatasets, type DefaultDatasets } from '../support/default-datasets';

let loaded: DefaultDatasets;
beforeAll(async () => {
  loaded = await loadDefaultDatasets(['annual_absence']);
});

const request = (indicator: string, latestPeriod: string | null = null): RankingRequest => ({
  view: loaded.datasets[0]?.view ?? '',
  indicator,
  phase: 'Total',
  filters: {},
  regionCode: null,
  latestPeriod,
  baselinePeriod: null,
});

/** The real engine, with the statements it is asked counted. */
function counted(): { engine: Pick<SqlEngine, 'query'>; statements: string[] } {
  const statements: string[] = [];
  return {
    statements,
    engine: {
      query: (sql, params) => {
        statements.push(sql);
        return loaded.engine.query(sql, params);
      },
    },
  };
}

describe('ranking query options', () => {
  test('every authority with a figure ranked in the latest period, highest first', async () => {
    const answer = await freshClient().fetchQuery(
      rankingQueryOptions(request('enrolments_pa_50_exact_percent'), 1, 'lens:ranking-query', loaded.engine),
    );
    const ranked = answer.rows.filter((row) => row.rank !== null);
    expect(ranked.length).toBeGreaterThan(140);
    expect(new Set(answer.rows.map((row) => row.latest_period))).toEqual(new Set(['2024/25']));
    const values = ranked.map((row) => row.latest_value ?? NaN);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  test('another indicator in the same period asks for the periods once, from the client\u2019s cache', async () => {
    const client = freshClient();
    const { engine, statements } = counted();
    const chosen = (indicator: string) =>
      rankingQueryOptions(request(indicator, '2023/24'), 1, 'lens:ranking-query', engine);
    await client.fetchQuery(chosen('sess_overall_percent'));
    await client.fetchQuery(chosen('enrolments_pa_10_exact_percent'));
    // The periods, then one ranking per indicator.
    expect(statements).toHaveLength(3);
  });

  test('a fetch ahead is measured apart from one asked for, with the rows it ranked', async () => {
    const before = performance.getEntriesByName('lens:ranking-prefetch').length;
    await freshClient().fetchQuery(
      rankingQueryOptions(request('sess_authorised_percent'), 1, 'lens:ranking-prefetch', loaded.engine),
    );
    // Exactly one measure more, this fetch's own: one left by other work in the process is never taken for it.
    const entries = performance.getEntriesByName('lens:ranking-prefetch');
    expect(entries).toHaveLength(before + 1);
    const entry = entries.at(-1);
    expect((entry as PerformanceMeasure | undefined)?.detail).toMatchObject({ rows: expect.any(Number) });
  });

  test('nothing runs without a request; a new load of the dataset is a new key', async () => {
    const none = rankingQueryOptions(null, 1, 'lens:ranking-query', loaded.engine);
    expect(none.enabled).toBe(false);
    expect(await freshClient().fetchQuery(none)).toEqual({ rows: [], query: null });
    const r = request('sess_overall_percent');
    expect(rankingQueryOptions(r, 1).queryKey).not.toEqual(rankingQueryOptions(r, 2).queryKey);
  });
});
