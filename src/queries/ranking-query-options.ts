import { queryOptions } from '@tanstack/react-query';
import { viewEngine } from '../data/datasets/browser-datasets';
import type { RankingRequest } from '../data/sql/ranking-query';
import type { SqlEngine } from '../data/sql-engine';
import { fetchRanking, fetchRankingMarks, type RankingAnswer } from '../data/fetch-ranking';

export { DEFAULT_BASELINE, LOCAL_AUTHORITY, REGIONAL } from '../data/sql/ranking-query';
export type { RankingLevel, RankingRequest, RankingRow } from '../data/sql/ranking-query';

/** The performance measure a ranking query leaves: asked for by a view, or fetched ahead of a likely choice. */
export type RankingMeasure = 'lens:ranking-query' | 'lens:ranking-prefetch';

/** The key names every input the query reads, including which load of the dataset it reads (`revision`). */
export function rankingQueryOptions(
  request: RankingRequest | null,
  revision: number,
  measure: RankingMeasure = 'lens:ranking-query',
  engine: Pick<SqlEngine, 'query'> = viewEngine,
) {
  return queryOptions({
    queryKey: ['ranking', request, revision] as const,
    queryFn: async ({ client }): Promise<RankingAnswer | { rows: []; query: null }> => {
      if (!request) return { rows: [], query: null };
      const started = performance.now();
      // The periods' statement is kept by its text and values: changing indicator in the same period reuses them.
      const answer = await fetchRanking(engine, request, (marks) =>
        client.fetchQuery({
          queryKey: ['ranking-marks', marks.sql, marks.params, revision] as const,
          queryFn: () => fetchRankingMarks(engine, marks),
          staleTime: Infinity,
        }),
      );
      performance.measure(measure, { start: started, detail: { rows: answer.rows.length } });
      return answer;
    },
    enabled: request !== null,
    staleTime: Infinity,
  });
}
