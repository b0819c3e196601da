import { queryOptions } from '@tanstack/react-query';
import { viewEngine } from '../datasets/browser-datasets';
import { filterCombinationsQuery, readCombinations } from '../sql/filter-combinations';

/** The filter combinations of one dataset's view and phase; the key names the load it reads (`revision`). */
export function filterCombinationsQueryOptions(
  view: string | null,
  columns: readonly string[],
  phase: string | null,
  revision: number,
  area: { level: string; code: string } | null = null,
) {
  return queryOptions({
    queryKey: ['filter-combinations', view, columns, phase, revision, area] as const,
    queryFn: async () => {
      if (!view || columns.length === 0) return [];
      const query = filterCombinationsQuery(view, columns, phase, area);
      return readCombinations(await viewEngine.query(query.sql, query.params), columns);
    },
    enabled: view !== null && columns.length > 0,
    staleTime: Infinity,
  });
}
