import { queryOptions } from '@tanstack/react-query';
import { viewEngine } from '../datasets/browser-datasets';
import { rankingQuery, type RankingRequest, type RankingRow } from '../sql/ranking-query';

/** The key names every input the query reads, including which load of the dataset it reads (`revision`). */
export function rankingQueryOptions(request: RankingRequest | null, revision: number) {
  return queryOptions({
    queryKey: ['ranking', request, revision] as const,
    queryFn: async () => {
      if (!request) return { rows: [] as RankingRow[], query: null };
      const query = rankingQuery(request);
      const started = performance.now();
      const rows = await viewEngine.query<RankingRow & Record<string, unknown>>(query.sql, query.params);
      performance.measure('lens:ranking-query', { start: started, detail: { rows: rows.length } });
      return { rows, query };
    },
    enabled: request !== null,
    placeholderData: (previous) => previous,
    staleTime: Infinity,
  });
}
