import { queryOptions } from '@tanstack/react-query';
import { viewEngine } from '../data/datasets/browser-datasets';
import type { SqlEngine } from '../data/sql-engine';
import {
  characteristicsQuery,
  type CharacteristicsRequest,
  type CharacteristicsRow,
} from '../data/sql/characteristics-query';

export { findAbsenceBands } from '../data/sql/characteristics-query';
export type {
  AbsenceBands,
  CharacteristicsRequest,
  CharacteristicsRow,
} from '../data/sql/characteristics-query';

/** The key names every input the query reads, including which load of the dataset it reads (`revision`). */
export function characteristicsQueryOptions(
  request: CharacteristicsRequest | null,
  revision: number,
  engine: Pick<SqlEngine, 'query'> = viewEngine,
) {
  return queryOptions({
    queryKey: ['characteristics', request, revision] as const,
    queryFn: async () => {
      if (!request) return { rows: [] as CharacteristicsRow[], query: null };
      const query = characteristicsQuery(request);
      const rows = await engine.query<CharacteristicsRow & Record<string, unknown>>(query.sql, query.params);
      return { rows, query };
    },
    enabled: request !== null,
    staleTime: Infinity,
  });
}
