import { filterValueSql } from './filter-value';
import { quoteIdent } from './quote';
import { schoolsSelectSql, type SchoolsColumns } from './schools-columns';
import { flagSql, valueSql } from './tidy-view';
import type { SqlValue } from '../sql-engine';

/** One indicator of one dataset over time, for some areas of one geographic level. */
export interface SeriesRequest {
  view: string;
  indicator: string;
  levels: readonly string[];
  phase: string | null;
  /** Only areas in this region (local authorities of a region). */
  regionCode?: string | null;
  /** null: every area of the level. */
  areaCodes: readonly string[] | null;
  /** The dataset's other filter columns, each pinned to one value, so each period has one value per area. */
  filters: Readonly<Record<string, string>>;
  /** Only periods with this time_identifier (one term of each year: like compared with like). */
  timeIdentifier?: string | null;
  /** ISO dates bounding the periods' starts, inclusive. */
  from: string | null;
  to: string | null;
  /**
   * The schools behind each figure (daily-collection files), read beside it: coverage can move a rate. Without it
   * the SQL is unchanged, so the first view's prebuilt answer (data/first-view.json) still matches.
   */
  schools?: SchoolsColumns | null;
  /**
   * Only this many areas: those with the highest values in the latest period that has any (ties by code). A file
   * without England or its regions starts on these rather than on the first area in alphabetical order.
   */
  largest?: number | null;
}

export interface SeriesRow {
  period: string;
  period_start: string | null;
  period_end: string | null;
  period_mid: number | null;
  area_code: string | null;
  area_name: string | null;
  region_code: string | null;
  value: number | null;
  flag: string | null;
  /** Schools reporting and schools open: present only when the request names their columns. */
  schools?: number | null;
  schools_total?: number | null;
}

export interface BuiltQuery {
  sql: string;
  params: SqlValue[];
}

/** The conditions that pick a request's rows, with their parameters (shared with the repeated-rows check). */
export function seriesWhere(request: SeriesRequest): { where: string[]; params: SqlValue[] } {
  const where: string[] = [`level IN (${request.levels.map(() => '?').join(', ') || 'NULL'})`];
  const params: SqlValue[] = [...request.levels];
  if (request.regionCode) {
    where.push('region_code = ?');
    params.push(request.regionCode);
  }
  if (request.phase !== null) {
    where.push('phase = ?');
    params.push(request.phase);
  }
  if (request.areaCodes !== null) {
    where.push(
      request.areaCodes.length ? `area_code IN (${request.areaCodes.map(() => '?').join(', ')})` : 'false',
    );
    params.push(...request.areaCodes);
  }
  for (const [column, value] of Object.entries(request.filters)) {
    where.push(`${filterValueSql(column)} = ?`);
    params.push(value);
  }
  if (request.timeIdentifier) {
    where.push('time_identifier = ?');
    params.push(request.timeIdentifier);
  }
  if (request.from) {
    where.push('period_start >= ?');
    params.push(request.from);
  }
  if (request.to) {
    where.push('period_start <= ?');
    params.push(request.to);
  }
  return { where, params };
}

export function seriesQuery(request: SeriesRequest): BuiltQuery {
  const { where, params } = seriesWhere(request);
  const schools = request.schools ? `,\n  ${schoolsSelectSql(request.schools, valueSql)}` : '';
  const select = `SELECT period, period_start, period_end, period_mid, area_code, area_name, region_code,
  ${valueSql(request.indicator)} AS value, ${flagSql(request.indicator)} AS flag${schools}
FROM ${quoteIdent(request.view)}
WHERE ${where.join('\n  AND ')}`;
  const largest = request.largest ? Math.max(1, Math.floor(request.largest)) : null;
  if (largest === null) return { sql: `${select}\nORDER BY period_mid, area_code`, params };
  const sql = `WITH chosen AS (${select}),
latest AS (SELECT max(period_mid) AS mid FROM chosen WHERE value IS NOT NULL),
largest AS (
  SELECT area_code FROM chosen WHERE value IS NOT NULL AND period_mid = (SELECT mid FROM latest)
  GROUP BY area_code ORDER BY max(value) DESC, area_code LIMIT ${largest}
)
SELECT * FROM chosen WHERE area_code IN (SELECT area_code FROM largest)
ORDER BY period_mid, area_code`;
  return { sql, params };
}

/** SQL with its parameters written in, for people to read and copy; never executed in this form. */
export function displaySql(query: BuiltQuery): string {
  let index = 0;
  // A `?` inside a quoted name or string (a file's column may be called "Rate?") is not a placeholder.
  return query.sql.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'|\?/g, (token) => {
    if (token !== '?') return token;
    const value = query.params[index++];
    if (value === null || value === undefined) return 'NULL';
    return typeof value === 'string' ? `'${value.replace(/'/g, "''")}'` : String(value);
  });
}
