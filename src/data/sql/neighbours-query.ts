import { NO_ROW } from '../ees/missing-values';
import type { SqlValue } from '../sql-engine';
import { filterValueSql } from './filter-value';
import { placeholders } from './placeholders';
import { quoteIdent } from './quote';
import { schoolsWithFlagsSql, type SchoolsColumns } from './schools-columns';
import type { BuiltQuery } from './series-query';
import { flagSql, valueSql } from './tidy-view';

const NATIONAL = 'National';
const REGIONAL = 'Regional';
const LOCAL_AUTHORITY = 'Local authority';

/** An authority by DfE's three-digit code and its ONS code: a row with either is that authority. */
export interface LaCodes {
  old: string;
  code: string | null;
}

/** One authority against its statistical neighbours. */
export interface NeighboursRequest {
  view: string;
  indicator: string;
  phase: string | null;
  filters: Readonly<Record<string, string>>;
  authority: LaCodes;
  /** Closest first. */
  neighbours: readonly LaCodes[];
  /** Only periods with this time_identifier (one term of each year). */
  timeIdentifier?: string | null;
  /** The file's schools columns (daily-collection files): each figure comes with the schools it counts. */
  schools?: SchoolsColumns | null;
}

/**
 * One period: the authority, the median and range of its neighbours that have a figure (an authority that did not
 * exist, or whose figure is suppressed, is left out and named in `missing`), and the authority's rank among them.
 */
export interface NeighboursRow {
  period: string;
  period_start: string | null;
  la_value: number | null;
  la_flag: string | null;
  median: number | null;
  low: number | null;
  high: number | null;
  /** How many neighbours have a figure in this period (the median is over these). */
  with_figures: number;
  /** Neighbours' old codes without a figure, comma-separated in the request's order; '' when none. */
  missing: string;
  /** 1 = the highest of the authority and its neighbours; NULL without the authority's figure. */
  rank: number | null;
  region_value: number | null;
  england_value: number | null;
  /**
   * Schools behind the authority's figure (with the file's symbol where a count is missing), the neighbours with a
   * figure together (NULL unless every one of them gives its count), the region and England: a change in coverage
   * can move a rate. NULL without schools columns.
   */
  schools: number | null;
  schools_total: number | null;
  schools_flag: string | null;
  schools_total_flag: string | null;
  neighbours_schools: number | null;
  neighbours_schools_total: number | null;
  region_schools: number | null;
  region_schools_total: number | null;
  england_schools: number | null;
  england_schools_total: number | null;
}

/** One neighbour's figure in one period, for the neighbours' table. */
export interface NeighbourValueRow {
  period: string;
  old_la_code: string;
  value: number | null;
  flag: string | null;
  schools: number | null;
  schools_total: number | null;
}

/** Placeholders are pushed in the order they appear in the text, so each `?` meets its own value. */
function membersSql(request: NeighboursRequest, p: (value: SqlValue) => string): string {
  const view = quoteIdent(request.view);
  const periods = `periods AS (
  SELECT DISTINCT period, period_start, period_mid FROM ${view} o
  WHERE period_start IS NOT NULL${request.timeIdentifier ? ` AND o.time_identifier = ${p(request.timeIdentifier)}` : ''}
)`;
  const where = [`o.level IN (${p(NATIONAL)}, ${p(REGIONAL)}, ${p(LOCAL_AUTHORITY)})`];
  if (request.phase !== null) where.push(`o.phase = ${p(request.phase)}`);
  for (const [column, value] of Object.entries(request.filters))
    where.push(`${filterValueSql(column, 'o')} = ${p(value)}`);
  if (request.timeIdentifier) where.push(`o.time_identifier = ${p(request.timeIdentifier)}`);
  const obs = `obs AS (
  SELECT o.period, o.level, o.area_code, o.old_la_code, o.region_code,
    ${valueSql(request.indicator)} AS value, ${flagSql(request.indicator)} AS flag,
    ${schoolsWithFlagsSql(request.schools, valueSql)}
  FROM ${view} o
  WHERE ${where.join('\n    AND ')}
)`;
  const order = request.neighbours.map((n, index) => `(${p(n.old)}, ${p(n.code)}, ${index + 1})`).join(', ');
  const codes = `neighbour_codes(old_la_code, area_code, position) AS (VALUES ${order || '(NULL, NULL, 0)'})`;
  const authority = `authority AS (
  SELECT * FROM obs WHERE level = ${p(LOCAL_AUTHORITY)}
    AND (old_la_code = ${p(request.authority.old)} OR area_code = ${p(request.authority.code)})
)`;
  // A file may carry only one of the two codes (LAIT's rows for abolished authorities have no ONS code).
  const members = `members AS (
  SELECT p.period, n.old_la_code, n.position, any_value(o.value) AS value, coalesce(any_value(o.flag), ${p(NO_ROW)}) AS flag,
    any_value(o.schools) AS schools, any_value(o.schools_total) AS schools_total
  FROM periods p CROSS JOIN neighbour_codes n
    LEFT JOIN obs o ON o.level = ${p(LOCAL_AUTHORITY)} AND o.period = p.period
      AND (o.old_la_code = n.old_la_code OR o.area_code = n.area_code)
  GROUP BY p.period, n.old_la_code, n.position
)`;
  return [periods, obs, codes, authority, members].join(',\n');
}

export function neighboursQuery(request: NeighboursRequest): BuiltQuery {
  const { params, p } = placeholders();
  const members = membersSql(request, p);
  const sql = `WITH ${members},
stats AS (
  SELECT period, median(value) AS median, min(value) AS low, max(value) AS high,
    count(value)::INTEGER AS with_figures,
    coalesce(string_agg(old_la_code, ',' ORDER BY position) FILTER (WHERE value IS NULL), '') AS missing,
    CASE WHEN count(schools) FILTER (WHERE value IS NOT NULL) = count(value)
      THEN sum(schools) FILTER (WHERE value IS NOT NULL) END AS neighbours_schools,
    CASE WHEN count(schools_total) FILTER (WHERE value IS NOT NULL) = count(value)
      THEN sum(schools_total) FILTER (WHERE value IS NOT NULL) END AS neighbours_schools_total
  FROM members GROUP BY period
)
SELECT p.period, p.period_start, a.value AS la_value, a.flag AS la_flag,
  s.median, s.low, s.high, coalesce(s.with_figures, 0) AS with_figures, coalesce(s.missing, '') AS missing,
  (CASE WHEN a.value IS NOT NULL THEN 1 + (SELECT count(*) FROM members m WHERE m.period = p.period AND m.value > a.value) END)::INTEGER AS rank,
  reg.value AS region_value, eng.value AS england_value,
  a.schools, a.schools_total, a.schools_flag, a.schools_total_flag,
  s.neighbours_schools, s.neighbours_schools_total,
  reg.schools AS region_schools, reg.schools_total AS region_schools_total,
  eng.schools AS england_schools, eng.schools_total AS england_schools_total
FROM periods p
  LEFT JOIN authority a ON a.period = p.period
  LEFT JOIN stats s ON s.period = p.period
  LEFT JOIN obs eng ON eng.level = ${p(NATIONAL)} AND eng.period = p.period
  LEFT JOIN obs reg ON reg.level = ${p(REGIONAL)} AND reg.period = p.period
    AND reg.area_code = (SELECT any_value(region_code) FROM authority)
ORDER BY p.period_mid, p.period`;
  return { sql, params };
}

/** Each neighbour's figure in each period, closest first, for the table beside the chart. */
export function neighbourValuesQuery(request: NeighboursRequest): BuiltQuery {
  const { params, p } = placeholders();
  const sql = `WITH ${membersSql(request, p)}
SELECT m.period, m.old_la_code, m.value, m.flag, m.schools, m.schools_total FROM members m JOIN periods p ON p.period = m.period
ORDER BY p.period_mid, p.period, m.position`;
  return { sql, params };
}
