import { NO_ROW } from '../ees/missing-values';
import type { SqlValue } from '../sql-engine';
import { filterValueSql } from './filter-value';
import { placeholders } from './placeholders';
import { quoteIdent } from './quote';
import { schoolsWithFlagsSql, type SchoolsColumns } from './schools-columns';
import type { BuiltQuery } from './series-query';
import { flagSql, valueSql } from './tidy-view';

/** The period a change is measured from when nobody chooses one: the last full year before the pandemic. */
export const DEFAULT_BASELINE = '2018/19';

const NATIONAL = 'National';
export const REGIONAL = 'Regional';
export const LOCAL_AUTHORITY = 'Local authority';

/** The areas ranked: local authorities, or the regions (a region file, or the region level chosen). */
export type RankingLevel = typeof LOCAL_AUTHORITY | typeof REGIONAL;

/** Every local authority (or region) of one dataset ranked on one indicator in one period, with its changes. */
export interface RankingRequest {
  view: string;
  /** Local authorities when left out. */
  level?: RankingLevel;
  indicator: string;
  phase: string | null;
  /** The dataset's other filter columns, each pinned to one value, so each period has one value per area. */
  filters: Readonly<Record<string, string>>;
  /** Only the local authorities of this region (ranked among themselves); not used at the region level. */
  regionCode: string | null;
  /** A period label; null: the latest period in which any local authority has a figure. */
  latestPeriod: string | null;
  /** A period label to measure change from; null, or a label the dataset lacks: no baseline. */
  baselinePeriod: string | null;
  /** The file's schools columns (daily-collection files): each figure comes with the schools it counts. */
  schools?: SchoolsColumns | null;
}

/**
 * One row per area ranked; at the region level the `la_` columns hold the region's code and name.
 * Changes are `latest - earlier` in the indicator's unit: percentage points for a rate. A value is NULL where the
 * file holds a symbol (its flag says which) or has no row (flag NO_ROW); a change is NULL when either side is.
 */
export interface RankingRow {
  la_key: string;
  la_code: string | null;
  /** DfE's three-digit code: joins the map's areas and the statistical neighbours. */
  la_old_code: string | null;
  la_name: string | null;
  region_code: string | null;
  region_name: string | null;
  latest_period: string;
  latest_value: number | null;
  latest_flag: string | null;
  previous_period: string | null;
  previous_value: number | null;
  previous_flag: string | null;
  change_previous: number | null;
  baseline_period: string | null;
  baseline_value: number | null;
  baseline_flag: string | null;
  change_baseline: number | null;
  /** 1 = highest value; equal values share a rank; NULL when there is no latest value. */
  rank: number | null;
  /** How many local authorities have a latest value (the ranks run 1..ranked). */
  ranked: number;
  /** 1 = the quarter with the highest values, by rank, so tied authorities share a quartile; NULL unranked. */
  quartile: number | null;
  england_value: number | null;
  england_flag: string | null;
  region_value: number | null;
  region_flag: string | null;
  /**
   * Schools behind the latest figure (reporting, open, and the file's symbol where either is missing), and behind
   * the previous, baseline and England figures: a change in coverage can move a rate. NULL without schools columns.
   */
  schools: number | null;
  schools_total: number | null;
  schools_flag: string | null;
  schools_total_flag: string | null;
  previous_schools: number | null;
  previous_schools_total: number | null;
  baseline_schools: number | null;
  baseline_schools_total: number | null;
  england_schools: number | null;
  england_schools_total: number | null;
}

/** The periods a ranking reads: the one ranked, the like period a step earlier, and the baseline (if any). */
export interface RankingMarks {
  latest_period: string;
  previous_period: string | null;
  baseline_period: string | null;
}

/** The conditions on the tidy view's rows every part of a ranking shares: the levels, the phase and the filters. */
function rowsWhere(request: RankingRequest, p: (value: SqlValue) => string): string[] {
  const where = [`o.level IN (${p(NATIONAL)}, ${p(REGIONAL)}, ${p(LOCAL_AUTHORITY)})`];
  if (request.phase !== null) where.push(`o.phase = ${p(request.phase)}`);
  for (const [column, value] of Object.entries(request.filters))
    where.push(`${filterValueSql(column, 'o')} = ${p(value)}`);
  return where;
}

/**
 * Which periods a ranking reads, as one row (none when the chosen period is not in the file). "Previous" is the same
 * kind of period a step earlier — the previous academic year, the same term or the same ISO week a year before —
 * because absence is seasonal. A period with no figures (2019/20) still counts as a step: the change is then NULL,
 * with the reason in previous_flag. With no period chosen, the latest is the last in which an area of the level
 * ranked has a figure for the indicator under these choices.
 *
 * Kept apart from {@link rankingQuery}: DuckDB spent about 55 ms planning a ranking that worked its periods out
 * inside it, against about 15 and 25 ms for the two statements (Node's DuckDB-WASM, default data), and a period
 * chosen by name has the same periods for every indicator, so the app keeps them rather than asking again.
 */
export function rankingMarksQuery(request: RankingRequest): BuiltQuery {
  const { params, p } = placeholders();
  const view = quoteIdent(request.view);
  const periods = `periods AS (
  SELECT period, time_identifier, row_number() OVER (ORDER BY period_start, period_end, period) AS seq,
    row_number() OVER (PARTITION BY time_identifier ORDER BY period_start, period_end, period) AS kind_seq
  FROM (SELECT DISTINCT period, time_identifier, period_start, period_end FROM ${view} WHERE period_start IS NOT NULL)
)`;
  const baseline = `LEFT JOIN periods b ON b.period = ${p(request.baselinePeriod)} AND b.time_identifier = l.time_identifier`;
  const latest =
    request.latestPeriod !== null
      ? p(request.latestPeriod)
      : `(SELECT o.period FROM ${view} o JOIN periods s ON s.period = o.period
    WHERE ${[...rowsWhere(request, p), `o.level = ${p(request.level ?? LOCAL_AUTHORITY)}`, `${valueSql(request.indicator)} IS NOT NULL`].join('\n      AND ')}
    ORDER BY s.seq DESC LIMIT 1)`;
  const sql = `WITH ${periods}
SELECT l.period AS latest_period, pr.period AS previous_period, b.period AS baseline_period
FROM periods l
  LEFT JOIN periods pr ON pr.time_identifier = l.time_identifier AND pr.kind_seq = l.kind_seq - 1
  ${baseline}
WHERE l.period = ${latest}`;
  return { sql, params };
}

/**
 * Every area of the level ranked on one indicator in the marked periods, in one pass over the rows: each area's
 * rows of the three periods are gathered into one, with England and the area's region beside it.
 *
 * A file that repeats an area's row within a period (some genuine EES files do) gives one row here, never two: the
 * same figure is kept once, and different figures are a gap flagged `repeated:<rows>`, never whichever came first.
 */
export function rankingQuery(request: RankingRequest, marks: RankingMarks): BuiltQuery {
  const { params, p } = placeholders();
  const view = quoteIdent(request.view);
  const level = request.level ?? LOCAL_AUTHORITY;
  const inRegion = level === LOCAL_AUTHORITY && request.regionCode !== null;
  // A few abolished authorities have no new code; their old code keeps them apart.
  const obs = `obs AS (
  SELECT o.level, o.area_code, o.old_la_code, o.area_name, o.region_code, o.region_name,
    coalesce(nullif(o.area_code, ''), 'old:' || nullif(o.old_la_code, ''), 'name:' || o.area_name) AS area_key,
    ${valueSql(request.indicator)} AS value, ${flagSql(request.indicator)} AS flag,
    coalesce(CAST(${valueSql(request.indicator)} AS VARCHAR), 'flag:' || coalesce(${flagSql(request.indicator)}, '')) AS figure,
    ${schoolsWithFlagsSql(request.schools, valueSql)},
    o.period = ${p(marks.latest_period)} AS in_latest, o.period = ${p(marks.previous_period)} AS in_previous,
    o.period = ${p(marks.baseline_period)} AS in_baseline
  FROM ${view} o
  WHERE ${rowsWhere(request, p).join('\n    AND ')}
    AND o.period IN (${p(marks.latest_period)}, ${p(marks.previous_period)}, ${p(marks.baseline_period)})
)`;
  // Each period's figure of an area, gathered from its rows: the rows' count, whether they disagree, and one of them.
  const schools = request.schools ? ['schools', 'schools_total', 'schools_flag', 'schools_total_flag'] : [];
  const slot = (name: string) => {
    const within = `FILTER (WHERE in_${name})`;
    return [
      `count(*) ${within} AS ${name}_rows`,
      `count(DISTINCT figure) ${within} > 1 AS ${name}_differ`,
      ...['value', 'flag', ...schools].map(
        (column) => `any_value(${column}) ${within} AS one_${name}_${column}`,
      ),
    ].join(', ');
  };
  const areas = `areas AS (
  SELECT level, area_key,
    any_value(area_code) FILTER (WHERE in_latest) AS area_code,
    any_value(old_la_code) FILTER (WHERE in_latest) AS old_la_code,
    any_value(area_name) FILTER (WHERE in_latest) AS area_name,
    any_value(region_code) FILTER (WHERE in_latest) AS region_code,
    any_value(region_name) FILTER (WHERE in_latest) AS region_name,
    ${slot('latest')},
    ${slot('previous')},
    ${slot('baseline')}
  FROM obs
  GROUP BY level, area_key
  HAVING count(*) FILTER (WHERE in_latest) > 0
)`;
  // A period whose rows disagree is a gap flagged `repeated:<rows>`; one with no row at all is flagged NO_ROW.
  const value = (alias: string, name: string) =>
    `CASE WHEN NOT ${alias}.${name}_differ THEN ${alias}.one_${name}_value END`;
  const flag = (alias: string, name: string) =>
    `CASE WHEN ${alias}.${name}_differ THEN 'repeated:' || ${alias}.${name}_rows ELSE ${alias}.one_${name}_flag END`;
  const count = (alias: string, name: string, column: string) =>
    request.schools
      ? `CASE WHEN NOT ${alias}.${name}_differ THEN ${alias}.one_${name}_${column} END`
      : `NULL::${column.endsWith('_flag') ? 'VARCHAR' : 'DOUBLE'}`;
  const earlier = (name: string, period: string | null) =>
    period === null
      ? flag('a', name)
      : `CASE WHEN a.${name}_rows = 0 THEN ${p(NO_ROW)} ELSE ${flag('a', name)} END`;
  const rank = 'rank() OVER (ORDER BY a.latest_value DESC NULLS LAST)';
  const ranked = `ranked AS (
  SELECT a.*, ${value('a', 'latest')} AS latest_value FROM areas a WHERE a.level = ${p(level)}${inRegion ? ` AND a.region_code = ${p(request.regionCode)}` : ''}
)`;
  const select = `SELECT a.area_key AS la_key, a.area_code AS la_code, a.old_la_code AS la_old_code, a.area_name AS la_name,
  a.region_code, a.region_name,
  ${p(marks.latest_period)} AS latest_period, a.latest_value, ${flag('a', 'latest')} AS latest_flag,
  ${p(marks.previous_period)} AS previous_period, ${value('a', 'previous')} AS previous_value,
  ${earlier('previous', marks.previous_period)} AS previous_flag,
  a.latest_value - ${value('a', 'previous')} AS change_previous,
  ${p(marks.baseline_period)} AS baseline_period, ${value('a', 'baseline')} AS baseline_value,
  ${earlier('baseline', marks.baseline_period)} AS baseline_flag,
  a.latest_value - ${value('a', 'baseline')} AS change_baseline,
  (CASE WHEN a.latest_value IS NOT NULL THEN ${rank} END)::INTEGER AS rank,
  (count(a.latest_value) OVER ())::INTEGER AS ranked,
  (CASE WHEN a.latest_value IS NOT NULL THEN ceil(4.0 * ${rank} / count(a.latest_value) OVER ()) END)::INTEGER AS quartile,
  ${value('eng', 'latest')} AS england_value, ${flag('eng', 'latest')} AS england_flag,
  ${value('reg', 'latest')} AS region_value, ${flag('reg', 'latest')} AS region_flag,
  ${count('a', 'latest', 'schools')} AS schools, ${count('a', 'latest', 'schools_total')} AS schools_total,
  ${count('a', 'latest', 'schools_flag')} AS schools_flag, ${count('a', 'latest', 'schools_total_flag')} AS schools_total_flag,
  ${count('a', 'previous', 'schools')} AS previous_schools, ${count('a', 'previous', 'schools_total')} AS previous_schools_total,
  ${count('a', 'baseline', 'schools')} AS baseline_schools, ${count('a', 'baseline', 'schools_total')} AS baseline_schools_total,
  ${count('eng', 'latest', 'schools')} AS england_schools, ${count('eng', 'latest', 'schools_total')} AS england_schools_total
FROM ranked a
  LEFT JOIN areas eng ON eng.level = ${p(NATIONAL)}
  LEFT JOIN areas reg ON reg.level = ${p(REGIONAL)} AND reg.area_code = a.region_code
ORDER BY a.latest_value IS NULL, a.latest_value DESC, a.area_name, a.area_key`;
  return { sql: `WITH ${obs},\n${areas},\n${ranked}\n${select}`, params };
}
