import { quoteIdent } from './quote';
import { seriesWhere, type BuiltQuery, type SeriesRequest } from './series-query';

/**
 * Why a file has several rows for one period and area under a series' choices: the columns, among those the
 * app does not offer as choices, whose values differ within such a group. None means the rows are true repeats
 * (nothing in the file tells them apart); a column named here is one that separates them.
 */
export function repeatedRowsQuery(request: SeriesRequest, columns: readonly string[]): BuiltQuery | null {
  if (columns.length === 0) return null;
  const { where, params } = seriesWhere(request);
  // A blank and a missing cell are the same to a reader; count them as one value.
  const differs = columns.map(
    (column, index) =>
      `count(DISTINCT coalesce(CAST(${quoteIdent(column)} AS VARCHAR), '')) > 1 AS ${quoteIdent(`c${index}`)}`,
  );
  const anyGroup = columns.map(
    (_, index) => `bool_or(${quoteIdent(`c${index}`)}) AS ${quoteIdent(`c${index}`)}`,
  );
  const sql = `SELECT ${anyGroup.join(', ')} FROM (
  SELECT ${differs.join(', ')}
  FROM ${quoteIdent(request.view)}
  WHERE ${where.join('\n    AND ')}
  GROUP BY period, area_code
  HAVING count(*) > 1)`;
  return { sql, params };
}

/** The columns the answer of {@link repeatedRowsQuery} says differ within some group. */
export function differingColumns(
  columns: readonly string[],
  answer: readonly Record<string, unknown>[],
): string[] {
  const [row] = answer;
  return row ? columns.filter((_, index) => row[`c${index}`] === true) : [];
}
