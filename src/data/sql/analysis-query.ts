import { quoteIdent } from './quote';
import { questionMarks } from './placeholders';
import { schoolsSelectSql, type SchoolsColumns } from './schools-columns';
import type { BuiltQuery } from './series-query';
import { flagSql, valueSql } from './tidy-view';
import type { SqlValue } from '../sql-engine';

/**
 * One rate over time for some areas, with the count behind it (possible sessions or enrolments) where the dataset
 * publishes one: a confidence interval for a difference of two rates needs both denominators.
 */
export interface AnalysisRequest {
  view: string;
  indicator: string;
  /** The denominator column, or null when the dataset publishes the rate alone (the annual absence file). */
  countColumn: string | null;
  phase: string;
  levels: readonly string[];
  /** null: every area of the levels (within `regionCode`, when given). */
  areaCodes: readonly string[] | null;
  /** Only areas of this region: a local authority's neighbours, for a difference-in-differences. */
  regionCode: string | null;
  /**
   * Schools reporting and schools open (the daily collection's `num_schools`, `total_num_schools`), when the file
   * has them: coverage rose from about 80% to 97% of schools, and a change in who is counted can move a rate.
   */
  schoolsColumns?: SchoolsColumns | null;
}

export interface AnalysisRow {
  period: string;
  period_start: string | null;
  period_end: string | null;
  period_mid: number | null;
  level: string | null;
  area_code: string | null;
  area_name: string | null;
  region_code: string | null;
  value: number | null;
  flag: string | null;
  count: number | null;
  schools: number | null;
  schools_total: number | null;
}

export function analysisQuery(request: AnalysisRequest): BuiltQuery {
  const where = [`level IN (${questionMarks(request.levels)})`, 'phase = ?'];
  const params: SqlValue[] = [...request.levels, request.phase];
  if (request.regionCode !== null) {
    where.push('region_code = ?');
    params.push(request.regionCode);
  }
  if (request.areaCodes !== null) {
    where.push(request.areaCodes.length ? `area_code IN (${questionMarks(request.areaCodes)})` : 'false');
    params.push(...request.areaCodes);
  }
  const count = request.countColumn === null ? 'NULL::DOUBLE' : valueSql(request.countColumn);
  const schoolsSql = schoolsSelectSql(request.schoolsColumns, valueSql);
  const sql = `SELECT period, period_start, period_end, period_mid, level, area_code, area_name, region_code,
  ${valueSql(request.indicator)} AS value, ${flagSql(request.indicator)} AS flag, ${count} AS count,
  ${schoolsSql}
FROM ${quoteIdent(request.view)}
WHERE ${where.join('\n  AND ')}
  AND period_start IS NOT NULL
ORDER BY period_mid, area_code`;
  return { sql, params };
}
