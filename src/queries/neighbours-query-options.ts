import { queryOptions } from '@tanstack/react-query';
import { viewEngine } from '../data/datasets/browser-datasets';
import { fetchNeighbours } from '../data/neighbours-file';
import type { SqlEngine } from '../data/sql-engine';
import {
  neighbourValuesQuery,
  neighboursQuery,
  type NeighbourValueRow,
  type NeighboursRequest,
  type NeighboursRow,
} from '../data/sql/neighbours-query';

export type { NeighbourValueRow, NeighboursRequest, NeighboursRow } from '../data/sql/neighbours-query';

/** DfE's neighbour lists, fetched once, the first time someone asks for neighbours. */
export function neighbourListsQueryOptions() {
  return queryOptions({
    queryKey: ['neighbour-lists'] as const,
    queryFn: fetchNeighbours,
    staleTime: Infinity,
  });
}

/** The key names every input the queries read, including which load of the dataset they read (`revision`). */
export function neighboursQueryOptions(
  request: NeighboursRequest | null,
  revision: number,
  engine: Pick<SqlEngine, 'query'> = viewEngine,
) {
  return queryOptions({
    queryKey: ['neighbours', request, revision] as const,
    queryFn: async () => {
      if (!request) return { rows: [] as NeighboursRow[], values: [] as NeighbourValueRow[], query: null };
      const query = neighboursQuery(request);
      const rows = await engine.query<NeighboursRow & Record<string, unknown>>(query.sql, query.params);
      const valuesQuery = neighbourValuesQuery(request);
      const values = await engine.query<NeighbourValueRow & Record<string, unknown>>(
        valuesQuery.sql,
        valuesQuery.params,
      );
      return { rows, values, query };
    },
    enabled: request !== null,
    staleTime: Infinity,
  });
}
