import { queryOptions } from '@tanstack/react-query';
import { viewEngine } from '../data/datasets/browser-datasets';
import type { SqlEngine } from '../data/sql-engine';
import { analysisQuery, type AnalysisRequest, type AnalysisRow } from '../data/sql/analysis-query';

export type { AnalysisRequest, AnalysisRow } from '../data/sql/analysis-query';

/** The key names every input the query reads, including which load of the dataset it reads (`revision`). */
export function analysisQueryOptions(
  request: AnalysisRequest | null,
  revision: number,
  engine: Pick<SqlEngine, 'query'> = viewEngine,
) {
  return queryOptions({
    queryKey: ['analysis', request, revision] as const,
    queryFn: async () => {
      if (!request) return { rows: [] as AnalysisRow[], query: null };
      const query = analysisQuery(request);
      const rows = await engine.query<AnalysisRow & Record<string, unknown>>(query.sql, query.params);
      return { rows, query };
    },
    enabled: request !== null,
    staleTime: Infinity,
  });
}
