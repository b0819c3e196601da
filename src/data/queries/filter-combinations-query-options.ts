import { queryOptions } from '@tanstack/react-query';
import { viewEngine } from '../datasets/browser-datasets';
import { filterCombinationsQuery, readCombinations } from '../sql/filter-combinations';

/** The filter combinations of one dataset's view and phase; the key names the load it reads (`revision`). */
export function filterCombinationsQueryOptions(
  view: string | null,
  columns: readonly string[],
  phase: string | null,
  revision: number,
) {
  return queryOptions({
    queryKey: ['filter-combinations', view, columns, phase, revision] as const,
    queryFn: async () => {
      if (!view || columns.length === 0) return [];
      const query = filterCombinationsQuery(view, columns, phase);
      return readCombinations(await viewEngine.query(query.sql, query.params), columns);
    },
    enabled: view !== null && columns.length > 0,
    staleTime: Infinity,
  });
}
