import { beforeAll, describe, expect, test } from 'vitest';
import { rankingsAhead } from '../../../src/app/local-authorities/rankings-ahead';
import {
  prefetchable,
  prefetchInTurn,
  PREFETCH_ROWS_LIMIT,
} from '../../../src/app/local-authorities/use-ranking-prefetch';
import type { Dataset } from '../../../src/data/catalogue';
import { rankingQueryOptions } from '../../../src/queries/ranking-query-options';
import type { SqlEngine } from '../../../src/data/sql-engine';
import type { RankingRequest } from '../../../src/data/sql/ranking-query';
import { freshClient, loadDefaultDatasets, type DefaultDatasets } from '../../support/default-datasets';

let loaded: DefaultDatasets;
let annual: Dataset;
let aheads: RankingRequest[];
beforeAll(async () => {
  loaded = await loadDefaultDatasets(['annual_absence']);
  annual = loaded.datasets[0] as Dataset;
  const shown: RankingRequest = {
    view: annual.view,
    indicator: 'enrolments_pa_50_exact_percent',
    phase: 'Total',
    filters: {},
    regionCode: null,
    latestPeriod: '2023/24',
    baselinePeriod: null,
  };
  aheads = rankingsAhead(shown, annual).slice(0, 3);
});

/** The real engine, with the statements it is asked counted. */
function counted(): { engine: Pick<SqlEngine, 'query'>; statements: string[] } {
  const statements: string[] = [];
  const engine: Pick<SqlEngine, 'query'> = {
    query: (sql, params) => {
      statements.push(sql);
      return loaded.engine.query(sql, params);
    },
  };
  return { engine, statements };
}

const now = async () => {};

describe('rankings fetched ahead', () => {
  test('only for a loaded file small enough', () => {
    expect(prefetchable(annual)).toBe(true);
    expect(prefetchable({ ...annual, live: false })).toBe(false);
    expect(prefetchable({ ...annual, rows: PREFETCH_ROWS_LIMIT + 1 })).toBe(false);
    expect(prefetchable(undefined)).toBe(false);
  });

  test('each is in the cache where the view will look for it; those already there are not asked again', async () => {
    const client = freshClient();
    const { engine, statements } = counted();
    const optionsOf = (ahead: RankingRequest) =>
      rankingQueryOptions(ahead, 1, 'lens:ranking-prefetch', engine);
    await prefetchInTurn(client, aheads, optionsOf, now, () => false);
    for (const ahead of aheads)
      expect(client.getQueryData(rankingQueryOptions(ahead, 1).queryKey)?.rows.length).toBeGreaterThan(100);
    const asked = statements.length;
    await prefetchInTurn(client, aheads, optionsOf, now, () => false);
    expect(statements).toHaveLength(asked);
  });

  test('new choices stop the turn before the next fetch', async () => {
    const client = freshClient();
    const { engine, statements } = counted();
    let turns = 0;
    await prefetchInTurn(
      client,
      aheads,
      (ahead) => rankingQueryOptions(ahead, 1, 'lens:ranking-prefetch', engine),
      async () => {
        turns += 1;
      },
      () => turns > 1,
    );
    expect(
      aheads.filter((ahead) => client.getQueryData(rankingQueryOptions(ahead, 1).queryKey)),
    ).toHaveLength(1);
    expect(statements.length).toBeGreaterThan(0);
  });
});
