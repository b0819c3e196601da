import { queryOptions } from '@tanstack/react-query';
import { viewEngine } from '../data/datasets/browser-datasets';
import type { SqlEngine } from '../data/sql-engine';
import type { BuiltQuery } from '../data/sql/series-query';

/**
 * The query options of a view whose rows one built query answers: none, and no query, until the view has a
 * request. The key names every input the query reads, including which load of the dataset it reads (`revision`).
 */
export function rowsQueryOptions<Request, Row>(name: string, build: (request: Request) => BuiltQuery) {
  return (request: Request | null, revision: number, engine: Pick<SqlEngine, 'query'> = viewEngine) =>
    queryOptions({
      queryKey: [name, request, revision] as const,
      queryFn: async () => {
        if (!request) return { rows: [] as Row[], query: null };
        const query = build(request);
        const rows = await engine.query<Row & Record<string, unknown>>(query.sql, query.params);
        return { rows, query };
      },
      enabled: request !== null,
      staleTime: Infinity,
    });
}
