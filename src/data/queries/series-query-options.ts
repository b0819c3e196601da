import { queryOptions } from '@tanstack/react-query';
import { viewEngine } from '../datasets/browser-datasets';
import { seriesQuery, type SeriesRequest, type SeriesRow } from '../sql/series-query';

/** The key names every input the query reads, including which load of the dataset it reads (`revision`). */
export function seriesQueryOptions(request: SeriesRequest | null, revision: number) {
  return queryOptions({
    queryKey: ['series', request, revision] as const,
    queryFn: async () => {
      if (!request) return { rows: [] as SeriesRow[], query: null };
      const query = seriesQuery(request);
      const started = performance.now();
      const rows = await viewEngine.query<SeriesRow & Record<string, unknown>>(query.sql, query.params);
      performance.measure('lens:series-query', { start: started, detail: { rows: rows.length } });
      return { rows, query };
    },
    enabled: request !== null,
    placeholderData: (previous) => previous,
    staleTime: Infinity,
  });
}
