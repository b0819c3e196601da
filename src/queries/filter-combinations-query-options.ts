import { queryOptions } from '@tanstack/react-query';
import type { Combination } from '../data/ees/filter-defaults';
import { viewEngine } from '../data/datasets/browser-datasets';
import type { Row, SqlEngine } from '../data/sql-engine';
import {
  filterCombinationsQuery,
  readCombinations,
  repeatedCombinations,
} from '../data/sql/filter-combinations';

/**
 * The filter combinations of one dataset's view and phase; the key names the load it reads (`revision`). `known`:
 * the dataset's own answers by phase (a hosted set carries them), used instead of the engine when no area is asked.
 */
export function filterCombinationsQueryOptions(
  view: string | null,
  columns: readonly string[],
  phase: string | null,
  revision: number,
  area: { level: string; code: string } | null = null,
  engine: Pick<SqlEngine, 'query'> = viewEngine,
  known: Readonly<Record<string, readonly Row[]>> | undefined = undefined,
) {
  return queryOptions({
    queryKey: ['filter-combinations', view, columns, phase, revision, area] as const,
    queryFn: async () => {
      if (!view || columns.length === 0) return { combinations: [], repeated: new Set<Combination>() };
      const query = filterCombinationsQuery(view, columns, phase, area);
      const rows = (!area && known?.[phase ?? '']) || (await engine.query(query.sql, query.params));
      const combinations: Combination[] = readCombinations(rows, columns);
      return { combinations, repeated: repeatedCombinations(rows, combinations) };
    },
    enabled: view !== null && columns.length > 0,
    staleTime: Infinity,
  });
}
