import { queryOptions } from '@tanstack/react-query';
import { answerNow, viewEngine } from '../data/datasets/browser-datasets';
import { separateRepeats, type RepeatedRows } from '../data/ees/repeated-rows';
import { differingColumns, repeatedRowsQuery } from '../data/sql/repeated-rows-query';
import type { SqlEngine } from '../data/sql-engine';
import { seriesQuery, type BuiltQuery, type SeriesRequest, type SeriesRow } from '../data/sql/series-query';

/** The request and row types views use, from the query layer rather than the SQL builders. */
export type { SeriesRequest, SeriesRow } from '../data/sql/series-query';

/**
 * The key names every input the query reads, including which load of the dataset it reads (`revision`).
 * `unoffered` are the file's columns the app offers no choice of: where the file repeats a period and area, they
 * are checked for the one that tells the rows apart.
 */
export function seriesQueryOptions(
  request: SeriesRequest | null,
  revision: number,
  unoffered: readonly string[] = [],
  engine: Pick<SqlEngine, 'query'> = viewEngine,
) {
  return queryOptions({
    queryKey: ['series', request, revision, unoffered] as const,
    queryFn: async () => {
      if (!request)
        return {
          rows: [] as SeriesRow[],
          repeats: [] as RepeatedRows[],
          differing: [] as string[],
          query: null,
        };
      const query = seriesQuery(request);
      const started = performance.now();
      const all = await engine.query<SeriesRow & Record<string, unknown>>(query.sql, query.params);
      performance.measure('lens:series-query', { start: started, detail: { rows: all.length } });
      // A file that repeats a period and area under the same choices: never one of its rows drawn silently.
      const { rows, repeats } = separateRepeats(all);
      const check = repeats.length ? repeatedRowsQuery(request, unoffered) : null;
      const differing = check ? differingColumns(unoffered, await engine.query(check.sql, check.params)) : [];
      return { rows, repeats, differing, query };
    },
    // The first chart's prebuilt answer is there from the first render (when it repeats no rows, which would need
    // the engine to say what tells them apart).
    initialData: () => {
      const query = request && seriesQuery(request);
      const all = query && answerNow(query.sql, query.params);
      if (!query || !all) return undefined;
      performance.mark('lens:series-query', { detail: { rows: all.length, prebuilt: true } });
      const { rows, repeats } = separateRepeats(all as (SeriesRow & Record<string, unknown>)[]);
      return repeats.length
        ? undefined
        : { rows, repeats, differing: [] as string[], query: query as BuiltQuery | null };
    },
    enabled: request !== null,
    staleTime: Infinity,
  });
}
