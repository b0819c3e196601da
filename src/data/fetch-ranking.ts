import type { Row, SqlEngine } from './sql-engine';
import {
  rankingMarksQuery,
  rankingQuery,
  type RankingMarks,
  type RankingRequest,
  type RankingRow,
} from './sql/ranking-query';
import type { BuiltQuery } from './sql/series-query';

export interface RankingAnswer {
  rows: RankingRow[];
  /** The statement whose answer the rows are (shown as the chart's SQL): the ranking, or the periods when none. */
  query: BuiltQuery;
}

/** The periods a ranking compares; null when the chosen period is not in the file. */
export async function fetchRankingMarks(
  engine: Pick<SqlEngine, 'query'>,
  query: BuiltQuery,
): Promise<RankingMarks | null> {
  const [marks] = await engine.query<RankingMarks & Row>(query.sql, query.params);
  return marks ?? null;
}

/**
 * Works out the periods a ranking compares, then ranks: two small statements (see {@link rankingMarksQuery}).
 * `marksOf` may answer the first from a cache: the periods of a chosen period are the same for every indicator.
 */
export async function fetchRanking(
  engine: Pick<SqlEngine, 'query'>,
  request: RankingRequest,
  marksOf: (query: BuiltQuery) => Promise<RankingMarks | null> = (query) => fetchRankingMarks(engine, query),
): Promise<RankingAnswer> {
  const marksQuery = rankingMarksQuery(request);
  const marks = await marksOf(marksQuery);
  if (!marks) return { rows: [], query: marksQuery };
  const query = rankingQuery(request, marks);
  return { rows: await engine.query<RankingRow & Row>(query.sql, query.params), query };
}
